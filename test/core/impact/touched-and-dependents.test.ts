import { describe, expect, it } from 'vitest';
import { catalogIndexOf, type IndexEntity } from '../../../app/core/catalog-index/catalog-index.ts';
import { dependentsOf } from '../../../app/core/impact/dependents.ts';
import { sameRepositoryFolder, touchedEntities } from '../../../app/core/impact/touched-entities.ts';

const URL = 'https://github.com/acme/mono';

describe('touched entities', () => {
  const entities = [
    { ref: 'location:default/root', path: 'catalog-info.yaml' },
    { ref: 'system:default/all', path: 'catalog-info.yaml' },
    { ref: 'component:default/a', path: 'services/a/catalog-info.yaml' },
    {
      ref: 'component:default/b',
      path: 'services/b/catalog-info.yaml',
      sourceLocation: `url:${URL}/tree/main/libs/b-lib/`,
    },
  ];

  it('gives a path to the deepest claim above it, as the nearest CODEOWNERS rule wins', () => {
    expect([...touchedEntities(entities, ['services/a/src/x.ts'], URL).keys()]).toEqual(['component:default/a']);
    expect([...touchedEntities(entities, ['libs/b-lib/y.ts'], URL).keys()]).toEqual(['component:default/b']);
    expect([...touchedEntities(entities, ['README.md'], URL).keys()]).toEqual(['system:default/all']);
  });

  it('touches every entity a changed descriptor defines, never a Location', () => {
    expect([...touchedEntities(entities, ['catalog-info.yaml'], URL).keys()]).toEqual(['system:default/all']);
  });

  it('claims nothing for a source-location elsewhere or climbing out', () => {
    expect(sameRepositoryFolder('url:https://github.com/acme/other/tree/main/x', URL)).toBe(false);
    expect(sameRepositoryFolder(`url:${URL}/tree/main/../x`, URL)).toBe(false);
    expect(sameRepositoryFolder(`url:${URL}/blob/main/a/b`, URL)).toBe('a/b');
  });
});

describe('dependents', () => {
  const entity = (ref: string, relations: [string, string][]): IndexEntity =>
    ({
      ref,
      name: ref,
      title: null,
      owner: null,
      lifecycle: null,
      source: { repository: 'acme/x', path: 'c.yaml', line: 1, url: '' },
      status: 'current',
      relations: relations.map(([type, target]) => ({ type, target })),
    }) as unknown as IndexEntity;
  // c depends on b, b consumes the API a provides, d depends on c.
  const index = catalogIndexOf('acme', [
    entity('component:default/a', [['providesApi', 'api:default/a-api']]),
    entity('api:default/a-api', [
      ['apiProvidedBy', 'component:default/a'],
      ['apiConsumedBy', 'component:default/b'],
    ]),
    entity('component:default/b', [
      ['consumesApi', 'api:default/a-api'],
      ['dependencyOf', 'component:default/c'],
    ]),
    entity('component:default/c', [
      ['dependsOn', 'component:default/b'],
      ['dependencyOf', 'component:default/d'],
    ]),
    entity('component:default/d', [['dependsOn', 'component:default/c']]),
  ]);

  it('walks dependsOn and API consumption, each dependent at its shortest distance', () => {
    expect(dependentsOf(index, 'component:default/a')).toEqual({
      direct: ['component:default/b'],
      transitive: ['component:default/c', 'component:default/d'],
      truncated: false,
    });
  });

  it('stops at the limit and says so', () => {
    expect(dependentsOf(index, 'component:default/a', 2)).toEqual({
      direct: ['component:default/b'],
      transitive: ['component:default/c'],
      truncated: true,
    });
  });
});
