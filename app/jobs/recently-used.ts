/**
 * A bounded map that forgets the least recently used entry first: what the app keeps per
 * organisation between jobs (catalog states, catalog indexes), so memory stays bounded however many
 * organisations install it. A Map iterates in insertion order: re-inserting on use keeps the least
 * recently used first.
 */
export interface RecentlyUsed<V> {
  /** The entry, now the most recently used. */
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function createRecentlyUsed<V>(capacity: number): RecentlyUsed<V> {
  const kept = new Map<string, V>();
  return {
    get(key) {
      if (!kept.has(key)) return undefined;
      const value = kept.get(key)!;
      kept.delete(key);
      kept.set(key, value);
      return value;
    },
    set(key, value) {
      kept.delete(key);
      if (capacity <= 0) return;
      kept.set(key, value);
      while (kept.size > capacity) kept.delete(kept.keys().next().value!);
    },
  };
}
