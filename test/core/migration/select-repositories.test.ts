/**
 * Which Acme repositories a migration is for, from Acme's catalog as `callboard catalog build`
 * builds it: the shipped node-24 example and onboarding, then each kind of target on its own, each
 * refusal with the reason the dashboard shows; and what templates see of the repository chosen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrationSpec, MigrationTargets } from '../../../app/core/migration/migration-model.ts';
import { parseMigration } from '../../../app/core/migration/parse-migration.ts';
import {
  selectRepository,
  templateContextOf,
  type TargetRepository,
  type Targeting,
} from '../../../app/core/migration/select-repositories.ts';
import { acmeIndex, ACME_REPOSITORIES } from '../../support/acme-example.ts';
import { REPO_ROOT } from '../../support/paths.ts';

function shipped(folder: string, id: string): MigrationSpec {
  const root = join(REPO_ROOT, folder);
  const templateFiles = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)));
  const text = readFileSync(join(root, `${id}.yaml`), 'utf8');
  return parseMigration({ path: `migrations/${id}.yaml`, text }, { templateFiles, today: '2026-12-03' }).spec!;
}

const index = await acmeIndex();
const repositoryOf = (fullName: string, extra: Partial<TargetRepository> = {}): TargetRepository => ({
  fullName,
  archived: false,
  entities: index.ofRepository(fullName),
  ...extra,
});
const shown = (t: Targeting) => (t.applies ? (t.entity?.ref ?? 'applies') : t.reason);
/** Every Acme repository with what the targets say of it. */
const over = (targets: Partial<MigrationTargets>, extra: Partial<TargetRepository> = {}) =>
  Object.fromEntries(
    ACME_REPOSITORIES.map((r) => [
      r,
      shown(selectRepository({ include: [], exclude: [], ...targets }, repositoryOf(r, extra))),
    ]),
  );

describe("Acme's node-24 example", () => {
  it('applies to the production TypeScript components, and says why not to every other repository', () => {
    expect(over(shipped('examples/acme/platform-catalog/migrations', 'node-24').targets)).toEqual({
      'acme/artist-lookup': 'no entity tagged typescript',
      'acme/artists-db': 'no entity of kind Component',
      'acme/data-pipelines': 'no entity tagged typescript',
      'acme/golden-paths': 'excluded',
      'acme/legacy-billing': 'no entity in the catalog',
      'acme/org': 'no entity of kind Component',
      'acme/platform-catalog': 'no entity of kind Component',
      // A monorepo: its root descriptor is a Location, so the matching component is the entity.
      'acme/playback': 'component:default/playback-sdk',
      'acme/podcast-api': 'component:default/podcast-api',
      'acme/search-service': 'no entity in the catalog',
      'acme/wayback-archive': 'no entity in lifecycle production',
      'acme/www-artist': 'component:default/www-artist',
    });
  });
});

describe('onboarding', () => {
  it('applies to the repositories the catalog has no entity of (both broken examples), and to no other', () => {
    const targeting = over(shipped('templates/migrations', 'onboarding').targets);
    expect(Object.entries(targeting).filter(([, t]) => t === 'applies')).toEqual([
      ['acme/legacy-billing', 'applies'],
      ['acme/search-service', 'applies'],
    ]);
    expect(targeting['acme/www-artist']).toBe('already in the catalog');
  });
});

