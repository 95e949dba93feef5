/**
 * CODEOWNERS, read as GitHub reads it: the first of `.github/CODEOWNERS`, `CODEOWNERS` and
 * `docs/CODEOWNERS`; for a path, the last matching line wins. Patterns follow gitignore's rules,
 * which picomatch expresses once translated: a leading `/` anchors at the root, a pattern without
 * a slash matches at any depth, a trailing `/` means everything under the folder.
 */
import { globOrNothing } from '../patterns/linear-glob.ts';
import { parseEntityRef } from '../model/entity-ref.ts';
import type { RepositoryFiles } from './scoring-subject.ts';
import { ROOT_DESCRIPTOR } from '../descriptor/descriptor-files.ts';

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export interface CodeownersFacts {
  present: boolean;
  path?: string;
  /** The owners of the entity's folder: `@org/team` and `@user` handles, or emails. */
  owners: string[];
  /** Whether those owners include the catalog owner's team or user; absent without an owner. */
  agreesWithCatalog?: boolean;
}

export function codeownersFacts(
  files: RepositoryFiles,
  folder: string,
  owner: string | undefined,
  organization: string | undefined,
): CodeownersFacts {
  const path = CODEOWNERS_PATHS.find((p) => files.paths.includes(p));
  const text = path === undefined ? undefined : files.text(path);
  if (path === undefined || text === undefined) return { present: false, owners: [] };
  const probe = folder ? `${folder}/${ROOT_DESCRIPTOR}` : ROOT_DESCRIPTOR;
  let owners: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [pattern, ...handles] = withoutComment(line).trim().split(/\s+/);
    if (pattern && matcherOf(pattern)(probe)) owners = handles;
  }
  const expected = owner ? handleOf(owner, organization) : undefined;
  return { present: true, path, owners, ...(expected ? { agreesWithCatalog: owners.some((h) => expected(h)) } : {}) };
}

function matcherOf(pattern: string): (path: string) => boolean {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  let glob = pattern.replace(/^\/+/, '');
  if (glob.endsWith('/')) glob = `${glob}**`;
  else if (!/[*?[]/.test(glob)) glob = `{${glob},${glob}/**}`;
  if (!anchored) glob = `**/${glob}`;
  // CODEOWNERS is repository content: its patterns are matched in linear time; a negation (never valid there) matches
  // nothing.
  return globOrNothing(glob);
}

/** Which handles stand for the catalog owner: `@org/team-a` for group team-a, `@lin` for user lin. */
function handleOf(owner: string, organization: string | undefined): ((handle: string) => boolean) | undefined {
  const parsed = parseEntityRef(owner, { defaultKind: 'group' });
  if (!parsed.ok) return undefined;
  const name = parsed.ref.name.toLowerCase();
  if (parsed.ref.kind.toLowerCase() === 'user') return (h) => h.toLowerCase() === `@${name}`;
  return (h) => {
    const [org, team] = h.toLowerCase().replace(/^@/, '').split('/');
    return team === name && (!organization || org === organization.toLowerCase());
  };
}

/**
 * A CODEOWNERS line up to its comment: a # at the start or after a blank (found by search; /(^|\s)#.*$/ retried every
 * blank).
 */
function withoutComment(line: string): string {
  for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1))
    if (at === 0 || /\s/.test(line[at - 1]!)) return line.slice(0, at);
  return line;
}
