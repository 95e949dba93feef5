/**
 * `callboard score` (the bundled CLI), as a developer runs it on a checkout: the starter tracks,
 * the talk's track lifted to level 2 by CI reports passed with --reports, owners and dependencies
 * resolved against a catalog built from the example organisation, and broken scorecard files.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const ACME = join(import.meta.dirname, '..', '..', 'examples', 'acme');
const JUNIT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="3" failures="0" errors="0">\n  <testsuite name="artist" tests="3" failures="0">\n    <testcase classname="artist" name="finds" time="0.01"/>\n    <testcase classname="artist" name="lists" time="0.01"/>\n    <testcase classname="artist" name="404s" time="0.01"/>\n  </testsuite>\n</testsuites>\n';
const LCOV = 'TN:\nSF:src/main.ts\nFN:1,main\nFNF:1\nFNH:1\nDA:1,1\nDA:2,1\nDA:3,0\nLF:3\nLH:2\nend_of_record\n';
const work = tempRepo({
  'reports/junit.xml': JUNIT,
  'reports/lcov.info': LCOV,
  'broken/track.yaml':
    'apiVersion: callboard.dev/v1\nkind: Track\nmetadata:\n  name: broken\nspec:\n  levels:\n    - checks:\n        - id: a\n          title: A\n          rule: { fact: ci.test.count, operator: greaterThan, value: 0 }\n',
});
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: work });
type Score = {
  ref: string;
  tracks: {
    track: string;
    level: number;
    levels: { checks: { check: string; state: string; evidence: string }[] }[];
  }[];
};
const trackIn = (stdout: string, ref: string, track: string) =>
  (JSON.parse(stdout) as Score[]).find((s) => s.ref === ref)!.tracks.find((t) => t.track === track)!;

beforeAll(() => {
  cpSync(join(ACME, 'artist-lookup'), join(work, 'artist-lookup'), { recursive: true });
  expect(callboard('catalog', 'build', ACME, '--out', 'out', '--org', 'acme').status).toBe(0);
});

describe('callboard score', () => {
  it('scores a checkout on the starter tracks, with the evidence and what to fix next', () => {
    const run = callboard('score', 'artist-lookup');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('component:default/artist-lookup\n  Documented: level 3 of 3 (API described)');
    expect(run.stdout).toContain('  Test Certified: no level of 2');
    expect(run.stdout).toContain('✖ Tests run on CI [failed] no file matches /.github/workflows/*.{yml,yaml}');
    expect(run.stdout).toContain('    Next: Tests run on CI — Add a workflow under .github/workflows');
  });

  it("reaches level 2 of the talk's track once a workflow runs the tests and the reports say they pass", () => {
    cpSync(join(ACME, 'artist-lookup'), join(work, 'certified'), { recursive: true });
    const repo = tempRepo({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n      - run: npx eslint .\n',
      'slos.yaml': 'apiVersion: openslo/v1\nkind: SLO\n',
    });
    cpSync(repo, join(work, 'certified'), { recursive: true });
    const before = callboard('score', 'certified', '--format', 'json');
    expect(trackIn(before.stdout, 'component:default/artist-lookup', 'test-certified').level).toBe(0);
    const after = callboard('score', 'certified', '--reports', 'reports/*', '--format', 'json');
    expect(after.status).toBe(0);
    const talk = trackIn(after.stdout, 'component:default/artist-lookup', 'test-certified');
    expect(talk.level).toBe(2);
    expect(talk.levels[1]!.checks[0]).toMatchObject({
      check: 'tests-passed-on-ci',
      state: 'passed',
      evidence: 'ci.tests.count is 3; ci.tests.failures is 0; ci.tests.errors is 0',
    });
  });

  it('resolves owners and dependencies against a catalog', () => {
    const run = callboard('score', 'artist-lookup', '--catalog', 'out', '--format', 'json');
    const owned = trackIn(run.stdout, 'component:default/artist-lookup', 'ownership');
    expect(owned.levels[0]!.checks.map((c) => [c.check, c.state])).toEqual([
      ['owner-exists', 'passed'],
      ['owned-by-a-team', 'passed'],
    ]);
    expect(owned.levels[2]!.checks[0]).toMatchObject({
      check: 'depends-on-nothing-deprecated',
      state: 'passed',
      evidence: 'catalog.deprecatedDependencies is []',
    });
  });

  it('reports a broken scorecard file on its line and scores on the valid tracks, or refuses when none is valid', () => {
    const run = callboard('score', 'artist-lookup', '--scorecards', 'broken');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'broken/track.yaml:10:25: error: There is no fact "ci.test.count"\n  Expected: one of ci.tests.run, ci.tests.count,',
    );
    expect(run.stderr).toContain('Fix: Did you mean "ci.tests.count"?');
    expect(run.stderr).toContain('callboard score: no valid track to score on');
  });

  it('refuses what it cannot use, saying how to fix it', () => {
    expect(callboard('score').status).toBe(2);
    expect(callboard('score', 'nowhere').stderr).toContain('nowhere does not exist');
    expect(callboard('score', 'artist-lookup', '--catalog', 'reports').stderr).toContain(
      'build one with "callboard catalog build',
    );
  });
});
