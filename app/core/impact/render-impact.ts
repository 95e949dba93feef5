/**
 * The impact report for people: Markdown for the pull request comment (short by default, details
 * folded away, large blast radii summarised by owner), plain text for the terminal. Every name and
 * link comes from some repository, so Markdown is built with the catalog's escaping helpers.
 */
import { externalLink, table, text } from '../markdown/markdown-text.ts';
import type { NoteLevel } from './descriptor-changes.ts';
import { refWords } from './entity-references.ts';
import type { Dependent, ImpactedEntity, ImpactReport } from './impact-report.ts';

export interface MarkdownOptions {
  /** The URL of a catalog page (`component/default/x.md`), when the catalog repository is known. */
  pageUrl?: (page: string) => string;
}

/** Entities described in full; the rest of a large change are listed in one line each. */
const ENTITIES_IN_FULL = 10;
/** Dependents listed by name; beyond, they are counted by owner. */
const DEPENDENTS_LISTED = 15;

const MARK: Record<NoteLevel, string> = { info: '', warning: '⚠️ ', error: '❌ ' };

export function renderImpactMarkdown(report: ImpactReport, options: MarkdownOptions = {}): string {
  const n = report.entities.length;
  const lines = [`### Callboard: ${n === 1 ? '1 catalog entity' : `${n} catalog entities`} touched`, ''];
  const link = (title: string, page: string | undefined) =>
    page && options.pageUrl ? externalLink(text(title), options.pageUrl(page)) : `**${text(title)}**`;
  const full = report.entities.slice(0, ENTITIES_IN_FULL);
  for (const e of full) lines.push(...entitySection(e, link), '');
  const rest = report.entities.slice(ENTITIES_IN_FULL);
  if (rest.length) {
    lines.push(
      `<details><summary>${rest.length} more</summary>`,
      '',
      ...rest.map((e) => `- ${link(e.title, e.page)} (${text(refWords(e.ref))})${ownerWords(e)}`),
      '',
      '</details>',
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function entitySection(e: ImpactedEntity, link: (title: string, page: string | undefined) => string): string[] {
  const heading = `#### ${link(e.title, e.page)} · ${text(refWords(e.ref))}${e.change === 'added' ? ' · new' : e.change === 'removed' ? ' · removed' : ''}`;
  const facts = [
    e.owner ? `Owner: ${link(e.owner.title, undefined)}${contactWords(e)}` : 'Owner: none set',
    e.system && `System: ${text(e.system.title)}`,
    e.domain && `Domain: ${text(e.domain.title)}`,
    e.lifecycle && (e.deprecated ? '**Lifecycle: deprecated**' : `Lifecycle: ${text(e.lifecycle)}`),
  ].filter(Boolean);
  const lines = [heading, '', facts.join(' · ')];
  if (e.deprecated)
    lines.push(
      '',
      '> [!WARNING]',
      '> This entity is deprecated: ask its owner what replaces it before building on it.',
    );
  if (e.notes.length)
    lines.push('', '**This change**', '', ...e.notes.map((note) => `- ${MARK[note.level]}${text(note.text)}`));
  lines.push('', `**Blast radius**: ${blastWords(e)}`);
  lines.push('', '<details><summary>Details</summary>', '', ...details(e), '', '</details>');
  return lines;
}

function contactWords(e: ImpactedEntity): string {
  const o = e.owner!;
  if (!o.exists) return ' (not in the catalog)';
  const parts = [
    o.email && externalLink(text(o.email), `mailto:${o.email}`),
    ...o.links.map((l) => externalLink(text(l.title), l.url)),
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

const ownerWords = (e: ImpactedEntity) => (e.owner ? `, owned by ${text(e.owner.title)}` : '');

function blastWords(e: ImpactedEntity): string {
  const { direct, transitive, truncated } = e.dependents;
  if (!direct.length) return 'nothing in the catalog depends on it.';
  const owners = new Set([...direct, ...transitive].map((d) => d.ownerTitle ?? 'no owner'));
  const more = transitive.length ? `, ${transitive.length}${truncated ? '+' : ''} more through them` : '';
  return `${direct.length} direct dependent${direct.length === 1 ? '' : 's'}${more}, owned by ${owners.size} team${owners.size === 1 ? '' : 's'}.`;
}

function details(e: ImpactedEntity): string[] {
  const out: string[] = [];
  if (e.owner && e.owner.members.length) {
    out.push(
      `Members of ${text(e.owner.title)}${e.owner.memberCount > e.owner.members.length ? ` (first ${e.owner.members.length} of ${e.owner.memberCount})` : ''}:`,
      '',
    );
    out.push(
      ...table(
        ['member', 'email'],
        e.owner.members.map((m) => [text(m.title), m.email ? externalLink(text(m.email), `mailto:${m.email}`) : '—']),
      ),
      '',
    );
  }
  if (e.providesApis.length) out.push(`Provides: ${e.providesApis.map((a) => text(a.title)).join(', ')}`, '');
  if (e.consumesApis.length) out.push(`Consumes: ${e.consumesApis.map((a) => text(a.title)).join(', ')}`, '');
  out.push(
    ...dependentsTable('Direct dependents', e.dependents.direct),
    ...dependentsTable('Through them', e.dependents.transitive),
  );
  out.push(
    `Changed here: ${e.paths
      .slice(0, 5)
      .map((p) => `\`${p.replace(/`/g, '')}\``)
      .join(', ')}${e.paths.length > 5 ? ` and ${e.paths.length - 5} more` : ''}`,
  );
  return out;
}

function dependentsTable(title: string, dependents: Dependent[]): string[] {
  if (!dependents.length) return [];
  const shown = dependents.slice(0, DEPENDENTS_LISTED);
  const rows = shown.map((d) => [
    `${text(d.title)}${d.deprecated ? ' (deprecated)' : ''}`,
    text(refWords(d.ref)),
    text(d.ownerTitle ?? '—'),
  ]);
  const rest = dependents.length - shown.length;
  const byOwner = rest ? countByOwner(dependents.slice(DEPENDENTS_LISTED)) : '';
  return [
    `${title} (${dependents.length}):`,
    '',
    ...table(['entity', 'ref', 'owner'], rows),
    ...(rest ? ['', `and ${rest} more: ${byOwner}`] : []),
    '',
  ];
}

function countByOwner(dependents: Dependent[]): string {
  const counts = new Map<string, number>();
  for (const d of dependents) counts.set(d.ownerTitle ?? 'no owner', (counts.get(d.ownerTitle ?? 'no owner') ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([o, c]) => `${text(o)} ${c}`)
    .join(', ');
}

/** The same content for a terminal. */
export function renderImpactText(report: ImpactReport): string {
  if (!report.entities.length) return `Nothing in the catalog of ${report.organization} is touched.\n`;
  const lines: string[] = [];
  for (const e of report.entities) {
    lines.push(
      `${e.title} (${refWords(e.ref)})${e.change === 'added' ? ' [new]' : e.change === 'removed' ? ' [removed]' : ''}`,
    );
    if (e.owner)
      lines.push(
        `  owner: ${e.owner.title}${e.owner.exists ? '' : ' (not in the catalog)'}${e.owner.email ? ` <${e.owner.email}>` : ''}${e.owner.links.map((l) => `, ${l.title}: ${l.url}`).join('')}`,
      );
    else lines.push('  owner: none set');
    if (e.system) lines.push(`  system: ${e.system.title}${e.domain ? `, domain: ${e.domain.title}` : ''}`);
    // Deprecated is said once: by the lifecycle itself, or beside another lifecycle when it comes from elsewhere.
    if (e.lifecycle)
      lines.push(`  lifecycle: ${e.lifecycle}${e.deprecated && e.lifecycle !== 'deprecated' ? ' (deprecated)' : ''}`);
    if (e.providesApis.length) lines.push(`  provides: ${e.providesApis.map((a) => a.title).join(', ')}`);
    if (e.consumesApis.length) lines.push(`  consumes: ${e.consumesApis.map((a) => a.title).join(', ')}`);
    lines.push(`  blast radius: ${blastWords(e)}`);
    for (const d of e.dependents.direct.slice(0, DEPENDENTS_LISTED))
      lines.push(`    ${d.title} (${refWords(d.ref)})${d.ownerTitle ? `, owned by ${d.ownerTitle}` : ''}`);
    for (const note of e.notes)
      lines.push(`  ${note.level === 'info' ? '-' : note.level === 'warning' ? '!' : '✖'} ${note.text}`);
    lines.push('');
  }
  return lines.join('\n');
}
