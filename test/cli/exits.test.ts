/**
 * Every way out of the CLI (the bundle, as `npx callboard` runs it) is a documented exit code with
 * one clear line: a user's mistake exits 2 naming it, never a stack trace unless --debug asks; a bug
 * exits 3; and nothing that cannot mean anything passes quietly.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../app/cli/main.ts';
import { inThisThread } from '../../app/core/content-work.ts';
import { plainStyle } from '../../app/core/report/format-text.ts';
import { CALLBOARD_VERSION } from '../../app/core/version.ts';
import { componentYaml } from '../support/descriptors.ts';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const org = tempRepo({
  'player/catalog-info.yaml': componentYaml('player'),
  'player/.git/HEAD': 'ref: refs/heads/main\n',
  'player/README.md': '# player\n',
  'empty/README.md': '# nothing described here\n',
  'tracks/x.yaml/README.md': 'a folder named like a track\n',
  'tracks/basics.yaml':
    'apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: basics, title: Basics }\nspec:\n  levels:\n    - name: one\n      checks:\n        - { id: readme, title: README, rule: { file: README.md } }\n',
});
const nested = tempRepo({ 'teams/player/catalog-info.yaml': componentYaml('player') });
const out = tempRepo({});
const callboard = (cwd: string, ...args: string[]) => runBundle('cli/index.js', args, { cwd });
mkdirSync(join(org, 'catalog-out'), { recursive: true });
const built = callboard(org, 'catalog', 'build', join(org), '--out', out, '--org', 'acme');

/** One line on stderr, no stack trace, the exit code asked for. */
function expectMistake(run: ReturnType<typeof callboard>, code: number, says: RegExp) {
  expect(run.stderr.trim()).toMatch(says);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^ {2,}at /m);
  expect(run.status).toBe(code);
}

describe('the exits of the CLI', () => {
  it('prints its version', () => {
    for (const flag of ['--version', '-v'])
      expect(callboard(org, flag)).toMatchObject({ status: 0, stdout: `${CALLBOARD_VERSION}\n` });
  });

  it.each([
    [
      'validate where no descriptor exists',
      ['validate'],
      'empty',
      /^callboard validate: no catalog-info\.yaml below the current folder \(.*empty\); give the files or folders to check$/,
    ],
    [
      'validate with a glob that matches nothing',
      ['validate', 'servces/**/catalog-info.yaml'],
      'player',
      /^callboard validate: servces\/\*\*\/catalog-info\.yaml: matches no file$/,
    ],
    [
      'validate a folder that does not exist',
      ['validate', 'nope'],
      'player',
      /^callboard validate: nope: no such file or folder$/,
    ],
    [
      'score a folder without descriptors',
      ['score', '.'],
      'empty',
      /^callboard score: .*empty: no catalog-info\.yaml below this folder$/,
    ],
    [
      'score with reports that do not exist',
      ['score', '.', '--reports', '/missing.xml'],
      'player',
      /^callboard score: --reports \/missing\.xml: matches no file$/,
    ],
    [
      'score with scorecards that do not exist',
      ['score', '.', '--scorecards', '/missing'],
      'player',
      /^callboard score: --scorecards \/missing: no such folder$/,
    ],
    [
      'impact of a repository the catalog does not know',
      ['impact', '--catalog', out, '--repo', 'nope'],
      '.',
      /^callboard impact: --repo nope: no entity of the catalog of acme comes from acme\/nope/,
    ],
    [
      'impact with a checkout that does not exist',
      ['impact', '--catalog', out, '--repo', 'player', '--root', '/nonexistent'],
      '.',
      /^callboard impact: --root \/nonexistent: no such folder$/,
    ],
    [
      "catalog build of one repository's folder",
      ['catalog', 'build', '.', '--out', out],
      'player',
      /^callboard catalog build: \. is one repository \(it holds (catalog-info\.yaml|\.git)\); catalog build reads a folder of repositories, one folder each: try its parent, \.\.$/,
    ],
  ])('%s: a usage error in one line', (_case, args, where, says) => {
    expect(built.status).toBe(0);
    expectMistake(callboard(join(org, where), ...args), 2, says);
  });

  it('says where the repositories are when catalog build is pointed one level too high', () => {
    expectMistake(
      callboard(nested, 'catalog', 'build', '.', '--out', out),
      2,
      /^callboard catalog build: no repository in \. holds a catalog-info\.yaml \(1 folders looked at\); the folders of teams do: try that one$/,
    );
  });

  it('scores on the track files of a folder, not a folder named like one', () => {
    const run = callboard(join(org, 'player'), 'score', '.', '--scorecards', '../tracks', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(
      JSON.parse(run.stdout)[0].tracks.map((t: { track: string; level: number }) => `${t.track} ${t.level}`),
    ).toEqual(['basics 1']);
  });

  it('shows the stack of an error only with --debug', () => {
    const run = callboard(join(org, 'empty'), 'validate', '--debug');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^callboard validate: no catalog-info\.yaml below/);
    expect(run.stderr).toMatch(/^ {2,}at /m);
  });

  it('exits 3 for a bug, in one line that says so, and shows where with --debug', async () => {
    const broken = { ...inThisThread, checkDescriptors: async () => (undefined as unknown as never)[0] };
    for (const debug of [false, true]) {
      let err = '';
      const io = {
        cwd: join(org, 'player'),
        env: {},
        out: () => {},
        err: (t: string) => void (err += t),
        style: plainStyle,
        work: broken,
      };
      expect(await main(['validate', ...(debug ? ['--debug'] : [])], io)).toBe(3);
      expect(err.split('\n')[0]).toMatch(
        /^callboard validate: unexpected error: Cannot read properties of undefined \(reading '0'\)\. This is a bug in Callboard: run the command again with --debug to see where, and report it\.$/,
      );
      expect(/^ {2,}at /m.test(err)).toBe(debug);
    }
  });
});
