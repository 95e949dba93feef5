/**
 * Scorecard files read into tracks: Callboard's starter tracks (templates/scorecards) as shipped,
 * the talk's "Test Certified" track as it stands, and every kind of mistake an author makes, each
 * placed on its line with a fix, without taking the other tracks down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesNeeded } from '../../../app/core/scorecard/fact-names.ts';
import { parseScorecards } from '../../../app/core/scorecard/parse-scorecards.ts';

const STARTERS = join(import.meta.dirname, '..', '..', '..', 'templates', 'scorecards');
const starters = readdirSync(STARTERS)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({ path: `scorecards/${n}`, text: readFileSync(join(STARTERS, n), 'utf8') }));
const TODAY = '2026-11-24';

const track = (checks: string, extra = '') => `apiVersion: callboard.dev/v1
kind: Track
metadata:
  name: basics${extra}
spec:
  levels:
    - checks:
${checks}`;
const problemsOf = (text: string, path = 'scorecards/basics.yaml') => parseScorecards([{ path, text }], TODAY);

describe('the starter tracks', () => {
  it('parse without a problem', () => {
    const parsed = parseScorecards(starters, TODAY);
    expect(parsed.files).toEqual([]);
    expect(parsed.tracks.map((t) => t.name)).toEqual([
      'documentation',
      'ownership',
      'security-basics',
      'test-certified',
    ]);
  });

  it("ship the talk's track as it stands: Test Certified, level 1 of four checks, level 2 on the JUnit test count", () => {
    const talk = parseScorecards(starters, TODAY).tracks.find((t) => t.name === 'test-certified')!;
    expect(talk.title).toBe('Test Certified');
    expect(talk.levels.map((l) => [l.ordinal, l.name, l.checks.map((c) => c.title)])).toEqual([
      [1, 'Tests run on CI', ['Tests run on CI', 'Coverage is known', 'Static analysis performed', 'SLIs are defined']],
      [2, 'Tests passed on CI', ['Tests passed on CI']],
    ]);
    expect(talk.levels[1]!.checks[0]!.rule).toMatchObject({
      all: expect.arrayContaining([{ fact: 'ci.tests.count', operator: 'greaterThan', value: 0 }]),
    });
  });
});

describe('what the tracks need read', () => {
  it('is only the sources their checks name, so a scoring run reads nothing else', () => {
    const byName = new Map(parseScorecards(starters, TODAY).tracks.map((t) => [t.name, t]));
    expect([...sourcesNeeded([byName.get('test-certified')!])].sort()).toEqual(['ci', 'entity', 'tree']);
    expect([...sourcesNeeded([byName.get('ownership')!])].sort()).toEqual(['catalog', 'entity', 'files', 'tree']);
    expect([...sourcesNeeded([byName.get('security-basics')!])].sort()).toEqual([
      'files',
      'github',
      'protection',
      'security',
      'tree',
    ]);
  });
});

describe('a scorecard file with a mistake', () => {
  it('names an unknown fact on its line, with the fact meant', () => {
    const { tracks, files } = problemsOf(
      track(
        '        - id: tests\n          title: Tests\n          rule: { fact: ci.test.count, operator: greaterThan, value: 0 }\n',
      ),
    );
    expect(tracks).toEqual([]);
    expect(files[0]!.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'scorecard',
        line: 10,
        message: 'There is no fact "ci.test.count"',
        fix: 'Did you mean "ci.tests.count"?',
      }),
    ]);
  });

  it('places schema problems: an unknown operator, a missing rule', () => {
    const { files } = problemsOf(
      track(
        '        - id: a\n          title: A\n          rule: { fact: entity.owner, operator: isSet }\n        - id: b\n          title: B\n',
      ),
    );
    const problems = files[0]!.problems.map((p) => [p.line, p.message]);
    expect(problems).toContainEqual([
      10,
      expect.stringContaining('"spec.levels[0].checks[0].rule.operator" must be one of "exists", "equal"'),
    ]);
    expect(problems).toContainEqual([11, '"spec.levels[0].checks[1].rule" is required for a track but is missing']);
  });

  it('refuses a regular expression that does not compile, a glob that leaves the repository, and a value of the wrong kind', () => {
    const { files } = problemsOf(
      track(
        "        - id: a\n          title: A\n          rule: { file: /README.md, operator: matches, value: '(unclosed' }\n" +
          '        - id: b\n          title: B\n          rule: { file: ../other/secrets.txt }\n' +
          '        - id: c\n          title: C\n          rule: { fact: ci.coverage.lines, operator: greaterThan, value: eighty }\n',
      ),
    );
    expect(files[0]!.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [10, 'The regular expression "(unclosed" is not valid'],
      [13, 'The glob "../other/secrets.txt" leaves the repository ("..")'],
      [16, 'The operator greaterThan needs a number, but found "eighty"'],
    ]);
  });

  it('refuses duplicate check ids and a second track of the same name, keeping the first', () => {
    const checks = '        - id: a\n          title: A\n          rule: { fact: entity.owner, operator: exists }\n';
    const parsed = parseScorecards(
      [
        { path: 'scorecards/one.yaml', text: track(checks) },
        { path: 'scorecards/two.yaml', text: track(checks + checks) },
      ],
      TODAY,
    );
    expect(parsed.tracks.map((t) => t.source)).toEqual(['scorecards/one.yaml']);
    expect(parsed.files.flatMap((f) => f.problems.map((p) => `${f.path}:${p.line} ${p.message}`))).toEqual([
      'scorecards/two.yaml:4 The track "basics" is already declared in scorecards/one.yaml',
      'scorecards/two.yaml:11 The check id "a" is already used by spec.levels[0].checks[0]',
    ]);
  });

  it('says when the YAML itself is broken, and keeps the other tracks', () => {
    const good = track(
      '        - id: a\n          title: A\n          rule: { fact: entity.owner, operator: exists }\n',
      '-good',
    );
    const parsed = parseScorecards(
      [
        { path: 'scorecards/bad.yaml', text: 'apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: x\n' },
        { path: 'scorecards/good.yaml', text: good },
      ],
      TODAY,
    );
    expect(parsed.tracks.map((t) => t.name)).toEqual(['basics-good']);
    expect(parsed.files).toEqual([
      { path: 'scorecards/bad.yaml', problems: [expect.objectContaining({ rule: 'yaml-syntax', severity: 'error' })] },
    ]);
  });

  it('says what the envelope should be', () => {
    const { files } = problemsOf('apiVersion: backstage.io/v1alpha1\nkind: Trak\nmetadata: { name: x }\nspec: {}\n');
    expect(files[0]!.problems.map((p) => [p.line, p.message, p.fix])).toEqual([
      [
        1,
        'apiVersion must be "callboard.dev/v1", but found "backstage.io/v1alpha1"',
        'Write "apiVersion: callboard.dev/v1".',
      ],
      [2, 'kind must be "Track" or "Exemptions", but found "Trak"', 'Did you mean "Track"?'],
    ]);
  });
});

describe('exemptions', () => {
  const exemptions = (entries: string) => ({
    path: 'scorecards/exemptions.yaml',
    text: `apiVersion: callboard.dev/v1\nkind: Exemptions\nspec:\n  exemptions:\n${entries}`,
  });
  const entry = (check: string, expires: string) =>
    `    - entity: component:default/artist-lookup\n      track: test-certified\n      check: ${check}\n      justification: A batch job has no service level to speak of.\n      author: lin\n      expires: ${expires}\n`;

  it('are kept with their author, justification, expiry and line', () => {
    const parsed = parseScorecards([...starters, exemptions(entry('slis-are-defined', '2027-03-31'))], TODAY);
    expect(parsed.exemptions).toEqual([
      expect.objectContaining({
        entity: 'component:default/artist-lookup',
        check: 'slis-are-defined',
        author: 'lin',
        expires: '2027-03-31',
        source: 'scorecards/exemptions.yaml',
        line: 5,
      }),
    ]);
  });

  it('that expired are dropped with a warning, and one naming a check the track lacks is an error', () => {
    const parsed = parseScorecards(
      [...starters, exemptions(entry('slis-are-defined', '2026-01-31') + entry('slis-are-defind', '2027-03-31'))],
      TODAY,
    );
    expect(parsed.exemptions).toEqual([]);
    expect(parsed.files[0]!.problems.map((p) => [p.severity, p.line, p.message, p.fix])).toEqual([
      [
        'warning',
        10,
        'This exemption expired on 2026-01-31 and no longer applies',
        'Renew it with a new date and justification, or remove it.',
      ],
      ['error', 13, 'The track "test-certified" has no check "slis-are-defind"', 'Did you mean "slis-are-defined"?'],
    ]);
  });
});
