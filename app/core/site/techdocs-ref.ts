/**
 * Where an entity's TechDocs are: its `backstage.io/techdocs-ref` read as Backstage reads it.
 * `dir:` is relative to the folder of the descriptor that defines the entity; `url:` names a tree
 * on the forge (`https://github.com/org/repo/tree/<branch>/<path>/`), read here only when it is in
 * the same organisation (the catalog reads nothing else). A ref that leaves its repository is refused.
 */
import { posix } from 'node:path';
import type { CatalogEntity } from '../catalog/types.ts';

export const TECHDOCS_REF = 'backstage.io/techdocs-ref';

/** A docs project: a folder of one repository of the organisation. */
export interface DocsLocation {
  ref: string;
  /** `owner/name` */
  repository: string;
  /** The folder's path in the repository, `''` for its root. */
  dir: string;
}

export type DocsLocationResult = { ok: true; location: DocsLocation } | { ok: false; message: string };

export function docsLocation(e: CatalogEntity, organization: string, webUrl: string): DocsLocationResult | undefined {
  const value = e.entity.metadata.annotations?.[TECHDOCS_REF];
  if (typeof value !== 'string' || value === '') return undefined;
  const colon = value.indexOf(':');
  const type = colon === -1 ? '' : value.slice(0, colon);
  const target = value.slice(colon + 1);
  if (type === 'dir') {
    const dir = posix.normalize(posix.join(posix.dirname(e.source.path), target));
    if (dir === '..' || dir.startsWith('../') || posix.isAbsolute(target))
      return {
        ok: false,
        message: `${TECHDOCS_REF} "${value}" leaves the repository; give a folder inside it, such as dir:.`,
      };
    return { ok: true, location: { ref: e.ref, repository: e.source.repository, dir: dir === '.' ? '' : dir } };
  }
  if (type === 'url') return urlLocation(e.ref, value, target, organization, webUrl);
  return {
    ok: false,
    message: `${TECHDOCS_REF} "${value}" is neither dir: nor url:; write dir:. for docs beside the descriptor`,
  };
}

function urlLocation(
  ref: string,
  value: string,
  target: string,
  organization: string,
  webUrl: string,
): DocsLocationResult {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { ok: false, message: `${TECHDOCS_REF} "${value}" is not a URL` };
  }
  const forge = new URL(webUrl);
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [owner, name, tree, _branch, ...path] = parts;
  if (
    url.host !== forge.host ||
    owner?.toLowerCase() !== organization.toLowerCase() ||
    !name ||
    (tree && tree !== 'tree')
  )
    return {
      ok: false,
      message: `${TECHDOCS_REF} "${value}" is not a folder of a repository of ${organization} (${forge.host}/${organization}/<repository>/tree/<branch>/<folder>/); the catalog reads only the organisation's repositories`,
    };
  const dir = posix.normalize(path.join('/') || '.');
  if (dir === '..' || dir.startsWith('../'))
    return { ok: false, message: `${TECHDOCS_REF} "${value}" leaves the repository` };
  return { ok: true, location: { ref, repository: `${owner}/${name}`, dir: dir === '.' ? '' : dir } };
}
