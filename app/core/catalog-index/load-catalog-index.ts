/**
 * Reads a catalog's index (`<folder>/index.json` and the shards it lists) through any reader: the
 * CLI reads a folder, the app reads the catalog repository (with its cache). Undefined when there is
 * no catalog yet.
 */
import { INDEX_PATH } from '../catalog/render/catalog-paths.ts';
import { catalogIndexOf, readIndexFile, readIndexShard, type CatalogIndex } from './catalog-index.ts';
import { CatalogIndexError } from '../errors.ts';

/** Reads files by path (relative to the catalog repository's root); undefined for a missing one. */
export type ReadFiles = (paths: string[]) => Promise<(string | undefined)[]>;

export async function loadCatalogIndex(folder: string, read: ReadFiles): Promise<CatalogIndex | undefined> {
  const at = (path: string) => (folder ? `${folder}/${path}` : path);
  const [indexText] = await read([at(INDEX_PATH)]);
  if (indexText === undefined) return undefined;
  const index = readIndexFile(at(INDEX_PATH), indexText);
  const texts = await read(index.shards.map(at));
  const entities = index.shards.flatMap((shard, i) => {
    const text = texts[i];
    if (text === undefined)
      throw new CatalogIndexError(`${at(shard)} is listed in ${at(INDEX_PATH)} but missing; rebuild the catalog`);
    return readIndexShard(at(shard), text);
  });
  return catalogIndexOf(index.organization, entities);
}
