/**
 * The state each organisation's last catalog build left, with the commit of the catalog
 * repository it is the state of. A build on that same commit takes it from here and reads no state
 * from GitHub (for a large organisation, thousands of files on every push); on any other commit
 * (another replica wrote, someone edited the repository) the state is read afresh. Bounded: only
 * the organisations built most recently are kept. Builds never change a state they are given.
 */
import type { CatalogState } from '../core/catalog/catalog-state.ts';
import { createRecentlyUsed } from './recently-used.ts';

export interface CatalogStateCache {
  /** The state at exactly this commit, if it is the one kept. */
  get(key: string, commit: string): CatalogState | undefined;
  set(key: string, commit: string, state: CatalogState): void;
}

export function createCatalogStateCache(capacity = 4): CatalogStateCache {
  const kept = createRecentlyUsed<{ commit: string; state: CatalogState }>(capacity);
  return {
    get(key, commit) {
      const entry = kept.get(key);
      return entry?.commit === commit ? entry.state : undefined;
    },
    set: (key, commit, state) => kept.set(key, { commit, state }),
  };
}
