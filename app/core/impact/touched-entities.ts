/**
 * Which entities a change touches. Each entity claims the folder of its descriptor and, when its
 * `backstage.io/source-location` points into the same repository, that folder too. A changed path
 * belongs to the entities with the deepest claim above it, as the nearest CODEOWNERS rule wins: in a
 * monorepo whose root descriptor is a Location, a change under services/a/ touches only the
 * entities described in services/a/. A changed descriptor touches every entity it defines or
 * defined. Locations are plumbing, never reported.
 */
import { posix } from 'node:path';
import { trimChars } from '../trim-chars.ts';

export interface ClaimingEntity {
  ref: string;
  /** Its descriptor, relative to the repository root. */
  path: string;
  /** Its `backstage.io/source-location` annotation, when it has one. */
  sourceLocation?: string;
}

/** The touched refs, each with the changed paths that touched it, in ref order. */
export function touchedEntities(
  entities: readonly ClaimingEntity[],
  changedPaths: readonly string[],
  repositoryUrl: string,
): Map<string, string[]> {
  const claims = entities
    .filter((e) => !e.ref.startsWith('location:'))
    .flatMap((e) => claimedFolders(e, repositoryUrl).map((folder) => ({ ref: e.ref, folder })));
  const touched = new Map<string, Set<string>>();
  const touch = (ref: string, path: string) => (touched.get(ref) ?? touched.set(ref, new Set()).get(ref)!).add(path);
  for (const path of changedPaths) {
    for (const e of entities) if (e.path === path && !e.ref.startsWith('location:')) touch(e.ref, path);
    const above = claims.filter((c) => c.folder === '' || path.startsWith(`${c.folder}/`));
    const deepest = Math.max(-1, ...above.map((c) => depth(c.folder)));
    for (const c of above) if (depth(c.folder) === deepest) touch(c.ref, path);
  }
  return new Map(
    [...touched].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ref, paths]) => [ref, [...paths].sort()]),
  );
}

const depth = (folder: string) => (folder === '' ? 0 : folder.split('/').length);

function claimedFolders(e: ClaimingEntity, repositoryUrl: string): string[] {
  const folder = posix.dirname(e.path);
  const folders = [folder === '.' ? '' : folder];
  const claimed = e.sourceLocation && sameRepositoryFolder(e.sourceLocation, repositoryUrl);
  if (claimed !== undefined && claimed !== false) folders.push(claimed);
  return [...new Set(folders)];
}

/**
 * `url:https://github.com/acme/playback/tree/main/services/order/` → `services/order`, when the URL is
 * this repository's; anything else (another repository, another forge, `..`) claims nothing.
 */
export function sameRepositoryFolder(location: string, repositoryUrl: string): string | false {
  const url = location.replace(/^url:/, '');
  const prefix = `${trimChars(repositoryUrl, '/')}/`.toLowerCase();
  if (!url.toLowerCase().startsWith(prefix)) return false;
  const rest = url.slice(prefix.length).split(/[?#]/)[0]!;
  const match = /^(?:tree|blob)\/[^/]+(?:\/(.*))?$/.exec(rest);
  if (!match) return trimChars(rest, '/') === '' ? '' : false;
  const parts = (match[1] ?? '').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return false;
  return parts.join('/');
}
