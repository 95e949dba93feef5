import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const GOOD = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: playback-order
spec:
  type: service
  lifecycle: production
  owner: team-b
`;
const BAD = GOOD.replace('name: playback-order', 'name: Playback Order').replace('  owner: team-b\n', '');

const repo = tempRepo({
  'catalog-info.yaml': GOOD,
  'services/broken/catalog-info.yaml': BAD,
  'node_modules/pkg/catalog-info.yaml': BAD,
  'other/component.yaml': GOOD,
  'schemas/tier.json': JSON.stringify({
    properties: { kind: { enum: ['Component'] }, metadata: { required: ['description'] } },
  }),
});
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: repo });

describe('callboard validate (the bundled CLI)', () => {
  it('with no path, checks every catalog-info.yaml below the folder, skipping node_modules, and exits 1 on errors', () => {
    const run = callboard('validate');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('services/broken/catalog-info.yaml');
    expect(run.stdout).not.toContain('node_modules');
    expect(run.stdout).toMatch(/✖ 2 errors and 0 warnings in 2 files, 2 entities/);
  });

  it('quotes the offending line with a caret, and says how to fix it', () => {
    const run = callboard('validate', 'services/broken/catalog-info.yaml');
    expect(run.stdout).toContain(['    > 4 |   name: Playback Order', '        |         ^^^^^^^^^^^^^^'].join('\n'));
    expect(run.stdout).toContain(
      'fix: Use letters, digits and - _ . only, start and end with a letter or digit, at most 63 characters. For example "Playback-Order".',
    );
  });

  it('exits 0 when there are no errors', () => {
    const run = callboard('validate', 'catalog-info.yaml', 'other/*.yaml');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✔ 2 files, 2 entities: no problems');
  });

  it('prints one JSON object in the documented shape', () => {
    const run = callboard('validate', '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ files: 2, skipped: 0, entities: 2, errors: 2, warnings: 0 });
    const broken = report.files.find((f: { path: string }) => f.path === 'services/broken/catalog-info.yaml');
    expect(broken.entities).toEqual([
      {
        ref: 'component:default/playback order',
        kind: 'Component',
        name: 'Playback Order',
        namespace: 'default',
        document: 1,
        line: 1,
        valid: false,
      },
    ]);
    expect(
      broken.problems.map((p: Record<string, unknown>) => [p.severity, p.rule, p.line, p.column, p.pointer]),
    ).toEqual([
      ['error', 'field-format', 4, 9, '/metadata/name'],
      ['error', 'kind-schema', 5, 1, '/spec'],
    ]);
  });

  it('prints GitHub workflow commands with --format github', () => {
    const run = callboard('validate', 'services/broken/catalog-info.yaml', '--format', 'github');
    expect(run.stdout.split('\n')[0]).toMatch(
      /^::error file=services\/broken\/catalog-info.yaml,line=4,endLine=4,col=9,endColumn=23,title=Callboard%3A field-format::"metadata.name" is not valid/,
    );
  });

  it('applies the schemas of --schema-dir', () => {
    const run = callboard('validate', 'catalog-info.yaml', '--schema-dir', 'schemas', '--format', 'json');
    expect(run.status).toBe(1);
    const [problem] = JSON.parse(run.stdout).files[0].problems;
    expect(problem).toMatchObject({
      rule: 'user-schema',
      message: '"metadata.description" is required for a Component but is missing',
      fix: expect.stringContaining('schemas/tier.json'),
    });
  });

  it.each([
    [['validate', '--format', 'xml'], /--format must be one of text, json, github/],
    [['validate', 'missing.yaml'], /missing.yaml: no such file or folder/],
    [['validate', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['validate', '--schema-dir', 'other'], /does not say which entities it applies to/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const run = callboard(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('callboard validate in a catalog repository with migrations', () => {
  const catalog = tempRepo({
    'catalog-info.yaml': GOOD,
    'migrations/onboarding.yaml': readFileSync(join(REPO_ROOT, 'templates', 'migrations', 'onboarding.yaml'), 'utf8'),
    'migrations/onboarding/catalog-info.yaml': readFileSync(
      join(REPO_ROOT, 'templates', 'migrations', 'onboarding', 'catalog-info.yaml'),
      'utf8',
    ),
  });
  it('skips a migration’s template folder, as it skips a scaffolder template’s skeleton', () => {
    const run = runBundle('cli/index.js', ['validate', '--format', 'json'], { cwd: catalog });
    expect(run.status, run.stderr).toBe(0);
    const { files } = JSON.parse(run.stdout) as { files: { path: string; skipped?: string }[] };
    expect(files.map((f) => [f.path, f.skipped])).toEqual([
      ['catalog-info.yaml', undefined],
      ['migrations/onboarding.yaml', 'a Callboard migration spec'],
      ['migrations/onboarding/catalog-info.yaml', 'template skeleton of migration onboarding'],
    ]);
  });
});
