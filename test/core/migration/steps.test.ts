import { describe, expect, it } from 'vitest';
import type { LocatedStep, MigrationStep, TemplateContext } from '../../../app/core/migration/migration-model.ts';
import { applySteps, type StepInput } from '../../../app/core/migration/steps/apply-steps.ts';
import { filesToRead } from '../../../app/core/migration/steps/files-to-read.ts';
import { unifiedDiff } from '../../../app/core/migration/unified-diff.ts';

/** A real workflow, comments and all (GitHub's starter Node.js workflow, as a team adapts it). */
const WORKFLOW = `# This workflow will do a clean installation of node dependencies, cache/restore them, build the source code and run tests
name: Node.js CI

on:
  push:
    branches: [ "main" ]
  pull_request:
    branches: [ "main" ]   # every pull request

jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node-version: [18.x, 20.x]
        # See supported Node.js release schedule at https://nodejs.org/en/about/releases/
    steps:
    - uses: actions/checkout@v4
    - name: Use Node.js \${{ matrix.node-version }}
      uses: actions/setup-node@v4
      with:
        node-version: \${{ matrix.node-version }}
        cache: 'npm'
    - run: npm ci
    - run: npm test
`;
const TSCONFIG = `{
  // Visit https://aka.ms/tsconfig to read more about this file
  "compilerOptions": {
    "target": "es2022",   /* Set the JavaScript language version */
    "module": "nodenext",
    "strict": true,
  },
}
`;
const PACKAGE = '{\n    "name": "artist-lookup",\n    "engines": {\n        "node": ">=18"\n    }\n}\n';

const context: TemplateContext = {
  values: { nodeVersion: '24' },
  entity: {
    ref: 'component:default/artist-lookup',
    kind: 'Component',
    namespace: 'default',
    name: 'artist-lookup',
    title: null,
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/team-a',
    system: null,
    domain: null,
    tags: [],
  },
  repository: {
    owner: 'acme',
    name: 'artist-lookup',
    fullName: 'acme/artist-lookup',
    defaultBranch: 'main',
    language: 'typescript',
    type: 'service',
    guessedOwner: null,
  },
  migration: { id: 'node-24', title: 'Node 24', version: '1' },
};
const repo: Record<string, string> = {
  '.github/workflows/ci.yml': WORKFLOW,
  'tsconfig.json': TSCONFIG,
  'package.json': PACKAGE,
  '.travis.yml': 'language: node_js\n',
  '.nvmrc': '18\n',
};
const input = (files = repo, templateFiles = new Map<string, string>()): StepInput => ({
  paths: Object.keys(files).sort(),
  text: (p) => files[p],
  templateFiles,
  context,
});
const steps = (...list: MigrationStep[]): LocatedStep[] => list.map((s, index) => ({ ...s, index, line: index + 1 }));
const changed = (result: ReturnType<typeof applySteps>) => {
  if ('failed' in result) throw new Error(result.failed);
  return Object.fromEntries(result.changes.map((c) => [c.path, c.content]));
};

