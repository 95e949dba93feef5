/**
 * Whether data (from a repository's JSON, YAML or TOML, or a descriptor) nests deeper than
 * `levels`. Looked at before a JSONPath runs on it, as JSONPath (`$..x`), comparison and evidence
 * all recurse, and a file built a million levels deep would exhaust the stack. Iterative, so the
 * check itself cannot.
 */
export function deeperThan(value: unknown, levels: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= levels) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
