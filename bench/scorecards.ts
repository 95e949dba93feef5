/**
 * Scorecard evaluation time: 50 checks (five levels of ten: files by glob, workflow contents,
 * values in package.json, descriptor fields, CI facts, any/all) over BENCH_REPOSITORIES synthetic
 * repositories (10,000 by default), against the same checks run by json-rules-engine — the engine
 * Backstage's Tech Insights evaluates its checks with — with the same facts (repository files as
 * dynamic facts, globs and regular expressions as custom operators), in the same run, rounds
 * interleaved, best kept. Both must pass the same checks, or the comparison says so.
 */
import { performance } from 'node:perf_hooks';
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import picomatch from 'picomatch';
import type { Entity } from '../app/core/model/entity.ts';
import { filesNeeded, scoreEntity } from '../app/core/scorecard/score-entity.ts';
import type { Check, Condition, Track } from '../app/core/scorecard/scorecard-model.ts';
import type { ReportedCiFacts, ScoringSubject } from '../app/core/scorecard/scoring-subject.ts';
import { random } from './synthetic-org.ts';

const N = Number(process.env.BENCH_REPOSITORIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const line = (name: string, value: number | string, unit = '') =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ''}`);

const rand = random(7);
const chance = (p: number) => rand() < p;

// Ten kinds of check, five variants each: 50 checks.
const kinds = (v: number): Condition[] => [
  { file: v % 2 ? 'README*' : '/README.md', operator: 'exists' },
  {
    file: ['/SECURITY.md', '/.github/CODEOWNERS', '/LICENSE', '/CHANGELOG.md', '/.github/dependabot.yml'][v]!,
    operator: 'exists',
  },
  {
    file: '/.github/workflows/*.{yml,yaml}',
    operator: 'matches',
    value: ['npm (run )?test', 'eslint', 'actions/checkout', 'go test|pytest', 'codeql'][v]!,
  },
  {
    file: 'package.json',
    path: ['$.scripts.test', '$.scripts.lint', '$.engines.node', '$.scripts.build', '$.license'][v]!,
    operator: 'exists',
  },
  {
    fact: 'entity',
    path: ['$.metadata.description', '$.metadata.tags', '$.spec.system', '$.metadata.links', '$.metadata.annotations'][
      v
    ]!,
    operator: 'exists',
  },
  {
    fact: 'entity.lifecycle',
    operator: 'in',
    value: [
      ['production'],
      ['production', 'experimental'],
      ['experimental'],
      ['deprecated'],
      ['production', 'deprecated'],
    ][v],
  },
  { fact: 'ci.tests.count', operator: 'greaterThan', value: v * 10 },
  { fact: 'ci.coverage.lines', operator: 'greaterThanInclusive', value: 50 + v * 10 },
  {
    any: [
      { fact: 'ci.staticAnalysis.run', operator: 'equal', value: true },
      {
        file: '/.github/workflows/*.{yml,yaml}',
        operator: 'matches',
        value: ['eslint', 'ruff', 'golangci', 'sonar', 'semgrep'][v]!,
      },
    ],
  },
  {
    all: [
      { fact: 'entity.tags', operator: 'contains', value: ['java', 'go', 'typescript', 'python', 'rest'][v] },
      { fact: 'ci.tests.failures', operator: 'equal', value: 0 },
    ],
  },
];
const checks: Check[] = Array.from({ length: 5 }, (_v, v) =>
  kinds(v).map((rule, k): Check => ({ id: `c${v}-${k}`, title: `Check ${v}-${k}`, severity: 'error', rule })),
).flat();
const track: Track = {
  name: 'bench',
  title: 'Bench',
  source: 'bench',
  levels: Array.from({ length: 5 }, (_l, l) => ({
    ordinal: l + 1,
    name: `Level ${l + 1}`,
    required: false,
    checks: checks.slice(l * 10, l * 10 + 10),
  })),
};

interface Repo {
  subject: ScoringSubject;
  texts: Map<string, string>;
}

function syntheticRepo(i: number): Repo {
  const name = `service-${i}`;
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      ...(chance(0.7) ? { description: 'Does things.' } : {}),
      ...(chance(0.6) ? { tags: [['java', 'go', 'typescript', 'python', 'rest'][i % 5]!] } : {}),
    },
    spec: {
      type: 'service',
      lifecycle: ['production', 'experimental', 'deprecated'][i % 3],
      owner: `team-${i % 40}`,
      ...(chance(0.5) ? { system: `system-${i % 20}` } : {}),
    },
  };
  const paths = ['catalog-info.yaml', ...Array.from({ length: 25 }, (_x, k) => `src/module-${k}.ts`)];
  const texts = new Map<string, string>();
  if (chance(0.8)) paths.push('README.md');
  for (const extra of ['SECURITY.md', '.github/CODEOWNERS', 'LICENSE', 'CHANGELOG.md', '.github/dependabot.yml'])
    if (chance(0.5)) paths.push(extra);
  if (chance(0.85)) {
    paths.push('.github/workflows/ci.yml');
    texts.set(
      '.github/workflows/ci.yml',
      `name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${chance(0.7) ? '      - run: npm test\n' : ''}${chance(0.5) ? '      - run: npx eslint .\n' : ''}${chance(0.2) ? '      - uses: github/codeql-action/analyze@v3\n' : ''}`,
    );
  }
  if (chance(0.9)) {
    paths.push('package.json');
    texts.set(
      'package.json',
      JSON.stringify({
        name,
        scripts: {
          ...(chance(0.8) ? { test: 'vitest run' } : {}),
          ...(chance(0.5) ? { lint: 'eslint .' } : {}),
          build: 'tsc',
        },
        ...(chance(0.5) ? { engines: { node: '>=24' } } : {}),
      }),
    );
  }
  const ci: ReportedCiFacts | undefined = chance(0.7)
    ? {
        tests: {
          run: true,
          count: Math.floor(rand() * 80),
          passed: 0,
          failures: chance(0.1) ? 1 : 0,
          errors: 0,
          skipped: 0,
          files: [],
        },
        coverage: { lines: Math.round(rand() * 100), files: [] },
        ...(chance(0.4)
          ? {
              staticAnalysis: { run: true, tools: ['ESLint'], results: 0, errors: 0, warnings: 0, notes: 0, files: [] },
            }
          : {}),
      }
    : undefined;
  paths.sort();
  const subject: ScoringSubject = {
    ref: `component:default/${name}`,
    entity,
    folder: '',
    files: { paths, text: (p) => texts.get(p) },
    ...(ci ? { ci } : {}),
  };
  return { subject, texts };
}

const repos = Array.from({ length: N }, (_x, i) => syntheticRepo(i));
const now = new Date('2026-11-24T00:00:00Z');

function callboard(): { ms: number; passed: number } {
  const start = performance.now();
  let passed = 0;
  for (const { subject } of repos) {
    filesNeeded([track], subject);
    const [result] = scoreEntity(subject, [track], { now }).tracks;
    for (const level of result!.levels) for (const c of level.checks) if (c.state === 'passed') passed++;
  }
  return { ms: performance.now() - start, passed };
}

// json-rules-engine: the same checks as rules; files as dynamic facts, globs and regular expressions as custom
// operators.
const FACT_PATHS: Record<string, [string, string]> = {
  'entity.lifecycle': ['entity', '$.spec.lifecycle'],
  'entity.tags': ['entity', '$.metadata.tags'],
  'ci.tests.count': ['ci', '$.tests.count'],
  'ci.tests.failures': ['ci', '$.tests.failures'],
  'ci.coverage.lines': ['ci', '$.coverage.lines'],
  'ci.staticAnalysis.run': ['ci', '$.staticAnalysis.run'],
};
function asRulesEngine(c: Condition): TopLevelCondition | Record<string, unknown> {
  if ('all' in c) return { all: c.all.map(asRulesEngine) };
  if ('any' in c) return { any: c.any.map(asRulesEngine) };
  if ('not' in c) return { not: asRulesEngine(c.not) };
  if ('file' in c) {
    const glob = c.file.replace(/^\//, '');
    if (c.path) return { fact: 'fileJson', params: { glob }, path: c.path, operator: 'isSet', value: true };
    if (c.operator === 'matches')
      return { fact: 'fileTexts', params: { glob }, operator: 'anyMatches', value: c.value };
    return { fact: 'paths', operator: 'anyGlob', value: glob };
  }
  const [fact, path] = c.fact === 'entity' ? ['entity', c.path!] : FACT_PATHS[c.fact]!;
  return c.operator === 'exists'
    ? { fact, path, operator: 'isSet', value: true }
    : { fact, path, operator: c.operator, value: c.value };
}
const globs = new Map<string, (p: string) => boolean>();
// One argument only: picomatch's matcher takes a second (returnObject), which Array callbacks would fill with the
// index.
const glob = (g: string) => {
  if (!globs.has(g)) {
    const isMatch = picomatch(g, { dot: true });
    globs.set(g, (p: string) => isMatch(p));
  }
  return globs.get(g)!;
};
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addOperator('isSet', (a: unknown) => a !== undefined && a !== null);
engine.addOperator('anyGlob', (paths: string[], g: string) => paths.some(glob(g)));
engine.addOperator('anyMatches', (texts: string[], re: string) => texts.some((t) => new RegExp(re, 'm').test(t)));
// A rule's root must be all/any/not: a single condition is wrapped.
const root = (c: Condition) =>
  'all' in c || 'any' in c || 'not' in c ? asRulesEngine(c) : { all: [asRulesEngine(c)] };
for (const check of checks)
  engine.addRule({ name: check.id, conditions: root(check.rule), event: { type: check.id } } as RuleProperties);

async function rulesEngine(): Promise<{ ms: number; passed: number }> {
  const start = performance.now();
  let passed = 0;
  for (const { subject, texts } of repos) {
    const paths = subject.files.paths as string[];
    const facts = {
      entity: subject.entity,
      ci: subject.ci ?? {},
      paths,
      fileTexts: (params: { glob: string }) => paths.filter(glob(params.glob)).flatMap((p) => texts.get(p) ?? []),
      fileJson: (params: { glob: string }) => {
        const path = paths.find(glob(params.glob));
        return path && texts.has(path) ? JSON.parse(texts.get(path)!) : undefined;
      },
    };
    const { events } = await engine.run(facts);
    passed += events.length;
  }
  return { ms: performance.now() - start, passed };
}

const best = { callboard: Infinity, engine: Infinity };
let agree = { callboard: 0, engine: 0 };
for (let r = 0; r < ROUNDS; r++) {
  const a = callboard();
  const b = await rulesEngine();
  best.callboard = Math.min(best.callboard, a.ms);
  best.engine = Math.min(best.engine, b.ms);
  agree = { callboard: a.passed, engine: b.passed };
}
const evaluations = N * checks.length;
line('repositories', N);
line('checks', checks.length);
line('check evaluations', evaluations);
line('checks passed (callboard)', agree.callboard);
line('checks passed (json-rules-engine)', agree.engine);
line('same checks passed', agree.callboard === agree.engine ? 'yes' : 'NO');
line('callboard evaluation time', Math.round(best.callboard), 'ms');
line('json-rules-engine evaluation time', Math.round(best.engine), 'ms');
line('callboard evaluations per second', Math.round(evaluations / (best.callboard / 1000)), 'checks/s');
line('json-rules-engine evaluations per second', Math.round(evaluations / (best.engine / 1000)), 'checks/s');
line('callboard vs json-rules-engine', (best.engine / best.callboard).toFixed(2), 'x');
