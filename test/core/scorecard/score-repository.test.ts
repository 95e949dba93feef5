/**
 * Scoring, from the rules to the level: the talk's track on a repository with and without CI facts,
 * warnings that do not block, exemptions, monorepo folders, values inside JSON, YAML and TOML files,
 * all/any/not when a fact is not reported, and which entities a track applies to.
 */
import { describe, expect, it } from 'vitest';
import type { EntityScore, TrackResult } from '../../../app/core/scorecard/scorecard-model.ts';
import type { ReportedCiFacts } from '../../../app/core/scorecard/scoring-subject.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { judge, ruleTrack as rules, scoreFiles as repository } from '../../support/scoring.ts';

const WORKFLOW =
  'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n';
const PASSING: ReportedCiFacts = {
  tests: { run: true, count: 12, passed: 12, failures: 0, errors: 0, skipped: 0, files: ['junit.xml'] },
  coverage: { lines: 81.5, files: ['lcov.info'] },
  staticAnalysis: {
    run: true,
    tools: ['ESLint'],
    results: 0,
    errors: 0,
    warnings: 0,
    notes: 0,
    files: ['eslint.sarif'],
  },
};

const trackOf = (scores: EntityScore[], name: string, ref = scores[0]!.ref): TrackResult =>
  scores.find((s) => s.ref === ref)!.tracks.find((t) => t.track === name)!;
const resultOf = (track: TrackResult, check: string) =>
  track.levels.flatMap((l) => l.checks).find((c) => c.check === check)!;

describe("the talk's track, Test Certified", () => {
  const files = {
    'catalog-info.yaml': componentYaml('player'),
    '.github/workflows/ci.yml': WORKFLOW,
    'slos.yaml': 'apiVersion: openslo/v1\nkind: SLO\n',
  };

  it('reaches level 2 when a workflow runs the tests and CI reports them passing, with the evidence for each check', async () => {
    const talk = trackOf(await repository(files, { ci: PASSING }), 'test-certified');
    expect(talk.level).toBe(2);
    expect(talk.next).toBeUndefined();
    expect(resultOf(talk, 'tests-run-on-ci')).toMatchObject({
      state: 'passed',
      evidence: expect.stringMatching(/^\.github\/workflows\/ci\.yml:9 matches /),
    });
    expect(resultOf(talk, 'coverage-is-known')).toMatchObject({
      state: 'passed',
      evidence: 'ci.coverage.lines is set',
    });
    expect(resultOf(talk, 'slis-are-defined')).toMatchObject({ state: 'passed', evidence: 'slos.yaml exists' });
    expect(resultOf(talk, 'tests-passed-on-ci')).toMatchObject({
      state: 'passed',
      evidence: 'ci.tests.count is 12; ci.tests.failures is 0; ci.tests.errors is 0',
    });
  });

  it('without CI facts, reaches no level: coverage is not reported, which is what to fix next', async () => {
    const talk = trackOf(await repository(files), 'test-certified');
    expect(talk.level).toBe(0);
    expect(resultOf(talk, 'tests-run-on-ci').state).toBe('passed');
    // Static analysis is not reported by CI, and not seen in the workflow either.
    expect(resultOf(talk, 'static-analysis-performed').state).toBe('not-reported');
    expect(talk.next).toMatchObject({
      check: 'coverage-is-known',
      state: 'not-reported',
      evidence: expect.stringContaining('no CI facts reported for this commit'),
    });
  });

  it('with failing tests, stays at level 1 and says which fact failed', async () => {
    const failing = { ...PASSING, tests: { ...PASSING.tests!, passed: 10, failures: 2 } };
    const talk = trackOf(await repository(files, { ci: failing }), 'test-certified');
    expect(talk.level).toBe(1);
    expect(talk.next).toMatchObject({
      check: 'tests-passed-on-ci',
      state: 'failed',
      evidence: 'ci.tests.failures is 2 (wanted = 0)',
    });
  });

  it('loses level 1 when the test workflow goes', async () => {
    const { '.github/workflows/ci.yml': _gone, ...withoutWorkflow } = files;
    const talk = trackOf(await repository(withoutWorkflow, { ci: PASSING }), 'test-certified');
    expect(talk.level).toBe(0);
    expect(talk.next).toMatchObject({
      check: 'tests-run-on-ci',
      state: 'failed',
      evidence: 'no file matches /.github/workflows/*.{yml,yaml}',
    });
  });

  it('counts an exemption as passing until it expires, and says who granted it and why', async () => {
    const { 'slos.yaml': _gone, ...withoutSlos } = files;
    const exemption = {
      entity: 'component:default/player',
      track: 'test-certified',
      check: 'slis-are-defined',
      justification: 'Internal tool without users.',
      author: 'lin',
      source: 'exemptions.yaml',
      line: 5,
    };
    const exempt = trackOf(
      await repository(withoutSlos, { ci: PASSING, exemptions: [{ ...exemption, expires: '2027-01-31' }] }),
      'test-certified',
    );
    expect(exempt.level).toBe(2);
    expect(resultOf(exempt, 'slis-are-defined')).toMatchObject({
      state: 'exempt',
      exemption: { author: 'lin', expires: '2027-01-31' },
      evidence: expect.stringContaining('granted by lin: Internal tool without users.'),
    });
    const expired = trackOf(
      await repository(withoutSlos, { ci: PASSING, exemptions: [{ ...exemption, expires: '2026-11-23' }] }),
      'test-certified',
    );
    expect(expired.level).toBe(0);
    expect(resultOf(expired, 'slis-are-defined').state).toBe('failed');
  });
});