describe('each kind of target', () => {
  it('archived repositories never apply, whatever the targets say', () => {
    expect(new Set(Object.values(over({ include: ['acme/www-artist'] }, { archived: true })))).toEqual(
      new Set(['archived']),
    );
  });

  it('include applies whatever the query says; exclude wins over include; case does not matter', () => {
    const targets = { entities: { kind: ['API'] }, include: ['ACME/artists-db', 'acme/org'], exclude: ['acme/ORG'] };
    const targeting = over(targets);
    expect(targeting['acme/artists-db']).toBe('resource:default/artists-db');
    expect(targeting['acme/org']).toBe('excluded');
    expect(targeting['acme/artist-lookup']).toBe('api:default/artist-api');
  });

  it('repository globs: a name, or owner/name with a slash', () => {
    const targeting = over({ repositories: ['*-SERVICE', 'acme/www-*'] });
    expect(Object.keys(targeting).filter((r) => !targeting[r]!.startsWith('its name'))).toEqual([
      'acme/search-service',
      'acme/www-artist',
    ]);
    expect(targeting['acme/org']).toBe('its name matches none of *-SERVICE, acme/www-*');
  });

  it('catalogued: true leaves out the repositories without entities', () => {
    expect(over({ catalogued: true })['acme/legacy-billing']).toBe('not in the catalog');
    expect(over({ catalogued: true })['acme/org']).toBe('group:default/acme');
  });

  it('refs by full ref or bare name: owner, system, domain; namespaces and types', () => {
    const applying = (targets: Partial<MigrationTargets>) =>
      Object.entries(over(targets)).filter(([, t]) => !t.startsWith('no entity') && t !== 'excluded');
    expect(applying({ entities: { owner: ['team-d'] } })).toEqual([
      ['acme/platform-catalog', 'domain:default/podcasts'],
      ['acme/podcast-api', 'component:default/podcast-api'],
    ]);
    expect(applying({ entities: { owner: ['user:ines.moreau'] } })).toEqual([
      ['acme/podcast-api', 'api:default/podcast'],
    ]);
    expect(applying({ entities: { system: ['system:default/podcast'], kind: ['component'] } })).toEqual([
      ['acme/podcast-api', 'component:default/podcast-api'],
    ]);
    expect(applying({ entities: { domain: ['audio'], type: ['library'] } })).toEqual([
      ['acme/playback', 'component:default/playback-sdk'],
    ]);
    expect(over({ entities: { namespace: ['ops'] } })['acme/org']).toBe('no entity in namespace ops');
    expect(over({ entities: { system: ['audio-playback'] } })['acme/podcast-api']).toBe(
      'no entity in system audio-playback',
    );
  });

  it('failing scorecard checks, as the results say; none when no results are known', () => {
    const failing = (ref: string, track: string, check: string) =>
      ref === 'component:default/queue-proxy' && track === 'basics' && check === 'readme';
    const targets = { entities: { failing: [{ track: 'basics', check: 'readme' }] } };
    expect(over(targets, { failing })['acme/playback']).toBe('component:default/queue-proxy');
    expect(over(targets, { failing })['acme/www-artist']).toBe('no entity failing basics/readme');
    expect(over(targets)['acme/playback']).toBe('no entity failing basics/readme');
  });

  it('without targets, every repository, with its root entity when it has one', () => {
    const targeting = over({});
    expect(targeting['acme/legacy-billing']).toBe('applies');
    expect(targeting['acme/org']).toBe('group:default/acme');
    expect(targeting['acme/wayback-archive']).toBe('component:default/wayback-archive');
  });
});

describe('the template context', () => {
  it("holds the spec's values, the entity and the repository with its guesses", () => {
    const spec = shipped('examples/acme/platform-catalog/migrations', 'node-24');
    const targeting = selectRepository(spec.targets, repositoryOf('acme/podcast-api'));
    const entity = targeting.applies ? targeting.entity : undefined;
    const context = templateContextOf(spec, { fullName: 'acme/podcast-api', defaultBranch: 'main' }, entity, {
      language: 'typescript',
      type: 'service',
      owner: 'team-d',
    });
    expect(context).toEqual({
      values: { nodeVersion: '24' },
      entity: {
        ref: 'component:default/podcast-api',
        kind: 'Component',
        namespace: 'default',
        name: 'podcast-api',
        title: entity!.title,
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/team-d',
        system: 'system:default/podcast',
        domain: 'domain:default/podcasts',
        tags: ['typescript', 'graphql'],
      },
      repository: {
        owner: 'acme',
        name: 'podcast-api',
        fullName: 'acme/podcast-api',
        defaultBranch: 'main',
        language: 'typescript',
        type: 'service',
        guessedOwner: 'team-d',
      },
      migration: { id: 'node-24', title: 'Move to Node 24', version: '1' },
    });
  });

  it('has no entity for an uncatalogued repository', () => {
    const spec = shipped('templates/migrations', 'onboarding');
    const context = templateContextOf(spec, { fullName: 'acme/new-thing', defaultBranch: 'trunk' }, undefined, {
      language: null,
      type: 'library',
      owner: null,
    });
    expect(context.entity).toBeUndefined();
    expect(context.repository).toMatchObject({ name: 'new-thing', type: 'library', guessedOwner: null });
  });
});
