/**
 * The docs a site renders: each entity's TechDocs location (techdocs-ref.ts), and its folder read
 * through the DocsSource port (a folder on disk, or the repository on GitHub). A folder is read
 * once however many entities name it.
 */
import type { CatalogView } from '../catalog/render/catalog-view.ts';
import type { SiteInput } from './build-site.ts';
import { docsLocation, type DocsLocation } from './techdocs-ref.ts';
import type { DocsTree } from './techdocs.ts';

export interface DocsSource {
  /** The folder's files (within budgets), or undefined when the repository or folder does not exist. */
  readTree(location: DocsLocation): Promise<DocsTree | undefined>;
}

export async function readSiteDocs(view: CatalogView, source: DocsSource, webUrl: string): Promise<SiteInput['docs']> {
  const docs = new Map<string, SiteInput['docs'] extends ReadonlyMap<string, infer V> ? V : never>();
  const trees = new Map<string, Promise<DocsTree | undefined>>();
  const repositories = new Map(view.repositories.map((r) => [r.fullName.toLowerCase(), r]));
  for (const e of view.entities) {
    const location = docsLocation(e, view.organization, webUrl);
    if (!location) continue;
    if (!location.ok) {
      docs.set(e.ref, { location });
      continue;
    }
    const { repository, dir } = location.location;
    const known = repositories.get(repository.toLowerCase());
    const key = `${repository.toLowerCase()}\0${dir}`;
    let tree = trees.get(key);
    if (!tree) trees.set(key, (tree = known ? source.readTree(location.location) : Promise.resolve(undefined)));
    const read = await tree;
    docs.set(e.ref, {
      location,
      ...(read ? { tree: read } : {}),
      ...(known
        ? {
            sourceUrl: `${known.htmlUrl}/blob/${encodeURIComponent(known.defaultBranch)}${dir ? `/${dir.split('/').map(encodeURIComponent).join('/')}` : ''}`,
          }
        : {}),
    });
  }
  return docs;
}
