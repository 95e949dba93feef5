/**
 * Hostile input, class by class (issue 12): for each, the time and the peak memory of the worst
 * input found, beside the same work on a normal input of the same size, measured in the same run.
 * Each case runs in its own child process, so each peak memory is its own. A ratio near 1 means the
 * hostile input costs what its size costs; the figures before the fix are in the issue.
 *
 *   node bench/hostile.ts             every case
 *   node bench/hostile.ts CASE [..]   some cases (names below)
 */
import { execFileSync } from 'node:child_process';
import { CASES } from './hostile-cases.ts';

const asked = process.argv.slice(2);
const line = (name: string, value: number | string, unit = '') =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ''}`);
const run = (name: string, variant: 'hostile' | 'normal') =>
  JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', `${import.meta.dirname}/hostile-case.ts`, name, variant], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    })
      .trim()
      .split('\n')
      .at(-1)!,
  ) as { ms: number; peakMb: number; note?: string };

for (const c of CASES.filter((c) => !asked.length || asked.includes(c.name))) {
  const hostile = run(c.name, 'hostile');
  const normal = run(c.name, 'normal');
  line(`hostile ${c.name} (${c.title}) time`, hostile.ms, 'ms');
  line(`hostile ${c.name} normal input of the same size time`, normal.ms, 'ms');
  line(`hostile ${c.name} ratio`, (hostile.ms / Math.max(normal.ms, 1)).toFixed(2), 'x');
  line(`hostile ${c.name} peak memory`, hostile.peakMb, 'MB');
  line(`hostile ${c.name} normal input peak memory`, normal.peakMb, 'MB');
  if (hostile.note) line(`hostile ${c.name} outcome`, hostile.note);
  if (normal.note) line(`hostile ${c.name} normal input outcome`, normal.note);
}
