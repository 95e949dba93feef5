/**
 * The docs a site renders: each entity's TechDocs location (techdocs-ref.ts), and its folder read
 * through the DocsSource port (a repository on GitHub, or a folder of checkouts). A folder is read
 * once however many entities name it. A build that re-reads only some repositories (the app, on a
 * push) keeps the docs of the others as the last build rendered them: their pages stay in place and
 * their record (nav, search sections, problems) is read back from the site.
 */
import type { CatalogView } from '../catalog/render/catalog-view.ts';
import type { DocsNavItem } from './site-format.ts';
import { lineUrl } from '../catalog/snapshot-repository.ts';
import type { CatalogRepository } from '../catalog/types.ts';
import { docsLocation, type DocsLocationResult } from './techdocs-ref.ts';
import type { DocsSection, DocsTree } from './techdocs.ts';

export interface DocsSource {
  /** `mkdocs.yml` and its docs_dir's files under `dir` (within budgets), or undefined when there is no such folder. */
  readTree(repository: CatalogRepository, dir: string): Promise<DocsTree | undefined>;
}

/** What a build rendered of one entity's docs, kept in the site so a later build can keep them. */
export interface DocsRecord {
  nav: DocsNavItem[];
  sections: DocsSection[];
  problems: string[];
}

export type EntityDocs =
  | { location: DocsLocationResult; tree?: DocsTree; sourceUrl?: string }
  /** Rendered by an earlier build from a repository not read again: its pages are in place. */
  | { location: DocsLocationResult; kept: DocsRecord };

export interface PreviousSite {
  /** Whether the repository is unchanged since the last build (its docs need not be read again). */
  unchanged(repository: string): boolean;
  /** The records the last build left, of these entities (those it has). */
  records(refs: readonly string[]): Promise<ReadonlyMap<string, DocsRecord>>;
}

export async function readSiteDocs(
  view: CatalogView,
  source: DocsSource,
  webUrl: string,
  previous?: PreviousSite,
): Promise<Map<string, EntityDocs>> {
  const located = view.entities.flatMap((e) => {
    const location = docsLocation(e, view.organization, webUrl);
    return location ? [{ ref: e.ref, location }] : [];
  });
  const unchanged = located.filter((l) => l.location.ok && previous?.unchanged(l.location.location.repository));
  const records = previous && unchanged.length ? await previous.records(unchanged.map((l) => l.ref)) : new Map();
  const docs = new Map<string, EntityDocs>();
  const trees = new Map<string, Promise<DocsTree | undefined>>();
  const repositories = new Map(view.repositories.map((r) => [r.fullName.toLowerCase(), r]));
  for (const { ref, location } of located) {
    const record = records.get(ref);
    if (record) {
      docs.set(ref, { location, kept: record });
      continue;
    }
    if (!location.ok) {
      docs.set(ref, { location });
      continue;
    }
    const { repository, dir } = location.location;
    const known = repositories.get(repository.toLowerCase());
    const key = `${repository.toLowerCase()}\0${dir}`;
    let tree = trees.get(key);
    if (!tree) trees.set(key, (tree = known ? source.readTree(known, dir) : Promise.resolve(undefined)));
    const read = await tree;
    docs.set(ref, {
      location,
      ...(read ? { tree: read } : {}),
      // The folder on the forge, without a trailing slash: pages add theirs.
      ...(known ? { sourceUrl: lineUrl(known, dir).replace(/\/$/, '') } : {}),
    });
  }
  return docs;
}
