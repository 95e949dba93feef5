/**
 * The state each organisation's last catalog build left, with the commit of the catalog
 * repository it is the state of. A build on that same commit takes it from here and reads no state
 * from GitHub (for a large organisation, thousands of files on every push); on any other commit
 * (another replica wrote, someone edited the repository) the state is read afresh. Bounded: only
 * the organisations built most recently are kept. Builds never change a state they are given.
 */
import type { CatalogState } from '../core/catalog/catalog-state.ts';

export interface CatalogStateCache {
  /** The state at exactly this commit, if it is the one kept. */
  get(key: string, commit: string): CatalogState | undefined;
  set(key: string, commit: string, state: CatalogState): void;
}

export function createCatalogStateCache(capacity = 4): CatalogStateCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const kept = new Map<string, { commit: string; state: CatalogState }>();
  return {
    get(key, commit) {
      const entry = kept.get(key);
      if (!entry || entry.commit !== commit) return undefined;
      kept.delete(key);
      kept.set(key, entry);
      return entry.state;
    },
    set(key, commit, state) {
      kept.delete(key);
      if (capacity <= 0) return;
      kept.set(key, { commit, state });
      while (kept.size > capacity) kept.delete(kept.keys().next().value!);
    },
  };
}
