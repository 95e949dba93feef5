/**
 * Onboarding guesses on Acme's repositories and on listings written for each rule; and whether a
 * repository has migrated, by the shipped specs' conditions on Acme's files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessFilesToRead, guessRepository, type TeamAccess } from '../../../app/core/migration/guess-repository.ts';
import { conditionFiles, isMigrated } from '../../../app/core/migration/is-migrated.ts';
import { parseMigration } from '../../../app/core/migration/parse-migration.ts';
import type { RepositoryFiles } from '../../../app/core/scorecard/scoring-subject.ts';
import { acmeFiles, acmeIndex } from '../../support/acme-example.ts';
import { REPO_ROOT } from '../../support/paths.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const filesOf = (files: Record<string, string>): RepositoryFiles => ({
  paths: Object.keys(files).sort(),
  text: (path) => files[path],
});
const guess = (files: Record<string, string>, teams: TeamAccess[] = []) =>
  guessRepository({ files: filesOf(files), organization: 'acme', teams });

describe('onboarding guesses', () => {
  it("on Acme's repositories: CODEOWNERS' team, a start script's service, Markdown and YAML as no language", () => {
    expect(guessRepository({ files: acmeFiles('acme/www-artist'), organization: 'acme' })).toEqual({
      language: null,
      type: 'service',
      owner: 'team-a',
    });
    expect(guessRepository({ files: acmeFiles('acme/podcast-api'), organization: 'acme' })).toEqual({
      language: null,
      type: 'service',
      owner: null,
    });
    expect(guessFilesToRead(acmeFiles('acme/www-artist').paths)).toEqual(['.github/CODEOWNERS']);
    expect(guessFilesToRead(acmeFiles('acme/podcast-api').paths)).toEqual(['package.json']);
  });

  it('language: the most files, vendored and generated folders left out, ties by name', () => {
    expect(
      guess({ 'a.ts': '', 'b.tsx': '', 'c.py': '', 'node_modules/x/1.js': '', 'node_modules/x/2.js': '' }),
    ).toMatchObject({ language: 'typescript' });
    expect(guess({ 'main.go': '', 'x.py': '', 'vendor/a.go': '' })).toMatchObject({ language: 'go' });
    expect(guess({ 'README.md': '', 'dist/app.js': '' })).toMatchObject({ language: null });
  });

  it('type: a web framework makes a website, a package without a server a library, anything else a service', () => {
    expect(guess({ 'next.config.mjs': '', 'package.json': '{"scripts":{"start":"next start"}}' }).type).toBe('website');
    expect(guess({ 'public/index.html': '' }).type).toBe('website');
    expect(guess({ 'package.json': '{"name":"lib"}', 'src/index.ts': '' }).type).toBe('library');
    expect(guess({ 'package.json': '{"scripts":{"start":"node ."}}' }).type).toBe('service');
    expect(guess({ 'package.json': 'not json' }).type).toBe('library');
    expect(guess({ 'go.mod': '', 'cmd/api/main.go': '' }).type).toBe('service');
    expect(guess({ 'pyproject.toml': '', Dockerfile: '' }).type).toBe('service');
    expect(guess({ 'Cargo.toml': '', 'src/lib.rs': '' }).type).toBe('library');
    expect(guess({ 'scripts/run.sh': '' }).type).toBe('service');
  });

  it("owner: CODEOWNERS' first team of this organisation for the root, else admin, then maintain", () => {
    const teams = [
      { slug: 'writers', permission: 'push' },
      { slug: 'maintainers', permission: 'maintain' },
      { slug: 'admins', permission: 'admin' },
    ];
    expect(guess({ CODEOWNERS: '* @lin @other/x @acme/Team-A @acme/team-b\n' }, teams).owner).toBe('team-a');
    // The last matching line wins, as GitHub reads it.
    expect(guess({ '.github/CODEOWNERS': '* @acme/team-a\n*.yaml @acme/team-c # catalog\n' }).owner).toBe('team-c');
    expect(guess({ CODEOWNERS: 'docs/ @acme/writers\n' }, teams).owner).toBe('admins');
    expect(guess({}, teams.slice(0, 2)).owner).toBe('maintainers');
    expect(guess({}, teams.slice(0, 1)).owner).toBeNull();
  });
});

const shipped = (folder: string, id: string, templateFiles: string[]) =>
  parseMigration(
    { path: `migrations/${id}.yaml`, text: readFileSync(join(REPO_ROOT, folder, `${id}.yaml`), 'utf8') },
    { templateFiles, today: '2026-12-03' },
  ).spec!;

describe('migrated', () => {
  const node24 = shipped('examples/acme/platform-catalog/migrations', 'node-24', ['node-24/files/.nvmrc']);
  const onboarding = shipped('templates/migrations', 'onboarding', ['onboarding/catalog-info.yaml']);

  it('www-artist already builds on Node 24, podcast-api and playback do not', async () => {
    const index = await acmeIndex();
    const verdict = (fullName: string) =>
      isMigrated(node24, { fullName, entity: index.ofRepository(fullName)[0], files: acmeFiles(fullName) }, NOW);
    expect(verdict('acme/www-artist')).toEqual({
      outcome: 'true',
      evidence: '.github/workflows/ci.yml:12 matches node-version: [\'"]?24',
    });
    expect(verdict('acme/podcast-api')?.outcome).toBe('false');
    expect(verdict('acme/playback')).toEqual({
      outcome: 'false',
      evidence: 'no file matches /.nvmrc and no file matches /.github/workflows/*.{yml,yaml}',
    });
  });

  it('onboarding: a repository with any descriptor, even a broken one, has onboarded; the synthetic subject suffices', () => {
    expect(
      isMigrated(onboarding, { fullName: 'acme/legacy-billing', files: acmeFiles('acme/legacy-billing') }, NOW),
    ).toEqual({ outcome: 'true', evidence: 'catalog-info.yaml exists' });
    expect(
      isMigrated(onboarding, { fullName: 'acme/new', files: filesOf({ 'src/a/catalog-info.yaml': '' }) }, NOW)?.outcome,
    ).toBe('true');
    expect(isMigrated(onboarding, { fullName: 'acme/new', files: filesOf({ 'README.md': '' }) }, NOW)).toEqual({
      outcome: 'false',
      evidence: 'no file matches /**/catalog-info.yaml',
    });
  });

  it('no condition, no verdict; the texts a condition needs, and none for existence', () => {
    expect(isMigrated({}, { fullName: 'acme/x', files: filesOf({}) }, NOW)).toBeUndefined();
    expect(conditionFiles(node24, acmeFiles('acme/www-artist').paths)).toEqual(['.github/workflows/ci.yml']);
    expect(conditionFiles(onboarding, acmeFiles('acme/www-artist').paths)).toEqual([]);
    expect(conditionFiles({}, ['a'])).toEqual([]);
  });
});
