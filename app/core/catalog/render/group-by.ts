/** Values grouped by key, groups and their values in the order met (callers pass sorted values). */
export function groupBy<T, V = T>(
  values: Iterable<T>,
  key: (value: T) => string,
  map: (value: T) => V = (v) => v as unknown as V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(map(value));
    else groups.set(k, [map(value)]);
  }
  return groups;
}