describe('levels and results', () => {
  it('a failing warning is shown but does not keep the level out of reach', async () => {
    const descriptor = componentYaml('player').replace(
      'metadata:\n',
      'metadata:\n  description: Plays.\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n',
    );
    const docs = trackOf(
      await repository({ 'catalog-info.yaml': descriptor, 'README.md': '#\n', 'mkdocs.yml': 'site_name: x\n' }),
      'documentation',
    );
    expect(resultOf(docs, 'has-links')).toMatchObject({ state: 'warning', severity: 'warning' });
    expect(docs.level).toBe(3); // level 3 does not apply to a Component: nothing blocks it
    expect(resultOf(docs, 'provides-described-apis').state).toBe('not-applicable');
  });

  it('a track applies only to the entities its filter names', async () => {
    const api =
      'apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: player-api\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition: "openapi: 3.0.0"\n';
    const scores = await repository({ 'catalog-info.yaml': componentYaml('player'), 'api/catalog-info.yaml': api });
    expect(scores.find((s) => s.ref === 'api:default/player-api')!.tracks.map((t) => t.track)).toEqual([
      'documentation',
      'ownership',
    ]);
    expect(scores.find((s) => s.ref === 'component:default/player')!.tracks.map((t) => t.track)).toEqual([
      'documentation',
      'ownership',
      'security-basics',
      'test-certified',
    ]);
  });
});

