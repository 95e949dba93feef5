/**
 * Who to ask: a Group's or User's contacts (profile email, links such as a chat channel, and for a
 * group its members with theirs). Shown on every entity page for its owner, so "who can help me
 * with this?" is answered where the question is asked.
 */
import type { CatalogView } from '../catalog-view.ts';
import { ERRORS_PATH, relativePath } from '../catalog-paths.ts';
import { entityLink } from './entity-link.ts';
import { humanRef, kindOfRef, linksOf, profileOf } from './entity-summary.ts';
import { externalLink, pageLink, table, text } from '../../../markdown/markdown-text.ts';

/** An email as a mailto link (or as text when it does not make a safe URL). */
export const emailLink = (email: string | undefined): string =>
  email ? externalLink(text(email), `mailto:${email}`) : '—';

export interface ContactOptions {
  /** At most this many members are listed (the group's own page lists them all). */
  maxMembers?: number;
  /** Leave the members out (the group's page has its own section for them). */
  withoutMembers?: boolean;
}

export function contactCard(view: CatalogView, page: string, ref: string, options: ContactOptions = {}): string[] {
  const e = view.entity(ref);
  if (!e) {
    const errors = pageLink('processing status', relativePath(page, ERRORS_PATH));
    return [`**${text(humanRef(ref))}** is not in the catalog, so no contacts are known (see the ${errors}).`];
  }
  const profile = profileOf(e);
  const items = [
    ...(profile.email ? [`- Email: ${emailLink(profile.email)}`] : []),
    ...linksOf(e).map((l) => `- ${externalLink(text(l.title ?? l.url), l.url)}`),
  ];
  // A group without contacts of its own is reached through its parent: say how.
  const parents = view
    .targets(ref, 'childOf')
    .map((p) => `- Parent group: ${entityLink(view, page, p)}${parentEmail(view, p)}`);
  const groups = view.targets(ref, 'memberOf').map((g) => `- Member of: ${entityLink(view, page, g)}`);
  const none = items.length === 0 ? ['- No email or links in its descriptor.'] : [];
  const lines = [
    `**${entityLink(view, page, ref)}** (${text(humanRef(ref))})`,
    '',
    ...items,
    ...none,
    ...parents,
    ...groups,
  ];
  const members = options.withoutMembers ? [] : membersTable(view, page, ref, options.maxMembers);
  return [...lines, ...members];
}

function parentEmail(view: CatalogView, ref: string): string {
  const parent = view.entity(ref);
  const email = parent && profileOf(parent).email;
  return email ? `, ${emailLink(email)}` : '';
}

/** A group's members with their emails; past `max`, the rest are counted and left to the group's page. */
export function membersTable(view: CatalogView, page: string, group: string, max = Infinity): string[] {
  const members = view.targets(group, 'hasMember');
  if (members.length === 0) return [];
  const shown = members.slice(0, max);
  const rows = shown.map((ref) => {
    const user = view.entity(ref);
    return [entityLink(view, page, ref), emailLink(user && profileOf(user).email)];
  });
  const more = members.length - shown.length;
  const rest = more > 0 ? ['', `… and ${more} more members, on ${entityLink(view, page, group)}'s page.`] : [];
  return ['', ...table(['member', 'email'], rows), ...rest];
}

/** The owner section of a page: each owner's contacts. */
export function ownerSection(view: CatalogView, page: string, ref: string): string[] {
  const owners = view.targets(ref, 'ownedBy');
  const kind = kindOfRef(ref);
  if (owners.length === 0)
    return kind === 'group' || kind === 'user' ? [] : ['## Owner and contacts', '', 'No owner is set.'];
  // Every page in one folder shows an owner's card the same way (links are relative to the folder).
  const folder = page.slice(0, page.lastIndexOf('/') + 1);
  const card = (owner: string) =>
    view.memo('owner-card', `${folder}\0${owner}`, () => contactCard(view, page, owner, { maxMembers: 10 }));
  return ['## Owner and contacts', ...owners.flatMap((o) => ['', ...card(o)])];
}
