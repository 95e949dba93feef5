/**
 * Orderings for everything the renderer lists. Strings compare by UTF-16 code unit, never with
 * `localeCompare`: its result depends on the ICU data and locale of the machine, and the catalog
 * must be the same bytes wherever it is rendered.
 */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Key<T> = (value: T) => string | number | undefined;

/** Compares by each key in turn; an absent key sorts first. */
export function compareBy<T>(...keys: Key<T>[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** A sorted copy without duplicate keys (the first of equal keys stays). */
export function sortedUnique<T>(values: readonly T[], key: (value: T) => string, order: (a: T, b: T) => number): T[] {
  const seen = new Set<string>();
  return [...values].sort(order).filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
