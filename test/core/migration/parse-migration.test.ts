/**
 * Migration specs read into MigrationSpecs: the shipped ones (onboarding, Acme's node-24) as they
 * stand, the published schema equal to the one parsing uses, and every kind of mistake an author
 * makes, each placed on its line and column with a fix; a spec with an error yields no spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATION_SCHEMA_PATH, migrationSchemaText } from '../../../app/core/migration/migration-schema.ts';
import { parseMigration } from '../../../app/core/migration/parse-migration.ts';
import type { LocatedProblem } from '../../../app/core/validation/problem.ts';
import { REPO_ROOT } from '../../support/paths.ts';

const TODAY = '2026-12-03';

/** Every file under a `migrations/` folder, relative to it, as the catalog repository lists them. */
const templateFilesOf = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(folder, join(d.parentPath, d.name)));

const shipped = (folder: string, id: string) =>
  parseMigration(
    { path: `migrations/${id}.yaml`, text: readFileSync(join(REPO_ROOT, folder, `${id}.yaml`), 'utf8') },
    { templateFiles: templateFilesOf(join(REPO_ROOT, folder)), today: TODAY },
  );

const spec = ({
  steps = '    - delete: { files: .travis.yml }',
  rest = "  targets: { repositories: ['*-service'] }",
  extra = '',
}) =>
  `apiVersion: callboard.dev/v1
kind: Migration
metadata:
  name: node-24
  title: Move to Node 24
spec:
  description: Why.
  owner: platform
${rest}${extra ? `\n${extra}` : ''}
  steps:
${steps}
`;

const parse = (text: string, templateFiles: string[] = ['node-24/files/.nvmrc']) =>
  parseMigration({ path: 'migrations/node-24.yaml', text }, { templateFiles, today: TODAY });