describe('rules', () => {
  const monorepo = {
    'catalog-info.yaml': componentYaml('root'),
    'README.md': '#\n',
    'services/a/catalog-info.yaml': componentYaml('svc-a'),
    'services/a/go.mod': 'module a\n',
  };

  it("a file glob starts at the entity's folder, or at the repository root with a leading /", async () => {
    const scores = await repository(monorepo, { tracks: rules('{ all: [{ file: go.mod }, { file: /README.md }] }') });
    expect(scores.map((s) => [s.ref, s.tracks[0]!.levels[0]!.checks[0]!.state])).toEqual([
      ['component:default/root', 'failed'],
      ['component:default/svc-a', 'passed'],
    ]);
  });

  it('reads values at a path in JSON, YAML and TOML files, and says when a file does not parse', async () => {
    expect(
      await judge('{ file: package.json, path: $.scripts.test, operator: exists }', {
        'catalog-info.yaml': componentYaml('x'),
        'package.json': '{"scripts": {"test": "vitest run"}}',
      }),
    ).toMatchObject({ state: 'passed', evidence: 'package.json $.scripts.test is set' });
    expect(
      await judge(
        '{ file: pyproject.toml, path: $.tool.pytest.ini_options.minversion, operator: greaterThanInclusive, value: 7 }',
        {
          'catalog-info.yaml': componentYaml('x'),
          'pyproject.toml': '[tool.pytest.ini_options]\nminversion = "8.0"\n',
        },
      ),
    ).toMatchObject({ state: 'passed' });
    expect(
      await judge('{ file: .nvmrc.yaml, path: $.node, operator: equal, value: 24 }', {
        'catalog-info.yaml': componentYaml('x'),
        '.nvmrc.yaml': 'node: 20\n',
      }),
    ).toMatchObject({ state: 'failed', evidence: '.nvmrc.yaml $.node is 20 (wanted = 24)' });
    expect(
      await judge('{ file: package.json, path: $.name, operator: exists }', {
        'catalog-info.yaml': componentYaml('x'),
        'package.json': '{"name": ',
      }),
    ).toMatchObject({ state: 'error', evidence: expect.stringMatching(/^package\.json could not be parsed: /) });
  });

  it('all, any and not: a fact not reported decides only what the known parts leave open', async () => {
    const files = { 'catalog-info.yaml': componentYaml('x'), 'README.md': '#\n' };
    expect(
      (await judge('{ any: [{ fact: ci.tests.run, operator: equal, value: true }, { file: README.md }] }', files))
        .state,
    ).toBe('passed');
    expect(
      (await judge('{ all: [{ fact: ci.tests.run, operator: equal, value: true }, { file: LICENSE }] }', files)).state,
    ).toBe('failed');
    expect(
      (await judge('{ all: [{ fact: ci.tests.run, operator: equal, value: true }, { file: README.md }] }', files))
        .state,
    ).toBe('not-reported');
    expect((await judge('{ not: { fact: ci.tests.run, operator: equal, value: true } }', files)).state).toBe(
      'not-reported',
    );
    expect((await judge('{ not: { file: LICENSE } }', files)).state).toBe('passed');
  });

  it('matches file contents line by line, reading no more files than a rule needs', async () => {
    const read: string[][] = [];
    const files = {
      'catalog-info.yaml': componentYaml('x'),
      'src/a.ts': 'const a = 1;\n// TODO: remove\n',
      'src/b.ts': 'export {};\n',
      'docs/c.md': '#\n',
    };
    const result = await judge("{ file: 'src/*.ts', operator: doesNotMatch, value: 'TODO: remove' }", files, {
      read: async (paths) => (read.push(paths), new Map(paths.map((p) => [p, files[p as keyof typeof files]]))),
    });
    expect(result).toMatchObject({ state: 'failed', evidence: 'src/a.ts:2 matches TODO: remove' });
    expect(read).toEqual([['src/a.ts', 'src/b.ts']]);
  });

  it('relation facts come from the catalog; without one they are not reported', async () => {
    const result = await judge('{ fact: catalog.deprecatedDependencies, operator: equal, value: [] }', {
      'catalog-info.yaml': componentYaml('x'),
    });
    expect(result).toMatchObject({
      state: 'not-reported',
      evidence: expect.stringContaining('no catalog to resolve it against'),
    });
  });

  it("CODEOWNERS agrees with the catalog owner when it names the owner's team for the entity's folder", async () => {
    const files = {
      'catalog-info.yaml': componentYaml('x'),
      'services/a/catalog-info.yaml': componentYaml('svc-a').replace('team-a', 'team-b'),
      '.github/CODEOWNERS': '* @acme/team-a\n/services/a/ @acme/team-c\n',
    };
    const scores = await repository(files, {
      tracks: rules('{ fact: github.codeowners, path: $.agreesWithCatalog, operator: equal, value: true }'),
      organization: 'acme',
    });
    expect(scores.map((s) => [s.ref, s.tracks[0]!.levels[0]!.checks[0]!.state])).toEqual([
      ['component:default/x', 'passed'],
      ['component:default/svc-a', 'failed'],
    ]);
  });
});
