/**
 * The organisation's catalog index as the catalog repository holds it, for pull request jobs: a
 * bounded number of requests whatever the organisation's size.
 *
 * - The catalog repository's head is asked first, conditionally (an ETag): while no catalog commit
 *   landed since the last read, that is the only request, and GitHub does not count it against the
 *   rate limit.
 * - When the head moved, everything is read at that commit, so the parts agree: callboard.yaml, a
 *   listing of the index folder with blob ids, and only the shards whose blob changed (batched). A
 *   shard is content-addressed, so a catalog commit that touched one shard costs one shard's read.
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

interface Kept {
  /** The catalog repository's commit these were read at; undefined when the forge cannot name one. */
  head: string | undefined;
  shards: Map<string, Shard>;
  loaded: LoadedCatalog | undefined;
}

const SHARD = new RegExp(`^(?:.*/)?${INDEX_FOLDER}/[0-9a-f]{1,8}\\.json$`);

export function createCatalogIndexReader(catalogRepository: string, capacity = 4): CatalogIndexReader {
  // Per organisation: the head read at, each shard's blob id and entities, and the index built from them.
  const kept = createRecentlyUsed<Kept>(capacity);
  return async (forge, organization) => {
    const repository = { owner: organization, name: catalogRepository };
    const key = organization.toLowerCase();
    const head = await forge.headCommit(repository);
    const known = kept.get(key);
    if (head && known?.head === head) return known.loaded;
    const shards = await readShards(forge, repository, head, known?.shards ?? new Map());
    const loaded = shards && shards.read.size ? { index: catalogIndexOf(organization, [...shards.read.values()].flatMap((s) => s.entities)), folder: shards.folder, repository } : undefined;
    kept.set(key, { head, shards: shards?.read ?? new Map(), loaded });
    return loaded;
  };
}

/** The index's shards at one commit: those whose blob is already known are not read again. */
async function readShards(forge: Forge, repository: RepositoryId, head: string | undefined, known: Map<string, Shard>) {
  const [config] = await forge.readFiles([{ repository, path: CONFIG_PATH, ...(head ? { ref: head } : {}) }]);
  const { folder } = parseCatalogConfig(config?.text).config;
  const listing = await forge.listFiles(repository, head, `${folder}/${INDEX_FOLDER}`);
  if (!listing) return undefined;
  const paths = listing.paths.filter((p) => SHARD.test(p));
  const stale = paths.filter((p) => !listing.shas?.get(p) || known.get(p)?.sha !== listing.shas.get(p));
  const fresh = new Map((stale.length ? await forge.readFiles(stale.map((path) => ({ repository, path, ...(head ? { ref: head } : {}) }))) : []).map((f) => [f.path, f]));
  const read = new Map<string, Shard>();
  for (const path of paths) {
    const file = fresh.get(path);
    if (!file) read.set(path, known.get(path)!);
    else if (file.text !== undefined) read.set(path, { sha: file.sha ?? listing.shas?.get(path) ?? '', entities: readIndexShard(path, file.text) });
  }
  return { folder, read };
}
