/**
 * What a Group's or User's page adds (the pages per owner): contacts, members, where the group sits
 * in the organisation, and everything it owns, by kind, with counts.
 */
import type { CatalogEntity } from '../../types.ts';
import type { CatalogView } from '../catalog-view.ts';
import { contactCard, membersTable } from './contact-card.ts';
import { compareStrings } from '../compare.ts';
import { kindLabel, kindOfRef } from './entity-summary.ts';
import { groupBy } from '../group-by.ts';
import { table, text } from '../../../markdown/markdown-text.ts';
import { relatedSection, relatedTable } from './related-table.ts';

export function ownerSections(view: CatalogView, page: string, e: CatalogEntity): string[][] {
  const kind = kindOfRef(e.ref);
  const members = view.targets(e.ref, 'hasMember');
  const children = view.targets(e.ref, 'parentOf');
  const owned = view.targets(e.ref, 'ownerOf');
  const isOwner = kind === 'group' || kind === 'user';
  return [
    isOwner ? ['## Contacts', '', ...contactCard(view, page, e.ref, { withoutMembers: true })] : [],
    kind === 'group' ? [`Members: ${members.length}. Child groups: ${children.length}. Owns: ${owned.length}.`] : [],
    members.length ? [`## Members (${members.length})`, ...membersTable(view, page, e.ref)] : [],
    relatedSection(view, page, '## Parent group', view.targets(e.ref, 'childOf')),
    relatedSection(view, page, `## Child groups (${children.length})`, children),
    relatedSection(view, page, '## Member of', view.targets(e.ref, 'memberOf')),
    ownedSection(view, page, owned),
  ];
}

/** Owned entities grouped by kind (kinds in name order), with a count table first. */
function ownedSection(view: CatalogView, page: string, owned: readonly string[]): string[] {
  if (owned.length === 0) return [];
  const byKind = groupBy(owned, kindOfRef);
  const kinds = [...byKind.keys()].sort(compareStrings);
  const counts = table(
    ['kind', 'owned'],
    kinds.map((k) => [text(kindLabel(k)), String(byKind.get(k)?.length ?? 0)]),
    ['left', 'right'],
  );
  const sections = kinds.flatMap((k) => {
    const refs = byKind.get(k) ?? [];
    return ['', `### ${text(kindLabel(k))} (${refs.length})`, '', ...relatedTable(view, page, refs)];
  });
  return [`## Owns (${owned.length})`, '', ...counts, ...sections];
}
