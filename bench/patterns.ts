/**
 * Regular-expression engines for patterns that meet repository content, compared: V8's RegExp
 * (backtracking, the baseline), re2js through Callboard's linearRegex (the engine chosen), and,
 * when installed beside the project (`npm install --no-save re2-wasm re2`), re2-wasm and the
 * native re2 binding. Correctness: agreement with JavaScript's meaning on a table of patterns that
 * users write (the shipped tracks' among them), refused patterns counted apart. Speed: the shipped
 * Test Certified patterns over a realistic workflow and over a megabyte of prose; adversarial
 * inputs, with V8 on inputs small enough to finish.
 */
/* eslint-disable
     regexp/no-unused-capturing-group,
     regexp/no-contradiction-with-assertion,
     regexp/no-useless-flag,
     regexp/no-super-linear-backtracking,
     regexp/no-super-linear-move,
     regexp/no-misleading-capturing-group
     -- the bench runs the patterns users write, backtracking ones on purpose */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { linearRegex } from '../app/core/patterns/linear-regex.ts';

interface Engine {
  name: string;
  compile(source: string, flags: string): { test(text: string): boolean };
}

const line = (name: string, value: number | string, unit = '') =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ''}`);
const require = createRequire(`${process.env.PATTERN_ENGINES_DIR ?? process.cwd()}/`);

function optional(name: string, make: (module: never) => Engine['compile']): Engine[] {
  try {
    return [{ name, compile: make(require(name) as never) }];
  } catch {
    return [];
  }
}

const engines: Engine[] = [
  { name: 'V8 RegExp', compile: (s, f) => new RegExp(s, f) },
  { name: 're2js (linearRegex)', compile: (s, f) => linearRegex(s, f) },
  ...optional(
    're2-wasm',
    (m: { RE2: new (s: string, f: string) => { test(t: string): boolean } }) => (s, f) =>
      new m.RE2(s, f.includes('u') ? f : `${f}u`),
  ),
  ...optional('re2', (m: new (s: string, f: string) => { test(t: string): boolean }) => (s, f) => new m(s, f)),
];

const TEST_CERTIFIED = String.raw`\b(npm (run )?test|npm run test:\w+|npx (vitest|jest|mocha)|yarn test|pnpm (run )?test|pytest|tox|go test|cargo test|mvn\b.*\b(test|verify)|gradlew?\b.*\b(test|check)|dotnet test|rspec|rake test|mix test|ctest|make test)\b`;
const STATIC_ANALYSIS = String.raw`\b(github/codeql-action|eslint|ruff|golangci-lint|sonar\w*|semgrep|spotbugs|checkstyle|pylint|mypy|clippy|rubocop)\b`;

/** [pattern, flags, inputs]: what a track or a schema writes; JavaScript's answer is the reference. */
const TABLE: [string, string, string[]][] = [
  [
    TEST_CERTIFIED,
    'm',
    ['run: mvn -B verify', 'run: npm run test:unit', 'run: npm ci', 'mvn package', 'run: ./gradlew check'],
  ],
  [STATIC_ANALYSIS, 'm', ['uses: github/codeql-action/init@v3', 'run: npx eslint .', 'run: echo lint']],
  [String.raw`\bpull_request_target\b`, 'm', ['on: pull_request_target', 'on: pull_request']],
  ['npm (run )?test', 'm', ['npm test', 'npm run test', 'npm run build']],
  ['license', 'im', ['LICENSE', 'Licensed']],
  ['^run: npm test$', 'm', ['x\r\nrun: npm test\r\ny', 'x\nrun: npm test\ny', 'run: npm test --ci']],
  ['a.b', 'm', ['a\nb', 'a\rb', 'a\u2028b', 'axb']],
  ['a.b', 'ms', ['a\nb']],
  [String.raw`a\sb`, '', ['a\u00a0b', 'a\u2028b', 'a\vb', 'a b']],
  [String.raw`[^\S]`, '', ['\u00a0', 'x']],
  [String.raw`\u0041\x42\cJ`, '', ['AB\n']],
  [String.raw`\u{1F600}`, 'u', ['😀']],
  [String.raw`\p{Lu}\p{Script=Greek}`, 'u', ['Éα', 'eα']],
  ['[^]', '', ['\n']],
  ['(?<year>\\d{4})-\\k<year>', '', ['2024-2024']],
  ['(a)\\1', '', ['aa']],
  ['foo(?=bar)', '', ['foobar']],
  ['(?<!x)y', '', ['ay']],
  [String.raw`^[a-z0-9]+(?:-[a-z0-9]+)*$`, 'u', ['tests-run-on-ci', 'Bad--id']],
  [String.raw`^\d{4}-\d{2}-\d{2}$`, 'u', ['2027-03-31', '2027-3-31']],
  ['a{,3}', '', ['a{,3}', 'aaa']],
  [String.raw`\Q.\E`, '', ['Q.E', '.']],
];

function correctness(engine: Engine) {
  let agree = 0;
  let differ = 0;
  let refused = 0;
  for (const [source, flags, inputs] of TABLE) {
    const reference = new RegExp(source, flags);
    let compiled: { test(text: string): boolean };
    try {
      compiled = engine.compile(source, flags);
    } catch {
      refused += inputs.length;
      continue;
    }
    for (const input of inputs) {
      if (compiled.test(input) === reference.test(input)) agree++;
      else differ++;
    }
  }
  line(
    `${engine.name} agrees with JavaScript`,
    `${agree}, differs ${differ}, refuses ${refused} (of ${TABLE.reduce((n, [, , i]) => n + i.length, 0)})`,
  );
}

function timed(run: () => void, rounds = 3): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const WORKFLOW = `name: ci\non: [push, pull_request]\njobs:\n${Array.from({ length: 40 }, (_, i) => `  job${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with: { node-version: 24 }\n      - run: npm ci\n      - run: echo step ${i}\n`).join('')}`;
const PROSE = 'The quick brown fox jumps over the lazy dog; then it runs the build. '
  .repeat(Math.ceil(1_000_000 / 70))
  .slice(0, 1_000_000);

for (const engine of engines) correctness(engine);
line('workflow size', WORKFLOW.length, 'chars');
for (const engine of engines) {
  const tests = engine.compile(TEST_CERTIFIED, 'm');
  const lint = engine.compile(STATIC_ANALYSIS, 'm');
  line(
    `${engine.name}: the two Test Certified patterns over the workflow`,
    (
      (timed(() => {
        for (let i = 0; i < 200; i++) {
          tests.test(WORKFLOW);
          lint.test(WORKFLOW);
        }
      }) /
        200) *
      1000
    ).toFixed(1),
    'µs',
  );
  line(`${engine.name}: Test Certified over 1 MB of prose`, timed(() => tests.test(PROSE)).toFixed(1), 'ms');
}

const linear = engines.filter((e) => e.name !== 'V8 RegExp');
const mvn = (chars: number) => 'mvn '.repeat(chars / 4);
const as = (n: number) => `${'a'.repeat(n)}!`;
line(
  'V8 RegExp: Test Certified over 25 KB of `mvn `',
  timed(() => new RegExp(TEST_CERTIFIED, 'm').test(mvn(25_000)), 1).toFixed(0),
  'ms',
);
line(
  'V8 RegExp: Test Certified over 50 KB of `mvn `',
  timed(() => new RegExp(TEST_CERTIFIED, 'm').test(mvn(50_000)), 1).toFixed(0),
  'ms',
);
for (const n of [22, 24, 26])
  line(`V8 RegExp: (a+)+$ over ${n} a`, timed(() => /(a+)+$/.test(as(n)), 1).toFixed(0), 'ms');
for (const engine of linear) {
  line(
    `${engine.name}: Test Certified over 1 MB of \`mvn \``,
    timed(() => engine.compile(TEST_CERTIFIED, 'm').test(mvn(1_000_000))).toFixed(0),
    'ms',
  );
  line(
    `${engine.name}: (a+)+$ over 1,000,000 a`,
    timed(() => engine.compile('(a+)+$', 'm').test(as(1_000_000))).toFixed(0),
    'ms',
  );
}
