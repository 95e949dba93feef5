/**
 * How long `callboard` takes to start, from the committed bundle as `npx callboard` runs it, against
 * Node starting with nothing to do (`node -e 0`) in the same run: `--help`, `--version`, and
 * validating one descriptor (a worker thread included, as every run that reads repository content
 * has one). A CI job that runs the CLI once per repository pays this each time. Goals: `--help`
 * under 150 ms, one file validated under 300 ms. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const DESCRIPTOR = join(ROOT, 'examples', 'acme', 'artist-lookup', 'catalog-info.yaml');
const RUNS = Number(process.env.RUNS ?? 15);

const CASES: [string, string[], number | undefined][] = [
  ['node -e 0 (the baseline)', ['-e', '0'], undefined],
  ['callboard --help', [CLI, '--help'], 150],
  ['callboard --version', [CLI, '--version'], 150],
  ['callboard validate (one file)', [CLI, 'validate', DESCRIPTOR], 300],
];

/** Median wall time of RUNS runs, in ms; a run that fails stops the bench. */
function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

console.log(`CLI start-up, median of ${RUNS} runs each (Node ${process.version})\n`);
let baseline = 0;
for (const [name, args, goal] of CASES) {
  const ms = median(args);
  if (!goal) baseline = ms;
  const versus = goal
    ? `  ${(ms / baseline).toFixed(1)}x node -e 0, +${Math.round(ms - baseline)} ms; goal ${goal} ms: ${ms <= goal ? 'met' : 'NOT met'}`
    : '';
  console.log(`${name.padEnd(32)} ${Math.round(ms).toString().padStart(5)} ms${versus}`);
}
