/**
 * ${{ values.name }}: ${{ values.description | replace("*/", "*\\/") }}
 *
 * Plain ES modules run as they are on Node.js 24 and in bundlers; src/index.d.ts gives TypeScript
 * users the types. Replace the example below with the library's own code.
 */

/**
 * Durations as people write them ("90s", "1h30m", "2d") in milliseconds.
 * @param {string} text
 * @returns {number}
 */
export function parseDuration(text) {
  const units = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  let total = 0;
  let rest = text.trim();
  if (!rest) throw new RangeError('a duration needs at least one number and unit, such as 90s');
  while (rest) {
    const match = /^(\d+)(ms|s|m|h|d)/.exec(rest);
    if (!match) throw new RangeError(`"${text}" is not a duration: write numbers with ms, s, m, h or d (1h30m)`);
    total += Number(match[1]) * units[/** @type {keyof typeof units} */ (match[2])];
    rest = rest.slice(match[0].length);
  }
  return total;
}
