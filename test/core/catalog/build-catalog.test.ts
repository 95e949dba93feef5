/**
 * Catalog builds over a folder of repositories (the local forge): discovery, conflicts, last good
 * versions, removals with reasons, imported teams, configuration, and byte-for-byte determinism.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../app/core/catalog/build-catalog.ts';
import { commitMessage } from '../../../app/core/catalog/plan-catalog.ts';
import { parseCatalogConfig } from '../../../app/core/catalog/catalog-config.ts';
import { emptyState } from '../../../app/core/catalog/catalog-state.ts';
import type { OrganizationTeam } from '../../../app/core/catalog/import-teams.ts';
import { forgeCatalogSource } from '../../../app/forge/forge-catalog-source.ts';
import { createLocalForge } from '../../../app/forge/local/local-forge.ts';
import { taken, stateOf, type Built } from '../../support/built-catalog.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { tempRepo } from '../../support/temp-repo.ts';
import { inThisThread } from '../../../app/core/content-work.ts';

const group = (name: string, extra = '') =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: team\n  children: []${extra}\n`;

/** Builds `org` as the previous build left it (`previous`), with teams from `teams`. */
/** How many times a build listed every repository of the organisation. */
let listings = 0;

interface BuildOptions {
  teams?: OrganizationTeam[];
  config?: string;
  only?: string[];
  force?: boolean;
  readTeams?: boolean;
  /** When each repository was last pushed to, as GitHub's listing says (a folder on disk cannot say). */
  pushedAt?: Record<string, string>;
}

async function build(org: string, previous?: Built, options: BuildOptions = {}): Promise<Built> {
  const forge = createLocalForge({ root: org, owner: 'acme', webUrl: 'https://github.com' });
  const local = forgeCatalogSource(forge, 'acme');
  const pushedAt = options.pushedAt ?? {};
  const source = {
    ...local,
    listRepositories: async () => {
      listings++;
      return (await local.listRepositories()).map((r) => (pushedAt[r.name] ? { ...r, pushedAt: pushedAt[r.name] } : r));
    },
    teams: async () => options.teams ?? [],
  };
  const { config, problems } = parseCatalogConfig(options.config);
  // The previous build's state describes the files it produced; the next build diffs against it.
  const state = previous ? stateOf(previous.files, config.folder) : emptyState();
  const result = await buildCatalog({
    organization: 'acme',
    source,
    work: inThisThread,
    config,
    configProblems: problems,
    state,
    ...(options.only ? { only: options.only } : {}),
    ...(options.force ? { force: true } : {}),
    ...(options.readTeams ? { readTeams: true } : {}),
  });
  const built = taken(result, previous?.files);
  // Every build here also checks the state it says it left: what the next build reads from its files.
  expect(built.nextState()).toEqual(stateOf(built.files, config.folder));
  return built;
}

const write = (org: string, path: string, text: string | null) => {
  if (text === null) return rmSync(join(org, path), { recursive: true, force: true });
  mkdirSync(dirname(join(org, path)), { recursive: true });
  writeFileSync(join(org, path), text);
};
const refs = (r: Built) => r.catalog.entities.map((e) => e.ref);
/** The changes, shards named by their folder (which shard a ref lands in is the hash's business). */
const changed = (r: Built) =>
  [
    ...new Set(
      r.changes.map(
        (c) =>
          `${c.content === null ? '-' : '+'} ${c.path.replace(/\/(index|\.callboard\/entities)\/[0-9a-f]+\.json$/, '/$1/<shard>.json')}`,
      ),
    ),
  ].sort();

