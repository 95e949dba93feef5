/**
 * The file system as hostile input, through the bundled CLI: symbolic links are never followed
 * (out of the repository, to /, round in a loop, a descriptor that is a link) and each is said;
 * folder names of any letters; a broken checkout; a Location glob over tens of thousands of files.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentYaml } from '../support/descriptors.ts';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

/** Generous: a walk that followed `root -> /` or a loop would take minutes or never end. */
const HANG = 60_000;
const callboard = (cwd: string, ...args: string[]) => runBundle('cli/index.js', args, { cwd });
const json = (cwd: string, ...args: string[]) =>
  JSON.parse(callboard(cwd, 'validate', '--format', 'json', ...args).stdout) as {
    files: {
      path: string;
      entities: { name: string }[];
      problems: { rule: string; severity: string; message: string; line: number }[];
    }[];
  };

describe('symbolic links in a repository', () => {
  const org = tempRepo({
    'victim/catalog-info.yaml': componentYaml('victim-secret'),
    'victim/secret.txt': 'the victim repository',
    'repo/.git/HEAD': 'ref: refs/heads/main\n',
    'repo/catalog-info.yaml': componentYaml('repo').replace(
      'metadata:\n',
      'metadata:\n  description:\n    $text: ./inside/secret.txt\n',
    ),
    'repo/services/a/catalog-info.yaml': componentYaml('service-a'),
  });
  const repo = join(org, 'repo');
  symlinkSync('../victim', join(repo, 'link'));
  symlinkSync('/', join(repo, 'root'));
  symlinkSync('..', join(repo, 'services', 'loop'));
  symlinkSync('../../catalog-info.yaml', join(repo, 'services', 'a', 'copy'));
  mkdirSync(join(repo, 'services', 'b'));
  symlinkSync('../a/catalog-info.yaml', join(repo, 'services', 'b', 'catalog-info.yaml'));
  symlinkSync('../victim', join(repo, 'inside'));

  it(
    'reads nothing through a link, and says which links it did not follow',
    () => {
      const report = json(repo);
      const entities = report.files.flatMap((f) => f.entities.map((e) => e.name)).sort();
      expect(entities).toEqual(['repo', 'service-a']);
      const said = report.files
        .filter((f) => f.problems.some((p) => p.rule === 'symbolic-link'))
        .map((f) => [f.path, f.problems[0]!.severity, f.problems[0]!.message.split(';')[0]]);
      expect(said).toEqual([
        ['inside', 'warning', 'This folder is a symbolic link'],
        ['link', 'warning', 'This folder is a symbolic link'],
        ['root', 'warning', 'This folder is a symbolic link'],
        ['services/b/catalog-info.yaml', 'warning', 'The file is a symbolic link'],
        ['services/loop', 'warning', 'This folder is a symbolic link'],
      ]);
      // No phantom files through the loop, so no false duplicates.
      expect(report.files.flatMap((f) => f.problems).filter((p) => p.rule === 'duplicate-entity')).toEqual([]);
      // $text through a link inside the repository is not read either.
      const placeholder = report.files.find((f) => f.path === 'catalog-info.yaml')!.problems;
      expect(placeholder).toEqual([
        expect.objectContaining({
          rule: 'placeholder',
          message: expect.stringMatching(/could not read location \.\/inside\/secret\.txt/),
        }),
      ]);
    },
    HANG,
  );

  it('names a descriptor that is a link as such when it is asked for by name', () => {
    const report = json(repo, 'services/b/catalog-info.yaml');
    expect(report.files).toEqual([
      expect.objectContaining({
        path: 'services/b/catalog-info.yaml',
        problems: [
          expect.objectContaining({
            rule: 'symbolic-link',
            message: expect.stringMatching(/^The file is a symbolic link; it is not read/),
          }),
        ],
      }),
    ]);
  });
});

describe('an organisation of odd folders', () => {
  it(
    'builds the catalog of repositories named with spaces, any letters, dots and dashes, a broken checkout among them',
    () => {
      const names = ['with space', 'ünïcödé-日本', 'dots.in.name', '-dash', 'broken'];
      const org = tempRepo(
        Object.fromEntries(names.map((n, i) => [`${n}/catalog-info.yaml`, componentYaml(`svc-${i}`)])),
      );
      mkdirSync(join(org, 'broken', '.git', 'HEAD'), { recursive: true });
      writeFileSync(join(org, 'broken', '.git', 'config'), '');
      const out = tempRepo({});
      const run = callboard(org, 'catalog', 'build', '.', '--out', out, '--org', 'acme');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      // The warnings: team-a, their owner, is in no repository.
      expect(run.stdout).toMatch(/^5 entities from 5 repositories \(5 read\), 0 errors and 5 warnings\./);
    },
    HANG,
  );
});

describe('a Location glob over a repository of many files', () => {
  it(
    'reads at most 1,000 files of one glob and says how many it matches',
    () => {
      const files: Record<string, string> = {
        'catalog-info.yaml':
          "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  target: '**/*'\n",
      };
      for (let i = 0; i < 20_000; i++) files[`src/d${i % 100}/f${i}.txt`] = '';
      const repo = tempRepo({ ...files, '.git/HEAD': 'ref: refs/heads/main\n' });
      const report = json(repo, 'catalog-info.yaml');
      const location = report.files.find((f) => f.path === 'catalog-info.yaml')!;
      expect(location.problems).toEqual([
        expect.objectContaining({
          rule: 'over-budget',
          line: 6,
          message: '**/* matches 20001 files; only the first 1000 are read',
        }),
      ]);
      expect(report.files).toHaveLength(1_000);
    },
    HANG,
  );
});
