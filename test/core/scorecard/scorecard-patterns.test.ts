/**
 * Patterns and data from a hostile repository: a track's regular expressions run in linear time on
 * any file (a million `a`s against `(a+)+$`, the shipped Test Certified track against megabytes of
 * `mvn `), keep the forms authors write (plain, /literal/flags, multiline), refuse what cannot run in
 * linear time with a problem on the construct itself, and data nested without end is an error
 * outcome, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../../app/core/budgets.ts';
import { MAX_FILES_PER_GLOB } from '../../../app/core/scorecard/evaluate-condition.ts';
import { parseScorecards } from '../../../app/core/scorecard/parse-scorecards.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { judge, scoreFiles } from '../../support/scoring.ts';

const entity = { 'catalog-info.yaml': componentYaml('x') };
/** Far above what linear matching takes here (milliseconds to a second), far below a quadratic run's minutes. */
const GENEROUS_MS = 20_000;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

describe('the forms of a pattern', () => {
  const readme = (text: string) => ({ ...entity, 'README.md': text });
  it.each([
    ['a plain pattern', 'npm (run )?test', 'run: npm run test\n', true],
    ['a literal with the i flag', '/license/i', 'See LICENSE.\n', true],
    ['multiline by default: ^ and $ at each line', '^run: npm test$', 'steps:\nrun: npm test\nmore\n', true],
    ['$ before a CRLF line end', '^run: npm test$', 'steps:\r\nrun: npm test\r\nmore\r\n', true],
    ['. stops at a line end', 'a.b', 'a\nb', false],
    ['the s flag: . crosses line ends', '/a.b/s', 'a\nb', true],
    ['the u flag: code point escapes', '/\\u{1F600}/u', 'smile 😀', true],
    ['\\s as JavaScript has it (a no-break space)', 'a\\sb', 'a\u00a0b', true],
    ['\\b and \\w', '\\bmvn\\b.*\\b(test|verify)\\b', 'run: mvn -B verify\n', true],
  ])('%s', async (_what, pattern, text, hit) => {
    const result = await judge(`{ file: README.md, operator: matches, value: '${pattern}' }`, readme(text));
    expect(result.state).toBe(hit ? 'passed' : 'failed');
  });

  it('says on which line the first match is', async () => {
    const result = await judge(
      "{ file: README.md, operator: matches, value: 'needle' }",
      readme('😀 a\nb\n\u2028c needle\n'),
    );
    expect(result).toMatchObject({ state: 'passed', evidence: 'README.md:3 matches needle' });
  });
});

describe('what cannot run in linear time is refused where it is written', () => {
  const refused: [string, string, string][] = [
    ['a lookahead', "'npm (?=test)'", 'The lookahead (?=test)'],
    ['a negative lookahead', "'npm (?!ci)'", 'The negative lookahead (?!ci)'],
    ['a lookbehind', "'(?<=npm )test'", 'The lookbehind (?<=npm )'],
    ['a negative lookbehind', "'(?<!p)npm'", 'The negative lookbehind (?<!p)'],
    ['a backreference', "'(\\w)\\1'", 'The backreference \\1'],
    ['a named backreference', "'/(?<q>\\w).*\\k<q>/u'", 'The backreference \\k<q>'],
    ['a count above 1000', "'a{2000}'", 'The repetition count in a{2000}'],
  ];
  it.each(refused)('%s', (_what, value, construct) => {
    const line = `          rule: { file: README.md, operator: matches, value: ${value} }`;
    const text = `apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: t }\nspec:\n  levels:\n    - checks:\n        - id: c\n          title: C\n${line}\n`;
    const parsed = parseScorecards([{ path: 'scorecards/t.yaml', text }], '2026-11-24');
    expect(parsed.tracks).toEqual([]);
    const [problem, ...others] = parsed.files[0]!.problems;
    expect(others).toEqual([]);
    const rawConstruct = construct.replace(/^The (?:negative )?[a-z]+(?: count in)? /, '');
    expect(problem).toMatchObject({
      severity: 'error',
      line: 9,
      column: line.indexOf(rawConstruct) + 1,
      message: expect.stringContaining(construct),
      fix: expect.any(String),
    });
    expect(problem!.endColumn - problem!.column).toBe(rawConstruct.length);
  });

  it('places a syntax error on its character too, and the rest of the file still counts', () => {
    const line = "          rule: { file: README.md, operator: matches, value: 'x(unclosed' }";
    const text = `apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: t }\nspec:\n  levels:\n    - checks:\n        - id: c\n          title: C\n${line}\n`;
    const [problem] = parseScorecards([{ path: 'scorecards/t.yaml', text }], '2026-11-24').files[0]!.problems;
    expect(problem).toMatchObject({
      line: 9,
      message: expect.stringContaining('Unterminated group'),
      column: line.indexOf("'x(unclosed'") + 1 + 'x(unclosed'.length,
    });
  });
});

