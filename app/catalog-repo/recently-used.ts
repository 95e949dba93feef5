/**
 * A bounded map that forgets the least recently used entry first: what the app keeps per
 * organisation between jobs (catalog states, catalog indexes), so memory stays bounded however many
 * organisations install it. lru-cache does the keeping; a capacity of 0 keeps nothing (lru-cache
 * refuses an unbounded or empty cache).
 */
import { LRUCache } from 'lru-cache';

export interface RecentlyUsed<V> {
  /** The entry, now the most recently used. */
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function createRecentlyUsed<V extends object>(capacity: number): RecentlyUsed<V> {
  if (capacity <= 0) return { get: () => undefined, set: () => {} };
  const kept = new LRUCache<string, V>({ max: capacity });
  return { get: (key) => kept.get(key), set: (key, value) => void kept.set(key, value) };
}