/** Line and column (1-based) of the `nth` occurrence of `marker` in the text. */
function at(text: string, marker: string, nth = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(marker, index + 1);
  if (index === -1) throw new Error(`${marker} is not in the text`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The one problem of the text, checked to be at the marker. */
function only(text: string, marker: string, nth = 1, templateFiles?: string[]): LocatedProblem {
  const parsed = parse(text, templateFiles);
  expect(parsed.problems.map((p) => p.message)).toHaveLength(1);
  const [p] = parsed.problems;
  expect({ line: p!.line, column: p!.column }).toEqual(at(text, marker, nth));
  expect(p!.rule).toBe('migration');
  expect(p!.fix).toBeTruthy();
  if (p!.severity === 'error') expect(parsed.spec).toBeUndefined();
  else expect(parsed.spec).toBeDefined();
  return p!;
}

describe('the shipped migrations', () => {
  it('onboarding parses clean: uncatalogued repositories, one files step, migrated when any descriptor exists', () => {
    const { spec, problems } = shipped('templates/migrations', 'onboarding');
    expect(problems).toEqual([]);
    expect(spec).toMatchObject({
      id: 'onboarding',
      owner: 'platform',
      version: '1',
      targets: { catalogued: false, include: [], exclude: [] },
      steps: [{ kind: 'files', from: 'onboarding', to: '.', overwrite: false, index: 0 }],
      migrated: { file: '/**/catalog-info.yaml', operator: 'exists' },
      pullRequest: { labels: ['callboard-onboarding'], draft: false },
      source: 'migrations/onboarding.yaml',
    });
    for (const field of ['metadata.name', 'spec.type', 'spec.owner', 'metadata.tags', 'spec.lifecycle'])
      expect(spec!.description).toContain(`\`${field}\``);
  });

  it("Acme's node-24 parses clean and uses every step kind, each on its line", () => {
    const { spec, problems } = shipped('examples/acme/platform-catalog/migrations', 'node-24');
    expect(problems).toEqual([]);
    expect(spec!.steps.map((s) => [s.kind, s.line])).toEqual([
      ['files', 33],
      ['edit', 35],
      ['edit', 43],
      ['replace', 48],
      ['delete', 53],
    ]);
    expect(spec!.steps[1]).toMatchObject({
      kind: 'edit',
      files: 'package.json',
      format: 'auto',
      operations: [
        { op: 'set', path: ['engines', 'node'], value: '>=24' },
        { op: 'set', path: ['devDependencies', '@types/node'], value: '^24.0.0' },
        { op: 'delete', path: ['engines', 'npm'] },
      ],
    });
    expect(spec!.steps[2]).toMatchObject({
      operations: [{ op: 'merge', path: ['env'], value: { NODE_VERSION: '24' } }],
    });
    expect(spec!.steps[4]).toMatchObject({ kind: 'delete', files: ['.travis.yml', '.node-version'] });
    expect(spec!.deadline).toBe('2027-03-31');
  });

  it('the published schema is the one specs are validated with (npm run build writes it)', () => {
    expect(readFileSync(join(REPO_ROOT, MIGRATION_SCHEMA_PATH), 'utf8')).toBe(migrationSchemaText());
  });

  it('every field of the published schema has a description, for editors to show', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) {
        const described =
          value === true || (typeof value === 'object' && value !== null && 'description' in value) || key === 'name';
        if (!described) undescribed.push(`${where}/${key}`);
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${where}/${key}`);
    };
    const schema = JSON.parse(migrationSchemaText()) as { properties: unknown; definitions: unknown };
    visit(schema.properties, '');
    expect(undescribed).toEqual([]);
  });
});

describe('a spec read into a MigrationSpec', () => {
  it('fills the defaults: version "1", no labels, not a draft, files to the root and overwriting', () => {
    const { spec: read, problems } = parse(spec0());
    expect(problems).toEqual([]);
    expect(read).toMatchObject({
      id: 'node-24',
      title: 'Move to Node 24',
      version: '1',
      values: {},
      pullRequest: { labels: [], draft: false },
      targets: { repositories: ['*-service'], include: [], exclude: [] },
    });
  });

  it('reads paths of every form, versions as strings, globs from the root', () => {
    const { spec: read, problems } = parse(
      spec({
        extra: '  version: 2',
        steps: [
          '    - files: { from: node-24/files/, to: ./ci/ }',
          '    - edit: { file: /x.yaml, set: "jobs.build.steps[0].uses", value: v }',
          '    - edit: { file: x.yaml, set: "[1].name", value: v }',
          "    - edit: { file: x.yaml, append: [metadata, annotations, 'backstage.io/x', 0], value: v, format: yaml }",
          '    - replace: { files: "**/*.yml", pattern: "a(b)", with: "$1", flags: i }',
          '    - delete: { files: /.travis.yml }',
        ].join('\n'),
      }),
    );
    expect(problems).toEqual([]);
    expect(read!.version).toBe('2');
    expect(read!.steps.map(({ index: _i, line: _l, ...s }) => s)).toEqual([
      { kind: 'files', from: 'node-24/files', to: 'ci', overwrite: true },
      {
        kind: 'edit',
        files: 'x.yaml',
        format: 'auto',
        operations: [{ op: 'set', path: ['jobs', 'build', 'steps', 0, 'uses'], value: 'v' }],
      },
      { kind: 'edit', files: 'x.yaml', format: 'auto', operations: [{ op: 'set', path: [1, 'name'], value: 'v' }] },
      {
        kind: 'edit',
        files: 'x.yaml',
        format: 'yaml',
        operations: [{ op: 'append', path: ['metadata', 'annotations', 'backstage.io/x', 0], value: 'v' }],
      },
      { kind: 'replace', files: '**/*.yml', pattern: 'a(b)', with: '$1', flags: 'i' },
      { kind: 'delete', files: ['.travis.yml'] },
    ]);
  });
});

const spec0 = () => spec({});

describe('every problem on its line and column, with a fix', () => {
  it('an empty file, and a second document', () => {
    expect(parse('').problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 1, 'The file holds no migration'],
    ]);
    const two = `${spec0()}---\nkind: Migration\n`;
    const p = only(two, 'kind: Migration', 2);
    expect(p.message).toContain('one migration');
  });

  it('YAML syntax', () => {
    const text = spec0().replace('owner: platform', 'owner: platform\n  owner: again');
    const [p, ...more] = parse(text).problems;
    expect(more).toEqual([]);
    expect([p!.line, p!.column, p!.rule, p!.fix]).toEqual([
      at(text, 'owner: again').line,
      3,
      'yaml-syntax',
      'Remove one of the two entries with this key, or merge them.',
    ]);
  });

  it('apiVersion, kind and unknown root fields', () => {
    expect(only(spec0().replace('callboard.dev/v1', 'callboard.dev/v2'), 'callboard.dev/v2').message).toBe(
      'apiVersion must be "callboard.dev/v1", but found "callboard.dev/v2"',
    );
    expect(only(spec0().replace('kind: Migration', 'kind: Track'), 'Track').fix).toBe('Write "kind: Migration".');
    expect(only(spec0().replace('metadata:', 'status: x\nmetadata:'), 'status').message).toBe(
      'Unknown field "status" at the document root',
    );
  });

  it('the name: missing, malformed, or not the file name', () => {
    expect(only(spec0().replace('  name: node-24\n', ''), 'metadata').fix).toBe(
      `Add "name: node-24" under metadata: the file's name without .yaml.`,
    );
    expect(only(spec0().replace('name: node-24', 'name: Node_24'), 'Node_24').message).toContain('lowercase words');
    const other = only(spec0().replace('name: node-24', 'name: node-22'), 'node-22');
    expect(other.message).toBe('The name "node-22" is not the file\'s name, "node-24"');
    expect(other.fix).toBe('Rename the file to migrations/node-22.yaml, or write "name: node-24".');
  });

  it('schema: a missing field, an unknown one, a wrong type', () => {
    expect(only(spec0().replace('  description: Why.\n', ''), 'spec:').message).toBe(
      '"spec.description" is required for a migration but is missing',
    );
    expect(only(spec0().replace('  owner: platform', '  owner: platform\n  ownr: x'), 'ownr').message).toBe(
      'Unknown field "spec.ownr" is not allowed here',
    );
    expect(only(spec({ extra: '  deadline: 31/03/2027' }), '31/03/2027').message).toContain('must match the pattern');
    expect(only(spec({ extra: '  version: 1.5' }), '1.5').message).toContain('must be a string or a whole number');
  });

  it('too many steps: specs are input, and bounded', () => {
    const text = spec({ steps: Array.from({ length: 101 }, () => '    - delete: { files: x }').join('\n') });
    expect(only(text, '- delete').message).toBe('"spec.steps" must NOT have more than 100 items');
  });

  it('a step of no kind, of an unknown kind, or with a misspelt field', () => {
    expect(only(spec({ steps: '    - name: Nothing' }), 'name: Nothing').message).toBe(
      'A step needs one of files, edit, replace or delete',
    );
    expect(only(spec({ steps: '    - remove: { files: x }' }), 'remove').message).toBe(
      'Unknown field "spec.steps[0].remove" is not allowed here',
    );
    const misspelt = spec({ steps: '    - replace: { files: x, pattern: a, width: b }' });
    expect(parse(misspelt).problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [11, 7, '"spec.steps[0].replace.with" is required for a migration but is missing'],
      [11, at(misspelt, 'width').column, 'Unknown field "spec.steps[0].replace.width" is not allowed here'],
    ]);
  });

  it('the owner must be a group', () => {
    const p = only(spec0().replace('owner: platform', 'owner: user:default/lin'), 'user:default/lin');
    expect(p.message).toBe('The owner must be a group, but "user:default/lin" is a user');
    expect(only(spec0().replace('owner: platform', 'owner: "group:"'), '"group:"').message).toContain(
      'is not an entity ref',
    );
  });

  it('a deadline: not a date is an error, a past one a warning', () => {
    expect(only(spec({ extra: '  deadline: 2027-02-30' }), '2027-02-30').message).toBe('"2027-02-30" is not a date');
    const past = only(spec({ extra: '  deadline: 2026-01-31' }), '2026-01-31');
    expect([past.severity, past.message]).toEqual(['warning', 'The deadline 2026-01-31 has passed']);
  });

  it('targets: none is a warning; globs the engine refuses; included and excluded', () => {
    const none = only(spec({ rest: '' }), 'spec:');
    expect([none.severity, none.message]).toEqual(['warning', 'This migration targets every repository']);
    expect(only(spec({ rest: '  targets: { exclude: [acme/x] }' }), 'targets').severity).toBe('warning');
    expect(only(spec({ rest: "  targets: { repositories: ['!(x)'] }" }), "'!(x)'").message).toContain('negation');
    const both = only(spec({ rest: '  targets: { include: [acme/a], exclude: [ACME/A] }' }), 'acme/a');
    expect([both.severity, both.fix]).toEqual(['warning', 'Exclusion wins; remove it from one of the two lists.']);
    expect(only(spec({ rest: '  targets: { include: [legacy] }' }), 'legacy').message).toContain('must match');
  });

  it('files: a folder that leaves migrations/, one that does not exist, a destination outside', () => {
    expect(only(spec({ steps: '    - files: { from: ../scorecards }' }), '../scorecards').message).toBe(
      'The folder "../scorecards" is not inside migrations/',
    );
    const missing = only(spec({ steps: '    - files: { from: node-24/file }' }), 'node-24/file');
    expect([missing.message, missing.fix]).toEqual([
      'There is no folder migrations/node-24/file with files',
      'Did you mean "node-24/files"?',
    ]);
    expect(only(spec({ steps: '    - files: { from: node-24/files, to: ../x }' }), '../x').message).toBe(
      '"../x" leaves the repository ("..")',
    );
    expect(only(spec({ steps: '    - files: { from: node-24/files, to: .git/hooks }' }), '.git/hooks').message).toBe(
      '".git/hooks" reaches into .git, which a migration never changes',
    );
  });

  it('globs of edits, replacements and deletions: leaving, into .git, refused by the engine', () => {
    expect(only(spec({ steps: '    - delete: { files: [a, ../b] }' }), '../b').message).toBe(
      'The glob "../b" leaves the repository ("..")',
    );
    expect(only(spec({ steps: '    - delete: { files: .git/config }' }), '.git/config').message).toContain('.git');
    expect(only(spec({ steps: '    - edit: { file: "!(x).json", delete: a }' }), '"!(x).json"').message).toContain(
      'negation',
    );
    expect(
      only(spec({ steps: '    - replace: { files: "src/**/../*", pattern: a, with: b }' }), '"src/**/../*"').fix,
    ).toBe('Write it from the repository root, without "..".');
  });

  it('replace: a pattern the linear-time engine refuses, placed on its characters', () => {
    const text = spec({ steps: '    - replace: { files: x, pattern: "a(?=b)", with: c }' });
    const p = only(text, '(?=b)');
    expect(p.message).toMatch(/^The pattern "a\(\?=b\)" is not valid: /);
    expect(only(spec({ steps: '    - replace: { files: x, pattern: "a(", with: c }' }), '(", with').message).toContain(
      'Unterminated group',
    );
    expect(only(spec({ steps: '    - replace: { files: x, pattern: a, with: c, flags: y }' }), 'y }').message).toBe(
      '"spec.steps[0].replace.flags" must match the pattern ^[gimsu]*$, but found the string "y"',
    );
  });

  it('edit: no operation, two, an operation beside operations, values wrong for the operation', () => {
    expect(only(spec({ steps: '    - edit: { file: x.json }' }), '{ file').message).toBe(
      'An edit needs one of set, merge, delete or append',
    );
    const two = only(spec({ steps: '    - edit: { file: x.json, set: a, delete: b, value: 1 }' }), 'delete');
    expect(two.message).toBe('An edit does one thing; this one has set and delete');
    expect(
      only(spec({ steps: '    - edit: { file: x.json, set: a, value: 1, operations: [{ delete: b }] }' }), 'operations')
        .fix,
    ).toBe('Move the set into the operations list.');
    expect(only(spec({ steps: '    - edit: { file: x.json, operations: [{ set: a }] }' }), '{ set: a }').message).toBe(
      'set needs a value',
    );
    expect(only(spec({ steps: '    - edit: { file: x.json, delete: a, value: 1 }' }), 'value').message).toBe(
      'delete takes no value',
    );
    expect(only(spec({ steps: '    - edit: { file: x.json, merge: a, value: [1] }' }), '[1]').message).toBe(
      'merge needs a mapping as its value',
    );
  });

  it('edit paths: an empty key, a malformed index, placed on the segment', () => {
    const empty = only(spec({ steps: '    - edit: { file: x.json, delete: "jobs..build" }' }), '.build');
    expect(empty.message).toBe('The path "jobs..build" is not valid: The path has an empty key');
    expect(empty.column).toBe(
      at(spec({ steps: '    - edit: { file: x.json, delete: "jobs..build" }' }), '.build').column,
    );
    const index = only(spec({ steps: '    - edit: { file: x.json, delete: "steps[a]" }' }), 'steps[a]');
    expect(index.message).toContain('is not a key followed by [n] indexes');
    expect(only(spec({ steps: '    - edit: { file: x.json, delete: [a, -1] }' }), '-1').message).toContain('must be');
  });

  it('the migrated condition: the scorecard rules checks, under spec.migrated', () => {
    const fact = only(spec({ extra: '  migrated: { fact: ci.test.count, operator: exists }' }), 'ci.test.count');
    expect(fact.message).toBe('There is no fact "ci.test.count"');
    const regex = only(spec({ extra: "  migrated: { file: /.nvmrc, operator: matches, value: 'a(?<=b)' }" }), '(?<=b)');
    expect(regex.message).toContain('is not valid');
    expect(only(spec({ extra: '  migrated: { any: [{ file: ../x }] }' }), '../x').message).toBe(
      'The glob "../x" leaves the repository ("..")',
    );
  });
});
