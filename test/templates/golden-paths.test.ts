/**
 * The golden paths Callboard ships (templates/golden-paths/), each rendered by the bundled
 * `callboard scaffold` as a person would answer its form, then held to what a new repository must
 * be on day one: its own CI's commands pass (Node.js 24, offline: the skeletons need nothing
 * installed), its descriptor validates, and it reaches level 1 of every starter scorecard track that
 * applies to it, scored against a catalog built with the owning team in it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueForm } from '../../app/core/scaffold/issue-form.ts';
import { readTemplate } from '../../app/core/scaffold/scaffold.ts';
import { NODE, REPO_ROOT } from '../support/paths.ts';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const GROUP =
  'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n';
const work = tempRepo({ 'acme/people/catalog-info.yaml': GROUP });
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: work });

interface GoldenPath {
  template: string;
  answers: Record<string, unknown>;
  /** What CI runs, as its workflow says: `npm test`, and the coverage run that writes lcov.info. */
  ci: string[][];
  /** The tracks that apply to what it makes. */
  tracks: string[];
}

const PATHS: GoldenPath[] = [
  {
    template: 'node-service',
    answers: { name: 'orders', description: 'Takes orders', owner: 'group:default/team-a', license: 'MIT' },
    ci: [['test'], ['run', 'coverage']],
    tracks: ['documentation', 'ownership', 'security-basics', 'test-certified'],
  },
  {
    template: 'node-library',
    answers: { name: 'durations', description: 'Reads durations', owner: 'group:default/team-a' },
    ci: [['test'], ['run', 'coverage']],
    tracks: ['documentation', 'ownership', 'security-basics', 'test-certified'],
  },
  {
    template: 'docs-site',
    answers: { name: 'handbook', description: 'How Acme builds software', owner: 'group:default/team-a' },
    ci: [['test']],
    tracks: ['documentation', 'ownership', 'security-basics'],
  },
];

function render(path: GoldenPath): string {
  const answers = { ...path.answers, repoUrl: `github.com?owner=acme&repo=${String(path.answers.name)}` };
  writeFileSync(join(work, `${path.template}.yaml`), JSON.stringify(answers));
  const out = join('acme', String(path.answers.name));
  const run = callboard(
    'scaffold',
    join(REPO_ROOT, 'templates/golden-paths', path.template),
    '--values',
    `${path.template}.yaml`,
    '--out',
    out,
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return join(work, out);
}

/** Runs npm as the workflow does, with Node.js 24 first on the PATH, and no network needed. */
function npm(dir: string, args: string[]): string {
  return execFileSync('npm', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dirname(NODE)}:${process.env.PATH ?? ''}`, npm_config_offline: 'true' },
  });
}

describe('the golden paths', () => {
  it.each(PATHS)(
    '$template: its CI passes, its descriptor validates, and it reaches level 1 of the starter tracks',
    (path) => {
      const dir = render(path);
      const workflow = readFileSync(join(dir, '.github/workflows/ci.yml'), 'utf8');
      for (const args of path.ci) {
        expect(workflow).toContain(`npm ${args.join(' ')}`);
        npm(dir, args);
      }
      const validated = callboard('validate', dir);
      expect(validated.stdout + validated.stderr).toContain('no problems');
      expect(validated.status).toBe(0);

      expect(callboard('catalog', 'build', 'acme', '--out', `catalog-${path.template}`, '--org', 'acme').status).toBe(
        0,
      );
      const reports = existsSync(join(dir, 'lcov.info')) ? ['--reports', join(dir, 'lcov.info')] : [];
      const scored = callboard('score', dir, '--catalog', `catalog-${path.template}`, ...reports, '--format', 'json');
      expect(scored.stderr).toBe('');
      const [entity] = JSON.parse(scored.stdout) as { ref: string; tracks: { track: string; level: number }[] }[];
      expect(entity!.ref).toBe(`component:default/${String(path.answers.name)}`);
      const levels = Object.fromEntries(entity!.tracks.map((t) => [t.track, t.level]));
      for (const track of path.tracks) expect(levels[track], `${path.template} on ${track}`).toBeGreaterThanOrEqual(1);
    },
    120_000,
  );

  // Answers a form lets through that YAML, comments and CODEOWNERS could take for something else: a name YAML reads as
  // a number, a description that would close a code comment, a person as owner.
  it.each(PATHS.map((path, i) => ({ ...path, name: ['2048', '1e3', '0755'][i]! })))(
    '$template: with a name YAML reads as a number ($name), a description holding */ and a person as owner, still passes CI and validates',
    ({ name, ...path }) => {
      const answers = {
        ...path.answers,
        name,
        description: 'Tiles */ process.exit(3) /* and "quotes"',
        owner: 'user:default/jane',
      };
      const dir = render({ ...path, answers });
      for (const args of path.ci) npm(dir, args);
      const validated = callboard('validate', dir);
      expect(validated.stdout + validated.stderr).toContain('no problems');
      expect(readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8')).toMatch(/^\* @jane$/m);
    },
    120_000,
  );

  it('are catalog entities that validate, and each one has an issue form', () => {
    const validated = callboard('validate', join(REPO_ROOT, 'templates/golden-paths'));
    expect(validated.status).toBe(0);
    for (const path of PATHS) {
      const spec = readTemplate(
        readFileSync(join(REPO_ROOT, 'templates/golden-paths', path.template, 'template.yaml'), 'utf8'),
      );
      const form = issueForm({ name: spec.name, title: spec.title, parameters: spec.parameters });
      expect(form.unsupported, path.template).toEqual([]);
      expect(form.yaml).toContain('label: Owner');
    }
  });

  it('breaks the docs check when a page goes missing (the check can fail)', () => {
    const dir = join(work, 'acme', 'handbook');
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'mkdocs.yml'))) render(PATHS[2]!);
    writeFileSync(join(dir, 'docs/reference.md'), 'See [nowhere](missing.md).\n');
    expect(() => npm(dir, ['test'])).toThrow(/missing\.md leads to no file/);
  });
});
