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
import { createCatalogHeadCache } from './catalog-head-cache.ts';
import { readByBlob, type BlobKnown } from './read-by-blob.ts';

export interface LoadedCatalog {
  index: CatalogIndex;
  /** The catalog folder in the catalog repository, for links to its pages. */
  folder: string;
  repository: RepositoryId;
}

export type CatalogIndexReader = (forge: Forge, organization: string) => Promise<LoadedCatalog | undefined>;

const SHARD_NAME = /^[0-9a-f]{1,8}\.json$/;
/** `…/index/0a1b.json`: a shard of the catalog index. */
const isShard = (path: string) => {
  const parts = path.split('/');
  return parts.length >= 2 && parts[parts.length - 2] === INDEX_FOLDER && SHARD_NAME.test(parts[parts.length - 1]!);
};

interface Kept {
  shards: Map<string, BlobKnown<IndexEntity[]>>;
  loaded: LoadedCatalog | undefined;
}

export function createCatalogIndexReader(catalogRepository: string, capacity = 4): CatalogIndexReader {
  const cached = createCatalogHeadCache<Kept>(
    catalogRepository,
    capacity,
    async (forge, repository, head, previous) => {
      const shards = await readShards(forge, repository, head, previous?.shards ?? new Map());
      const loaded =
        shards && shards.read.size
          ? {
              index: catalogIndexOf(
                repository.owner,
                [...shards.read.values()].flatMap((s) => s.value),
              ),
              folder: shards.folder,
              repository,
            }
          : undefined;
      return { shards: shards?.read ?? new Map(), loaded };
    },
  );
  return async (forge, organization) => (await cached(forge, organization)).loaded;
}

/** The index's shards at one commit: those whose blob is already known are not read again. */
async function readShards(
  forge: Forge,
  repository: RepositoryId,
  head: string | undefined,
  known: Map<string, BlobKnown<IndexEntity[]>>,
) {
  const [config] = await forge.readFiles([{ repository, path: CONFIG_PATH, ...(head ? { ref: head } : {}) }]);
  const { folder } = parseCatalogConfig(config?.text).config;
  const listing = await forge.listFiles(repository, head, `${folder}/${INDEX_FOLDER}`);
  if (!listing) return undefined;
  const read = await readByBlob(forge, repository, head, listing, listing.paths.filter(isShard), known, readIndexShard);
  return { folder, read };
}
