/**
 * `callboard catalog build` (the bundled CLI) into a folder that holds scorecard results, as a
 * checkout of the catalog repository does: the entity pages show the levels, and a level that moved
 * rewrites that entity's page alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const ACME = join(import.meta.dirname, '..', '..', 'examples', 'acme');
const work = tempRepo({});
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: work });
const build = () => callboard('catalog', 'build', ACME, '--out', 'out', '--org', 'acme');
const lookupPage = () => readFileSync(join(work, 'out', 'catalog', 'component', 'default', 'artist-lookup.md'), 'utf8');

function recordLevel(level: number) {
  const levelName = [null, 'Tests run on CI', 'Tests passed on CI'][level];
  const results = {
    repository: 'acme/artist-lookup',
    entities: [
      {
        ref: 'component:default/artist-lookup',
        title: 'Artist Lookup',
        owner: 'group:default/team-a',
        system: null,
        tracks: [{ track: 'test-certified', title: 'Test Certified', level, levels: 2, levelName }],
      },
    ],
  };
  const path = join(work, 'out', 'catalog', 'scorecards', 'results', 'acme', 'artist-lookup.json');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(results));
}

describe('callboard catalog build', () => {
  it('shows the levels of the results the folder holds, and rewrites only the page whose level moved', () => {
    expect(build().status).toBe(0);
    expect(lookupPage()).not.toContain('## Scorecards');

    recordLevel(1);
    expect(build().stdout).toContain('Wrote 2 files and removed 0'); // the page and its state shard
    expect(lookupPage()).toContain(
      '| [Test Certified](../../scorecards/test-certified.md) | level 1 of 2 (Tests run on CI) |',
    );
    expect(build().stdout).toContain('Nothing changed');

    recordLevel(2);
    expect(build().stdout).toContain('Wrote 2 files and removed 0');
    expect(lookupPage()).toContain(
      '| [Test Certified](../../scorecards/test-certified.md) | level 2 of 2 (Tests passed on CI) |',
    );
  });
});
