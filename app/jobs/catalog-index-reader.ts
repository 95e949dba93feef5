/**
 * The organisation's catalog index as the catalog repository holds it, for pull request jobs: a
 * bounded number of requests whatever the organisation's size. The index folder is listed with its
 * blob ids (one listing), and only shards whose blob changed since the last read are read (batched);
 * a shard is content-addressed, so an unchanged catalog costs the config read and the listing only.
 */
import { CONFIG_PATH, parseCatalogConfig } from '../core/catalog/catalog-config.ts';
import { INDEX_FOLDER } from '../core/catalog/render/catalog-paths.ts';
import { catalogIndexOf, readIndexShard, type CatalogIndex, type IndexEntity } from '../core/impact/catalog-index.ts';
import type { Forge, RepositoryId } from '../forge/types.ts';
import { createRecentlyUsed } from './recently-used.ts';

export interface LoadedCatalog {
  index: CatalogIndex;
  /** The catalog folder in the catalog repository, for links to its pages. */
  folder: string;
  repository: RepositoryId;
}

export type CatalogIndexReader = (forge: Forge, organization: string) => Promise<LoadedCatalog | undefined>;

interface Shard {
  sha: string;
  entities: IndexEntity[];
}

const SHARD = new RegExp(`^(?:.*/)?${INDEX_FOLDER}/[0-9a-f]{1,8}\\.json$`);

export function createCatalogIndexReader(catalogRepository: string, capacity = 4): CatalogIndexReader {
  // Per organisation: each shard's blob id and entities.
  const kept = createRecentlyUsed<Map<string, Shard>>(capacity);
  return async (forge, organization) => {
    const repository = { owner: organization, name: catalogRepository };
    const [config] = await forge.readFiles([{ repository, path: CONFIG_PATH }]);
    const { folder } = parseCatalogConfig(config?.text).config;
    const listing = await forge.listFiles(repository, undefined, `${folder}/${INDEX_FOLDER}`);
    if (!listing) return undefined;
    const shards = listing.paths.filter((p) => SHARD.test(p));
    if (shards.length === 0) return undefined;
    const key = organization.toLowerCase();
    const known = kept.get(key) ?? new Map<string, Shard>();
    const stale = shards.filter((p) => !listing.shas?.get(p) || known.get(p)?.sha !== listing.shas.get(p));
    const read = new Map((stale.length ? await forge.readFiles(stale.map((path) => ({ repository, path }))) : []).map((f) => [f.path, f]));
    const next = new Map<string, Shard>();
    for (const path of shards) {
      const fresh = read.get(path);
      if (!fresh) next.set(path, known.get(path)!);
      else if (fresh.text !== undefined) next.set(path, { sha: fresh.sha ?? listing.shas?.get(path) ?? '', entities: readIndexShard(path, fresh.text) });
    }
    kept.set(key, next);
    return { index: catalogIndexOf(organization, [...next.values()].flatMap((s) => s.entities)), folder, repository };
  };
}
