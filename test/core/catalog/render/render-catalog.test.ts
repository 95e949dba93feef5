import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../app/core/catalog/types.ts';
import { renderCatalog } from '../../../../app/core/catalog/render/render-catalog.ts';
import { acmeCatalog } from './acme-catalog.ts';
import { catalogOf, entityOf } from './catalog-of.ts';

const render = (catalog: Catalog = acmeCatalog()) => renderCatalog(catalog, { folder: 'catalog' });

/** A seeded shuffle, so the test itself is deterministic. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('renderCatalog: the files', () => {
  it('writes the overview, status, index, schema, Location, imported teams, and a page and a YAML per entity', () => {
    const files = render();
    const paths = [...files.keys()];
    const shards = JSON.parse(files.get('catalog/index.json') ?? '').shards.map((s: string) => `catalog/${s}`);
    expect(shards.length).toBeGreaterThan(0);
    const entityFiles = (kind: string, names: string[]) =>
      names.flatMap((n) => [`catalog/${kind}/default/${n}.md`, `catalog/entities/${kind}/default/${n}.yaml`]);
    expect(new Set(paths)).toEqual(
      new Set([
        'catalog/README.md',
        'catalog/errors.md',
        'catalog/index.json',
        ...shards,
        'catalog/index/problems.json',
        'catalog/index.schema.json',
        'catalog/all.yaml',
        'catalog/imported.yaml',
        ...entityFiles('api', ['artist-api']),
        ...entityFiles('component', ['artist-lookup', 'legacy-billing', 'playback', 'wayback-archive', 'www-artist']),
        ...entityFiles('domain', ['artists']),
        ...entityFiles('group', ['engineering', 'platform', 'team-a', 'team-b']),
        ...entityFiles('resource', ['artists-db']),
        ...entityFiles('system', ['artist-portal']),
        ...entityFiles('user', ['lars.henriksen', 'maya.okafor', 'octocat', 'rosa.lindqvist', 'tomas.silva']),
      ]),
    );
    expect(paths).toEqual([...paths].sort());
  });

  it('has no imported.yaml when nothing is imported, and an empty catalog still renders', () => {
    const empty = render(catalogOf([]));
    expect([...empty.keys()]).toEqual([
      'catalog/README.md',
      'catalog/all.yaml',
      'catalog/errors.md',
      'catalog/index.json',
      'catalog/index.schema.json',
      'catalog/index/problems.json',
    ]);
  });

  it('keeps names with dots and underscores, lowercases kind and name', () => {
    const files = render(
      catalogOf([
        {
          entity: entityOf(
            'Component',
            'Big_Service.v2',
            { type: 'service', lifecycle: 'production', owner: 'team-a' },
            { namespace: 'payments' },
          ),
        },
      ]),
    );
    expect(files.has('catalog/component/payments/big_service.v2.md')).toBe(true);
    expect(files.has('catalog/entities/component/payments/big_service.v2.yaml')).toBe(true);
  });

  it('puts files under the folder given', () => {
    expect([...renderCatalog(acmeCatalog(), { folder: 'out/cat' }).keys()].every((p) => p.startsWith('out/cat/'))).toBe(
      true,
    );
  });

  it('links between files only to files it writes (every relative link resolves)', () => {
    const files = render();
    const broken: string[] = [];
    let checked = 0;
    for (const [path, content] of files) {
      if (!path.endsWith('.md')) continue;
      for (const [, target] of content.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!target || /^(?:https?|mailto):/.test(target)) continue;
        checked++;
        const resolved = posix.normalize(posix.join(posix.dirname(path), target));
        if (!files.has(resolved)) broken.push(`${path} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('ends every file with one newline and no trailing spaces', () => {
    for (const [path, content] of render()) {
      expect(content.endsWith('\n') && !content.endsWith('\n\n'), path).toBe(true);
      expect(content.match(/[ \t]$/m), path).toBeNull();
    }
  });
});

describe('renderCatalog: determinism', () => {
  it('gives the same bytes when rendered twice', () => {
    expect([...render()]).toEqual([...render()]);
  });

  it('sorts its inputs itself: entities, relations, problems and repositories in any order give the same bytes', () => {
    const catalog = acmeCatalog();
    const reference = [...render(catalog)];
    for (const seed of [1, 7, 42]) {
      const mixed: Catalog = {
        ...catalog,
        entities: shuffled(catalog.entities, seed).map((e) => ({ ...e, relations: shuffled(e.relations, seed + 1) })),
        problems: shuffled(catalog.problems, seed + 2),
        repositories: shuffled(catalog.repositories, seed + 3),
      };
      expect([...render(mixed)]).toEqual(reference);
    }
  });

  it('completes relations recorded on one side only', () => {
    const catalog = acmeCatalog();
    // Keep only relations whose source is a component: the reverse ones must be derived.
    const oneSided: Catalog = {
      ...catalog,
      entities: catalog.entities.map((e) => ({ ...e, relations: e.ref.startsWith('component:') ? e.relations : [] })),
    };
    const page = render(oneSided).get('catalog/component/default/artist-lookup.md') ?? '';
    expect(page).toContain('### Dependents');
    expect(page).toContain('[www-artist](www-artist.md)');
  });
});
