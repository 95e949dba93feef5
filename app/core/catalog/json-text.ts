/**
 * The JSON layouts of the catalog repository. Files people read are indented; machine files with
 * many records are written one record per line, so they stay small and a diff shows the records
 * that changed. Keys keep the order they were built in (an entity's keys stay in its descriptor's
 * order), so the same value always gives the same bytes.
 */

/** JSON, 2-space indented, ending with a newline. */
export const indentedJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * An object on as few lines as its records allow: every array among its values is written one
 * element per line; everything else stays on the line of its key.
 */
export function recordLinesJson(object: Record<string, unknown>): string {
  const members = Object.entries(object)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const name = JSON.stringify(key);
      if (!Array.isArray(value)) return `${name}:${JSON.stringify(value)}`;
      return value.length ? `${name}:[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]` : `${name}:[]`;
    });
  return `{${members.join(',')}}\n`;
}
