/**
 * `callboard template diff` (the bundled CLI): a repository scaffolded from a template in a Git
 * checkout, the template changed and committed, the repository edited: the diff shows the
 * template's change merged with the edit, a conflict marked where both changed one line, and
 * "up to date" once the repository has it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const work = tempRepo({
  'paths/lib/template.yaml': `apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata: { name: lib }
spec:
  steps:
    - id: fetch
      action: fetch:template
      input: { url: ./skeleton, values: { name: '\${{ parameters.name }}' } }
`,
  'paths/lib/skeleton/README.md': '# ${{ values.name }}\n\nA library.\n\nUse it.\n',
  'paths/lib/skeleton/.nvmrc': '20\n',
  'answers.yaml': 'name: sums\n',
});
const git = (...args: string[]) =>
  execFileSync('git', ['-C', join(work, 'paths'), ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'a',
      GIT_AUTHOR_EMAIL: 'a@x',
      GIT_COMMITTER_NAME: 'a',
      GIT_COMMITTER_EMAIL: 'a@x',
    },
  });
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: work });

beforeAll(() => {
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'v1');
  expect(callboard('scaffold', 'paths/lib', '--values', 'answers.yaml', '--out', 'sums').status).toBe(0);
  // Version 2 of the template; the repository edits its README's first paragraph and its .nvmrc.
  writeFileSync(
    join(work, 'paths/lib/skeleton/README.md'),
    '# ${{ values.name }}\n\nA library.\n\nUse it with care.\n',
  );
  writeFileSync(join(work, 'paths/lib/skeleton/.nvmrc'), '24\n');
  git('commit', '--quiet', '-am', 'v2');
  writeFileSync(join(work, 'sums/README.md'), '# sums\n\nA library of sums.\n\nUse it.\n');
  writeFileSync(join(work, 'sums/.nvmrc'), '22\n');
});

describe('callboard template diff', () => {
  it('shows the merged update, with a conflict where both changed the same line', () => {
    const run = callboard('template', 'diff', 'sums');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^template:default\/lib: [0-9a-f]{12} → [0-9a-f]{12}, 3 files, with conflicts/);
    expect(run.stdout).toContain('\n A library of sums.\n'); // their edit, kept
    expect(run.stdout).toContain('+Use it with care.');
    expect(run.stdout).toContain(
      '+<<<<<<< this repository\n 22\n+=======\n+24\n+>>>>>>> template template:default/lib',
    );
    expect(readFileSync(join(work, 'sums/.nvmrc'), 'utf8')).toBe('22\n'); // nothing written
  });

  it('says up to date once the repository has the change', () => {
    writeFileSync(join(work, 'sums/README.md'), '# sums\n\nA library.\n\nUse it with care.\n');
    writeFileSync(join(work, 'sums/.nvmrc'), '24\n');
    const run = callboard('template', 'diff', 'sums');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Up to date with template:default/lib');
  });

  it('refuses a folder that was not made from a template', () => {
    const run = callboard('template', 'diff', 'paths');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('has no .callboard/template.yaml');
  });
});
