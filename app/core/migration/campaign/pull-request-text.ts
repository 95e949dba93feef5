/**
 * What a migration's pull request says, and the hidden marker that lets Callboard find what it wrote
 * again: the campaign, the spec's version and a hash of the changes (Renovate's "branch name + title"
 * plus its body hash). The marker is how state is read back from GitHub instead of kept elsewhere: a
 * restart reads it and knows which version a pull request carries and whether its changes are current.
 */
import { createHash } from 'node:crypto';
import type { FileChange } from '../../file-change.ts';
import type { MigrationSpec } from '../migration-model.ts';
import { dashboardTitle } from './dashboard.ts';

/** Who asked, as the catalog knows them: a group's title and contact. */
export interface Requester {
  ref: string;
  title: string | null;
  email: string | null;
  /** The group's page in the catalog, when it has one. */
  page: string | null;
}

export interface PullRequestMarker {
  campaign: string;
  version: string;
  /** A hash of the changes the pull request carries. */
  changes: string;
  /** The note Callboard left on it (that it leaves the branch alone, that it was declined), so it is left once. */
  noted?: Note;
}

export type Note = 'left-alone' | 'declined';

const MARKER =
  /<!-- callboard:migration id=([a-z0-9-]{1,100}) version=([\w.-]{1,50}) changes=([0-9a-f]{16})(?: noted=(left-alone|declined))? -->/;

export const formatMarker = (m: PullRequestMarker) =>
  `<!-- callboard:migration id=${m.campaign} version=${m.version} changes=${m.changes}${m.noted ? ` noted=${m.noted}` : ''} -->`;

export function parseMarker(body: string): PullRequestMarker | undefined {
  const found = MARKER.exec(body);
  if (!found) return undefined;
  return {
    campaign: found[1]!,
    version: found[2]!,
    changes: found[3]!,
    ...(found[4] ? { noted: found[4] as Note } : {}),
  };
}

/** The body with its marker saying that a note was left. */
export function withNote(body: string, note: Note): string {
  const marker = parseMarker(body);
  return marker ? body.replace(MARKER, formatMarker({ ...marker, noted: note })) : body;
}

/** A hash of a change set, whatever order it was computed in. */
export function changesHash(changes: readonly FileChange[]): string {
  const hash = createHash('sha256');
  for (const c of [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`${c.path}\0${c.content === null ? '\u0001deleted' : c.content}\0`);
  return hash.digest('hex').slice(0, 16);
}

export const pullRequestTitle = (spec: Pick<MigrationSpec, 'title'>) => spec.title;

export interface PullRequestText {
  spec: MigrationSpec;
  requester: Requester | undefined;
  changes: readonly FileChange[];
  notes: readonly string[];
  /** The campaign's page in the catalog (a stable address: the dashboard issue's number is not known to every job). */
  pageUrl?: string;
  /** A readable form of the `migrated` condition. */
  migratedMeans: string;
}

export function pullRequestBody(text: PullRequestText): string {
  const { spec, requester, changes, notes } = text;
  const who = requester
    ? `${requester.page ? `[${requester.title ?? requester.ref}](${requester.page})` : (requester.title ?? requester.ref)}` +
      (requester.email ? ` (${requester.email})` : '')
    : spec.owner;
  const lines = [
    spec.description.trim(),
    '',
    '---',
    '',
    `**Asked by** ${who}${spec.deadline ? ` · **deadline** ${spec.deadline}` : ''}`,
    '',
    `**Migrated means** ${text.migratedMeans}. Once it holds, this repository counts as migrated, whoever made the change.`,
    '',
    '<details><summary>What this pull request changes</summary>',
    '',
    ...changes.map((c) => `- \`${c.path}\` ${c.content === null ? 'deleted' : 'written'}`),
    ...(notes.length ? ['', ...notes.map((n) => `> ${n}`)] : []),
    '',
    '</details>',
    '',
    '**Callboard keeps this pull request current** while nobody else pushes to its branch: it makes the change',
    'again on the default branch when that changes what it would do, or when this pull request has a conflict.',
    'Push to the branch and Callboard leaves it to you.',
    '',
    `**Not for this repository?** Close this pull request: Callboard will not open it again for this version of the migration${text.pageUrl ? `, and the [campaign's page](${text.pageUrl}) counts it as declined` : ''}.`,
    '',
    `<sub>Migration \`${spec.id}\` version ${spec.version}, declared in \`${spec.source}\` of the catalog repository.</sub>`,
    '',
    formatMarker({ campaign: spec.id, version: spec.version, changes: changesHash(changes) }),
  ];
  return lines.join('\n');
}

/** Comment markers (app/forge ensureComment) for the notes Callboard leaves on a migration's pull request. */
export const COMMENT_MARKERS = {
  leftAlone: (id: string) => `migration:${id}:left-alone`,
  declined: (id: string) => `migration:${id}:declined`,
  closed: (id: string) => `migration:${id}:closed`,
};

export const leftAloneComment = (spec: Pick<MigrationSpec, 'id'>) =>
  [
    `### Callboard leaves this branch alone`,
    '',
    `Someone other than Callboard pushed to \`callboard/migrate/${spec.id}\`, so Callboard no longer updates it: your`,
    'changes stay. Callboard still counts this repository, and it counts as migrated once the condition holds.',
  ].join('\n');

export const declinedComment = (spec: Pick<MigrationSpec, 'id' | 'version' | 'title'>) =>
  [
    `### Callboard will not open this again`,
    '',
    `This pull request was closed without merging, so this repository has declined version ${spec.version} of the migration.`,
    `To ask for it again, tick this repository's box under "Declined" on the issue "${dashboardTitle(spec)}" in the`,
    'catalog repository (anyone with write access to it can).',
    'A new version of the migration opens it again.',
  ].join('\n');

export type CloseReason = 'spec-deleted' | 'not-applicable' | 'migrated';

export const closedComment = (reason: CloseReason, detail = '') =>
  [
    `### Callboard closed this pull request`,
    '',
    reason === 'spec-deleted'
      ? 'The migration was removed from the catalog repository, so this pull request is no longer needed.'
      : reason === 'migrated'
        ? `This repository has migrated without it${detail ? `: ${detail}` : ''}.`
        : `The migration no longer applies to this repository${detail ? `: ${detail}` : ''}.`,
  ].join('\n');
