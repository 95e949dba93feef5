/**
 * Files of a listing read with what is already known of them: a file whose blob id is unchanged is
 * not read again (a blob id names its content), the others are read in one batched read. How the
 * catalog index shards and the scorecard results are kept between jobs.
 */
import type { FileListing, Forge, RepositoryId } from '../forge/types.ts';

export interface BlobKnown<T> {
  sha: string;
  value: T;
}

export async function readByBlob<T>(
  forge: Forge,
  repository: RepositoryId,
  ref: string | undefined,
  listing: FileListing,
  paths: readonly string[],
  known: ReadonlyMap<string, BlobKnown<T>>,
  parse: (path: string, text: string) => T,
): Promise<Map<string, BlobKnown<T>>> {
  const stale = paths.filter((p) => !listing.shas?.get(p) || known.get(p)?.sha !== listing.shas.get(p));
  const fresh = new Map(
    (stale.length
      ? await forge.readFiles(stale.map((path) => ({ repository, path, ...(ref ? { ref } : {}) })))
      : []
    ).map((f) => [f.path, f]),
  );
  const read = new Map<string, BlobKnown<T>>();
  for (const path of paths) {
    const file = fresh.get(path);
    if (!file) read.set(path, known.get(path)!);
    else if (file.text !== undefined)
      read.set(path, { sha: file.sha ?? listing.shas?.get(path) ?? '', value: parse(path, file.text) });
  }
  return read;
}