describe('patterns against a hostile repository', () => {
  const pumped: [string, string, string][] = [
    // A content rule reads the first MAX_SCAN_CHARS (a million): the rejecting suffix must be within them.
    ['nested quantifiers on a million a', '(a+)+$', `${'a'.repeat(999_999)}!`],
    ['overlapping alternatives', '^(a|aa)*c$', 'a'.repeat(1_000_000)],
    ['words and spaces', '^(\\w+\\s?)*$', `${'word '.repeat(199_999)}!`],
    ['a repeated wildcard', '(.*a){20}x', 'a'.repeat(1_000_000)],
    ['digits', '^(\\d+)*[a-z]$', `${'1'.repeat(999_999)}!`],
  ];
  it.each(pumped)('%s', { timeout: 60_000 }, async (_what, pattern, text) => {
    const { result, ms } = await timed(() =>
      judge(`{ file: big.txt, operator: matches, value: '${pattern}' }`, { ...entity, 'big.txt': text }),
    );
    expect(result.state).toBe('failed');
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  // The shipped track's own patterns, pumped with each of their tool names, in as many files as a glob reads.
  const tokens = ['mvn ', 'gradlew ', 'npm run ', 'npx ', 'sonar', 'dotnet ', 'go ', 'make '];
  it.each(tokens)(
    'the shipped Test Certified track on %j repeated over 1 MB, in every workflow a glob reads',
    { timeout: 120_000 },
    async (token) => {
      const workflow = token.repeat(Math.ceil(1_000_000 / token.length));
      const workflows = Object.fromEntries(
        Array.from({ length: MAX_FILES_PER_GLOB }, (_, i) => [`.github/workflows/w${i}.yml`, workflow]),
      );
      const { result, ms } = await timed(() => scoreFiles({ ...entity, ...workflows }));
      const tests = result[0]!.tracks
        .find((t) => t.track === 'test-certified')!
        .levels[0]!.checks.find((c) => c.check === 'tests-run-on-ci')!;
      expect(tests).toMatchObject({
        state: 'failed',
        evidence: expect.stringContaining(`(${MAX_FILES_PER_GLOB} read)`),
      });
      expect(ms).toBeLessThan(GENEROUS_MS);
    },
  );
});

describe('globs against a hostile repository', () => {
  it('a file glob of six wildcards over long paths finds its file in linear time', { timeout: 60_000 }, async () => {
    const files = {
      ...entity,
      ...Object.fromEntries(
        Array.from({ length: 1000 }, (_, i) => [`deep/${'a'.repeat(1000)}/${i}${'a'.repeat(200)}`, '']),
      ),
      'x/aaaaaab': '',
    };
    const { result, ms } = await timed(() => judge("{ file: '/**/*a*a*a*a*a*a*b' }", files));
    expect(result).toMatchObject({ state: 'passed', evidence: 'x/aaaaaab exists' });
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('a negation glob is refused where it is written', () => {
    const line = "          rule: { file: '/docs/!(legacy)/*.md' }";
    const text = `apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: t }\nspec:\n  levels:\n    - checks:\n        - id: c\n          title: C\n${line}\n`;
    const [problem] = parseScorecards([{ path: 'scorecards/t.yaml', text }], '2026-11-24').files[0]!.problems;
    expect(problem).toMatchObject({
      line: 9,
      message:
        'The glob "docs/!(legacy)/*.md" uses a negation (a leading ! or !(…)), which cannot be matched in linear time',
      fix: expect.any(String),
    });
  });
});

describe('data nested without end', () => {
  const nestedJson = (depth: number) => `${'{"a":'.repeat(depth)}{"x":1}${'}'.repeat(depth)}`;

  it.each([10_000, 1_000_000])(
    'a package.json nested %i levels deep is an error outcome with evidence, not a crash',
    async (depth) => {
      const result = await judge('{ file: package.json, path: $..x, operator: exists }', {
        ...entity,
        'package.json': nestedJson(depth),
      });
      expect(result).toMatchObject({
        state: 'error',
        evidence: `package.json is nested deeper than ${BUDGETS.depth} levels; not evaluated`,
      });
    },
  );

  it('data nested within the limit is read as usual', async () => {
    const result = await judge('{ file: package.json, path: $..x, operator: exists }', {
      ...entity,
      'package.json': nestedJson(BUDGETS.depth - 1),
    });
    expect(result.state).toBe('passed');
  });

  it.each([
    ['YAML', 'deep.yaml', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['TOML', 'deep.toml', `a = ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('deep %s is an error outcome too', async (_what, path, text) => {
    const result = await judge(`{ file: ${path}, path: $..x, operator: exists }`, { ...entity, [path]: text });
    expect(result.state).toBe('error');
  });

  it('an entity nested deeper than the limit is an error outcome for the entity fact', async () => {
    const deep = `${'\n'}  deep: ${nestedJson(1_000)}`;
    const result = await judge('{ fact: entity, path: $..x, operator: exists }', {
      'catalog-info.yaml': componentYaml('x', deep),
    });
    expect(result).toMatchObject({
      state: 'error',
      evidence: `entity is nested deeper than ${BUDGETS.depth} levels; not evaluated`,
    });
  });
});
