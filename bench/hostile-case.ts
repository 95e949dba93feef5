/**
 * Run by bench/hostile.ts in a child process: one case, one variant; prints its time and this process's peak memory (or
 * what the case measured).
 */
import { CASES, type Variant } from './hostile-cases.ts';

const [name, variant] = process.argv.slice(2) as [string, Variant];
const found = CASES.find((c) => c.name === name);
if (!found) throw new Error(`No case ${name}`);
const started = performance.now();
const outcome = await found.run(variant);
const ms = Math.round(performance.now() - started);
console.log(
  JSON.stringify(
    typeof outcome === 'string'
      ? { ms, peakMb: Math.round(process.resourceUsage().maxRSS / 1024), note: outcome }
      : outcome,
  ),
);