describe('buildCatalog', () => {
  it('reads root descriptors and what their Locations lead to, and relates entities both ways', async () => {
    const org = tempRepo({
      'svc/catalog-info.yaml': componentYaml('svc', '\n  dependsOn: [component:lib]'),
      'mono/catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: mono\nspec:\n  targets: [./libs/*/catalog-info.yaml]\n',
      'mono/libs/lib/catalog-info.yaml': componentYaml('lib'),
      'people/catalog-info.yaml': group('team-a'),
      'empty/README.md': 'no descriptor',
    });
    const result = await build(org);
    expect(refs(result)).toEqual([
      'component:default/lib',
      'component:default/svc',
      'group:default/team-a',
      'location:default/mono',
    ]);
    const lib = result.catalog.entities.find((e) => e.ref === 'component:default/lib')!;
    expect(lib.relations).toEqual([
      { source: 'component:default/lib', type: 'dependencyOf', target: 'component:default/svc' },
      { source: 'component:default/lib', type: 'ownedBy', target: 'group:default/team-a' },
    ]);
    expect(lib.source).toMatchObject({
      repository: 'acme/mono',
      path: 'libs/lib/catalog-info.yaml',
      url: 'https://github.com/acme/mono/blob/main/libs/lib/catalog-info.yaml#L1',
    });
    expect(result.files.get('catalog/component/default/lib.md')).toContain('svc');
  });

  it('reports references to nothing, and keeps the relation (Backstage keeps dangling relations)', async () => {
    const org = tempRepo({ 'svc/catalog-info.yaml': componentYaml('svc') });
    const result = await build(org);
    expect(result.catalog.problems.map((p) => [p.kind, p.severity, p.message])).toEqual([
      ['dangling-ref', 'warning', 'component:default/svc ownedBy group:default/team-a, which is not in the catalog'],
    ]);
  });

  it('keeps the last good version of an entity whose descriptor breaks, and removes it when its file is gone', async () => {
    const org = tempRepo({
      'svc/catalog-info.yaml': componentYaml('svc'),
      'people/catalog-info.yaml': group('team-a'),
    });
    const first = await build(org);
    write(
      org,
      'svc/catalog-info.yaml',
      componentYaml('svc').replace('  type: service', '  type: service\n  type: website'),
    );
    const broken = await build(org, first);
    const svc = broken.catalog.entities.find((e) => e.ref === 'component:default/svc')!;
    expect(svc.status).toEqual({
      state: 'stale',
      errors: ['catalog-info.yaml:7:3 YAML error: Map keys must be unique'],
    });
    expect(svc.entity).toEqual(first.catalog.entities.find((e) => e.ref === 'component:default/svc')!.entity);
    expect(broken.files.get('catalog/component/default/svc.md')).toContain('last good version');
    // Still broken: still kept, from the snapshot the broken build wrote.
    const again = await build(org, broken);
    expect(again.catalog.entities.find((e) => e.ref === 'component:default/svc')?.status.state).toBe('stale');
    write(org, 'svc/catalog-info.yaml', null);
    const gone = await build(org, again);
    expect(refs(gone)).toEqual(['group:default/team-a']);
    expect(gone.catalog.removed).toEqual([
      { ref: 'component:default/svc', reason: 'no longer defined in acme/svc/catalog-info.yaml' },
    ]);
    expect(changed(gone)).toContain('- catalog/component/default/svc.md');
  });

  it('reads again, in a full build, only the repositories pushed to since they were read', async () => {
    const org = tempRepo({
      'a/catalog-info.yaml': componentYaml('a'),
      'b/catalog-info.yaml': componentYaml('b'),
      'c/catalog-info.yaml': componentYaml('c'),
    });
    const t1 = { a: '2026-11-23T10:00:00Z', b: '2026-11-23T10:00:00Z' };
    const first = await build(org, undefined, { pushedAt: t1 });
    expect(first.read).toEqual(['acme/a', 'acme/b', 'acme/c']);
    write(org, 'a/catalog-info.yaml', componentYaml('a').replace('spec:', '  description: Pushed\nspec:'));
    // a was pushed to; b was not; c has no pushedAt (the forge cannot say), so it is read every time.
    const second = await build(org, first, { pushedAt: { ...t1, a: '2026-11-23T11:00:00Z' } });
    expect(second.read).toEqual(['acme/a', 'acme/c']);
    expect(second.files.get('catalog/component/default/a.md')).toContain('Pushed');
    expect((await build(org, second, { pushedAt: { ...t1, a: '2026-11-23T11:00:00Z' }, force: true })).read).toEqual([
      'acme/a',
      'acme/b',
      'acme/c',
    ]);
    // New extra paths in callboard.yaml for b: b is read again to find them.
    const config = 'discovery:\n  - repositories: b\n    paths: [more/*.yaml]\n';
    expect((await build(org, second, { pushedAt: { ...t1, a: '2026-11-23T11:00:00Z' }, config })).read).toEqual([
      'acme/b',
      'acme/c',
    ]);
  });

  it('builds for some repositories without listing the organisation: a removed one leaves, a renamed one moves', async () => {
    const org = tempRepo({
      'a/catalog-info.yaml': componentYaml('a'),
      'b/catalog-info.yaml': componentYaml('b'),
      'old/catalog-info.yaml': componentYaml('moving'),
    });
    const first = await build(org);
    listings = 0;
    write(org, 'b', null);
    write(org, 'old', null);
    write(org, 'new/catalog-info.yaml', componentYaml('moving'));
    const second = await build(org, first, { only: ['acme/b', 'acme/old', 'acme/new'] });
    expect(listings).toBe(0);
    expect(second.read).toEqual(['acme/new']);
    expect(refs(second)).toEqual(['component:default/a', 'component:default/moving']);
    expect(second.catalog.entities.find((e) => e.ref === 'component:default/moving')!.source.repository).toBe(
      'acme/new',
    );
    expect(second.catalog.removed).toEqual([
      { ref: 'component:default/b', reason: 'repository acme/b is gone (deleted, or no longer visible to Callboard)' },
    ]);
    expect(changed(second)).toEqual(
      expect.arrayContaining([
        '- catalog/.callboard/repositories/acme/b.json',
        '- catalog/.callboard/repositories/acme/old.json',
        '+ catalog/.callboard/repositories/acme/new.json',
      ]),
    );
  });

  it('removes the entities of a repository that is gone, once, saying why in the commit message', async () => {
    const org = tempRepo({
      'svc/catalog-info.yaml': componentYaml('svc'),
      'people/catalog-info.yaml': group('team-a'),
    });
    const first = await build(org);
    write(org, 'svc', null);
    const gone = await build(org, first);
    expect(gone.catalog.removed).toEqual([
      {
        ref: 'component:default/svc',
        reason: 'repository acme/svc is gone (deleted, or no longer visible to Callboard)',
      },
    ]);
    expect(commitMessage(gone, 'scheduled reconcile')).toContain(
      '- component:default/svc: repository acme/svc is gone',
    );
    expect(changed(gone)).toEqual(
      expect.arrayContaining(['- catalog/component/default/svc.md', '- catalog/.callboard/repositories/acme/svc.json']),
    );
    expect((await build(org, gone)).catalog.removed).toEqual([]);
  });

  it('decides a conflict by a stable rule, tells both sides, and keeps the holder when a newcomer sorts first', async () => {
    const org = tempRepo({
      'zeta/catalog-info.yaml': componentYaml('svc'),
      'people/catalog-info.yaml': group('team-a'),
    });
    const first = await build(org);
    write(org, 'alpha/catalog-info.yaml', componentYaml('SVC'));
    const second = await build(org, first);
    const svc = second.catalog.entities.find((e) => e.ref === 'component:default/svc')!;
    expect(svc.source.repository).toBe('acme/zeta');
    expect(second.catalog.problems.filter((p) => p.kind === 'conflict').map((p) => [p.repository, p.severity])).toEqual(
      [
        ['acme/alpha', 'error'],
        ['acme/zeta', 'warning'],
      ],
    );
    expect(
      (await build(org, second)).catalog.entities.find((e) => e.ref === 'component:default/svc')!.source.repository,
    ).toBe('acme/zeta');
  });

  it("imports the organisation's teams as Groups and Users, unless a descriptor defines them", async () => {
    const org = tempRepo({ 'people/catalog-info.yaml': group('team-a', '\n  profile: { email: a@acme.example }') });
    const teams = [
      { slug: 'engineering', name: 'Engineering', members: ['ada'] },
      { slug: 'team-a', name: 'Team A', parent: 'engineering', members: ['lin'] },
    ];
    const result = await build(org, undefined, { teams });
    expect(result.catalog.entities.map((e) => [e.ref, e.status.state])).toEqual([
      ['group:default/engineering', 'imported'],
      ['group:default/team-a', 'current'],
      ['user:default/ada', 'imported'],
      ['user:default/lin', 'imported'],
    ]);
    expect(result.catalog.entities[0]!.entity).toMatchObject({
      metadata: { annotations: { 'github.com/team-slug': 'acme/engineering' } },
      spec: { children: ['team-a'], members: ['ada'] },
    });
    expect(result.files.get('catalog/imported.yaml')).toContain('name: engineering');
    // A push does not change teams: its build keeps those imported; a team event reads them again.
    const more = [...teams, { slug: 'team-b', name: 'Team B', members: ['bo'] }];
    const pushed = await build(org, result, { teams: more, only: ['acme/people'] });
    expect(refs(pushed)).not.toContain('group:default/team-b');
    expect(refs(await build(org, pushed, { teams: more, only: [], readTeams: true }))).toContain(
      'group:default/team-b',
    );
  });

  it('reads the monorepo paths of callboard.yaml, and reports its mistakes at their line without stopping', async () => {
    const org = tempRepo({
      'mono/services/a/catalog-info.yaml': componentYaml('a'),
      'mono/services/b/catalog-info.yaml': componentYaml('b'),
    });
    const config =
      'discovery:\n  - repositories: mono\n    paths: [services/*/catalog-info.yaml]\nteams:\n  import: maybe\n';
    const result = await build(org, undefined, { config });
    expect(refs(result)).toEqual(['component:default/a', 'component:default/b']);
    expect(result.catalog.problems.filter((p) => p.kind === 'config').map((p) => [p.line, p.message])).toEqual([
      [5, '"teams.import" must be true or false, but found the string "maybe"'],
    ]);
  });

  it('is deterministic to the byte: nothing changed means no change, and re-reading one repository changes only its pages', async () => {
    const org = tempRepo({
      'a/catalog-info.yaml': componentYaml('a'),
      'b/catalog-info.yaml': componentYaml('b'),
      'people/catalog-info.yaml': group('team-a'),
    });
    const first = await build(org);
    expect((await build(org, first)).changes).toEqual([]);
    write(org, 'b/catalog-info.yaml', componentYaml('b').replace('team-a', 'team-b'));
    write(org, 'people/catalog-info.yaml', `${group('team-a')}---\n${group('team-b')}`);
    const moved = await build(org, first, { only: ['acme/b', 'acme/people'] });
    // Code-point order: capitals first.
    expect(changed(moved)).toEqual([
      '+ catalog/.callboard/entities/<shard>.json',
      '+ catalog/.callboard/manifest.json',
      '+ catalog/.callboard/repositories/acme/b.json',
      '+ catalog/.callboard/repositories/acme/people.json',
      '+ catalog/README.md',
      '+ catalog/component/default/b.md',
      '+ catalog/entities/component/default/b.yaml',
      '+ catalog/entities/group/default/team-a.yaml',
      '+ catalog/entities/group/default/team-b.yaml',
      '+ catalog/group/default/team-a.md',
      '+ catalog/group/default/team-b.md',
      '+ catalog/index.json',
      '+ catalog/index/<shard>.json',
    ]);
  });
});
