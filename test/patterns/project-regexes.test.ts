/**
 * Every regular expression in app/ and actions/ (literals, RegExp calls, JSON-schema patterns),
 * found by parsing the source, so one added later is covered without being listed: none may take
 * super-linear time on adversarial input. Two oracles: recheck (a ReDoS checker, run on its bundled
 * native binary) must not find an attack, and inputs pumped from the expression's own characters
 * must run under a bound only a super-linear blow-up can exceed. The lint rules
 * (regexp/no-super-linear-*) say the same while code is written.
 */
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { pumped, pumpsFor } from '../support/pumped-inputs.ts';
import { sourceRegexes } from '../support/source-regexes.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const { regexes, dynamic } = await sourceRegexes(ROOT, ['app', 'actions']);

/** Screening length: every pump runs here, in microseconds when linear. */
const SCREEN = 1_000;
/**
 * The slowest pumps run again at doubling lengths up to this one: linear is about a millisecond, quadratic about 10^10
 * steps.
 */
const LONG = 256_000;
const GENEROUS_MS = 3_000;

/** One match, or every match for a global expression (as replace and matchAll run it). */
function timeOf(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  const start = performance.now();
  if (regex.global) text.replace(regex, '');
  else regex.exec(text);
  return performance.now() - start;
}

/** The quicker of two runs, so a collection pause does not rank a pump. */
const screened = (regex: RegExp, text: string) => Math.min(timeOf(regex, text), timeOf(regex, text));

/** recheck's attack string, when it finds one. */
async function recheckAttack(source: string, flags: string): Promise<string | undefined> {
  const verdict = await check(source, flags, { timeout: 10_000 });
  return verdict.status === 'vulnerable' ? `recheck: ${verdict.attack.pattern}` : undefined;
}

/**
 * A pump that takes longer than the bound, when one does. Run after recheck: an exponential expression would hang it.
 */
function pumpAttack(source: string, flags: string): string | undefined {
  const regex = new RegExp(source, flags);
  // V8 interprets an expression before compiling it; time only the compiled one.
  for (let i = 0; i < 3; i++) timeOf(regex, 'warm up');
  const slowest = pumpsFor(source, flags)
    .map((pump) => ({ pump, ms: screened(regex, pumped(pump, SCREEN)) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  // Doubling, so a cubic blow-up is found at a few thousand characters instead of hanging at the longest.
  for (const { pump } of slowest) {
    for (let length = 2 * SCREEN; length <= LONG; length *= 2) {
      const ms = timeOf(regex, pumped(pump, length));
      if (ms > GENEROUS_MS) return `${JSON.stringify(pump)} × ${length}: ${Math.round(ms)} ms`;
    }
  }
  return undefined;
}

describe("the project's regular expressions", () => {
  it('are all found: literals, RegExp calls and schema patterns, none built from a value that cannot be read', () => {
    expect(dynamic).toEqual([]);
    expect(regexes.length).toBeGreaterThan(100);
    expect(new Set(regexes.map((r) => r.kind))).toEqual(new Set(['literal', 'schema pattern']));
  });

  it.each(regexes.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))(
    '%s',
    { timeout: 120_000 },
    async (_name, { source, flags }) => {
      expect(await recheckAttack(source, flags)).toBeUndefined();
      expect(pumpAttack(source, flags)).toBeUndefined();
    },
  );

  it('would fail the quadratic forms this review replaced', { timeout: 120_000 }, async () => {
    const replaced: [string, string][] = [
      ['^\\s*(-\\s+)?(null|Null|NULL|~)?\\s*:(\\s|$)', 'm'],
      ['\\/+$', ''],
      ['^\\/+|\\/+$', 'g'],
      ['<([A-Za-z_][\\w.:-]*)([^>]*)>', 'y'],
      ['(^|[/\\\\])[^/\\\\]*(cobertura|coverage)[^/\\\\]*\\.xml$', 'i'],
      ['```json\\n([\\s\\S]*)\\n```', ''],
    ];
    for (const [source, flags] of replaced) expect(await recheckAttack(source, flags), source).toBeDefined();
    // The pumps alone find the simpler ones.
    expect(pumpAttack('(^|\\s)#.*$', '')).toBeDefined();
  });
});
