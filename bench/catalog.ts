/**
 * Catalog build time and peak memory for a synthetic organisation (BENCH_REPOSITORIES repositories,
 * BENCH_ENTITIES entities; 10,000 and 100,000 by default), each operation in its own process so
 * each peak is its own: a first build, a full reconcile with nothing changed, and a build after one
 * repository changed (re-reading it only). Build time is reading, assembling and rendering; writing
 * the files to disk (what the CLI does; the app commits instead) is timed apart, as this machine's
 * disk is slow and noisy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'callboard-org-'));
const out = mkdtempSync(join(tmpdir(), 'callboard-catalog-'));
const run = (...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, 'catalog-build.ts'), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as Record<string, number>;
const line = (name: string, value: number | string, unit = '') =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ''}`);
try {
  const org = run('write', root);
  line('catalog repositories', org.repositories!);
  line('catalog entities', org.entities!);
  line('catalog descriptors', org.descriptorMb!, 'MB');
  for (const [operation, label] of [
    ['cold', 'first build'],
    ['again', 'full reconcile, nothing changed'],
    ['one', 'one repository changed'],
  ] as const) {
    const result = run(operation, root, out);
    line(`catalog ${label}`, result.ms!, 'ms');
    line(`catalog ${label}, writing to disk`, result.writeMs!, 'ms');
    line(`catalog ${label} peak memory`, result.maxRssMb!, 'MB');
    line(`catalog ${label} entities rendered`, result.rendered!, 'entities');
    line(`catalog ${label} files written`, result.changes!, 'files');
  }
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