describe('a migration’s steps', () => {
  it('edits a workflow keeping its comments, quoting and layout everywhere else', () => {
    const result = changed(
      applySteps(
        steps({
          kind: 'edit',
          files: '.github/workflows/*.yml',
          format: 'auto',
          operations: [
            {
              op: 'set',
              path: ['jobs', 'build', 'strategy', 'matrix', 'node-version'],
              value: ['${{ values.nodeVersion }}.x'],
            },
            { op: 'merge', path: ['env'], value: { FORCE_COLOR: '1' } },
          ],
        }),
        input(),
      ),
    );
    const after = result['.github/workflows/ci.yml']!;
    expect(after).toContain('# This workflow will do a clean installation');
    expect(after).toContain('pull_request:\n    branches: [ "main" ]   # every pull request');
    expect(after).toContain('node-version: [ 24.x ]');
    expect(after).toContain("cache: 'npm'");
    expect(after).toContain('# See supported Node.js release schedule');
    expect(after).toContain('env:\n  FORCE_COLOR: "1"\n');
    // Nothing but the edited lines differs.
    const removed = WORKFLOW.split('\n').filter((l) => !after.split('\n').includes(l));
    expect(removed).toEqual(['        node-version: [18.x, 20.x]']);
  });

  it('edits JSON with comments and trailing commas, in the file’s own indentation', () => {
    const result = changed(
      applySteps(
        steps(
          {
            kind: 'edit',
            files: 'tsconfig.json',
            format: 'auto',
            operations: [{ op: 'set', path: ['compilerOptions', 'target'], value: 'es2024' }],
          },
          {
            kind: 'edit',
            files: 'package.json',
            format: 'json',
            operations: [
              { op: 'set', path: ['engines', 'node'], value: '>=${{ values.nodeVersion }}' },
              { op: 'append', path: ['keywords'], value: '${{ entity.name }}' },
            ],
          },
        ),
        input(),
      ),
    );
    expect(result['tsconfig.json']).toBe(TSCONFIG.replace('"es2022"', '"es2024"'));
    expect(result['package.json']).toBe(
      '{\n    "name": "artist-lookup",\n    "engines": {\n        "node": ">=24"\n    },\n    "keywords": [\n        "artist-lookup"\n    ]\n}\n',
    );
  });

  it('renders template files, replaces by pattern and deletes, later steps seeing earlier ones', () => {
    const templates = new Map([
      ['node-24/files/.nvmrc', '${{ values.nodeVersion }}\n'],
      ['node-24/files/docs/${{ entity.name }}.md', '# ${{ entity.name }}\n'],
    ]);
    const result = changed(
      applySteps(
        steps(
          { kind: 'files', from: 'node-24/files', to: '.', overwrite: true },
          {
            kind: 'replace',
            files: '**/*.md',
            pattern: '^# (.+)$',
            flags: 'gm',
            with: '# $1 (Node ${{ values.nodeVersion }})',
          },
          { kind: 'delete', files: ['.travis.yml', '.node-version'] },
        ),
        input(repo, templates),
      ),
    );
    expect(result).toEqual({
      '.nvmrc': '24\n',
      '.travis.yml': null,
      'docs/artist-lookup.md': '# artist-lookup (Node 24)\n',
    });
  });

  it('changes nothing where the repository already has it, and says which step did nothing', () => {
    const done = { ...repo, '.nvmrc': '24\n' };
    const result = applySteps(
      steps({ kind: 'files', from: 'f', to: '.', overwrite: true }, { kind: 'delete', files: ['.circleci/**'] }),
      input(done, new Map([['f/.nvmrc', '24\n']])),
    );
    expect(result).toEqual({ changes: [], notes: ['step 2 changed nothing here'] });
    expect(
      filesToRead(
        steps({ kind: 'files', from: 'f', to: '.', overwrite: true }),
        Object.keys(done),
        new Map([['f/.nvmrc', '']]),
        context,
      ),
    ).toEqual(['.nvmrc']);
  });

  it('fails, naming the step, the file and what to do, on a file it cannot edit or a path that leaves the repository', () => {
    const broken = { ...repo, 'package.json': '{ "name": ' };
    expect(
      applySteps(
        steps({ kind: 'edit', files: 'package.json', format: 'auto', operations: [{ op: 'delete', path: ['x'] }] }),
        input(broken),
      ),
    ).toEqual({
      failed:
        'step 1: package.json is not valid JSON at offset 10 (line 1, column 11); fix the file, or leave it out of `file`',
    });
    const escape = new Map([['f/${{ values.nodeVersion }}', 'x']]);
    expect(
      applySteps(steps({ kind: 'files', from: 'f', to: '../../etc', overwrite: true }), input(repo, escape)),
    ).toEqual({ failed: 'step 1: the path ../../etc/24 leaves the repository' });
    expect(
      applySteps(steps({ kind: 'files', from: 'f', to: '.git/hooks', overwrite: true }), input(repo, escape)),
    ).toEqual({ failed: 'step 1: the path .git/hooks/24 is inside .git' });
    expect(
      applySteps(
        steps({ kind: 'edit', files: '.nvmrc', format: 'auto', operations: [{ op: 'delete', path: ['x'] }] }),
        input(),
      ),
    ).toEqual({ failed: 'step 1: .nvmrc is neither .yaml nor .json: say which with `format: yaml` or `format: json`' });
  });

  it('replaces in linear time whatever the pattern', () => {
    const big = { 'big.txt': `${'a'.repeat(200_000)}!` };
    const started = performance.now();
    const result = applySteps(
      steps({ kind: 'replace', files: 'big.txt', pattern: '(a+)+$', flags: '', with: 'b' }),
      input(big),
    );
    expect(result).toEqual({ changes: [], notes: [] });
    expect(performance.now() - started).toBeLessThan(10_000); // only a catastrophic engine takes that long
  });
});

describe('the diff', () => {
  it('is git’s unified format, with /dev/null for added and deleted files', () => {
    const diff = unifiedDiff(
      [
        { path: '.nvmrc', content: '24\n' },
        { path: '.travis.yml', content: null },
        { path: 'new.txt', content: 'hello\n' },
      ],
      (p) => repo[p],
    );
    expect(diff).toBe(
      [
        'diff --git a/.nvmrc b/.nvmrc',
        '--- a/.nvmrc',
        '+++ b/.nvmrc',
        '@@ -1,1 +1,1 @@',
        '-18',
        '+24',
        'diff --git a/.travis.yml b/.travis.yml',
        'deleted file mode 100644',
        '--- a/.travis.yml',
        '+++ /dev/null',
        '@@ -1,1 +0,0 @@',
        '-language: node_js',
        'diff --git a/new.txt b/new.txt',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/new.txt',
        '@@ -0,0 +1,1 @@',
        '+hello',
      ].join('\n'),
    );
  });
});
