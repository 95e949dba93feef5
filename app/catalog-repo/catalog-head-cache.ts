/**
 * Something read from an organisation's catalog repository, kept per organisation and read again
 * only when the repository's head moved. Asking for the head is conditional (an ETag), so while no
 * catalog commit lands, asking costs no rate limit and nothing else is read. `read` gets what was
 * read last, to reuse what did not change (index shards by blob id).
 */
import type { Forge, RepositoryId } from '../forge/types.ts';
import { createRecentlyUsed } from './recently-used.ts';

export type CatalogHeadRead<T> = (
  forge: Forge,
  repository: RepositoryId,
  head: string | undefined,
  previous: T | undefined,
) => Promise<T>;

export function createCatalogHeadCache<T>(catalogRepository: string, capacity: number, read: CatalogHeadRead<T>) {
  const kept = createRecentlyUsed<{ head: string | undefined; value: T }>(capacity);
  return async (forge: Forge, organization: string): Promise<T> => {
    const repository = { owner: organization, name: catalogRepository };
    const key = organization.toLowerCase();
    const head = await forge.headCommit(repository);
    const known = kept.get(key);
    if (head && known?.head === head) return known.value;
    const value = await read(forge, repository, head, known?.value);
    kept.set(key, { head, value });
    return value;
  };
}
