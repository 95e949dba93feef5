import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderCatalog } from '../../../../app/core/catalog/render/render-catalog.ts';
import { acmeCatalog } from './acme-catalog.ts';
import { catalogOf, entityOf } from './catalog-of.ts';

const files = renderCatalog(acmeCatalog(), { folder: 'catalog' });
const indexText = files.get('catalog/index.json') ?? '';
const schemaText = files.get('catalog/index.schema.json') ?? '';
const index = JSON.parse(indexText);
const schema = JSON.parse(schemaText);

// Strict in every respect, as a careful consumer would be.
const ajv = new Ajv({ strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

describe('index.json', () => {
  it('validates against index.schema.json', () => {
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
    const empty = JSON.parse(renderCatalog(catalogOf([]), { folder: 'c' }).get('c/index.json') ?? '');
    expect(validate(empty), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is rejected by the schema when a field is missing or unknown (the schema is closed)', () => {
    const [first, ...rest] = index.entities;
    const { owner: _owner, ...withoutOwner } = first;
    expect(validate({ ...index, entities: [withoutOwner, ...rest] })).toBe(false);
    expect(validate({ ...index, entities: [{ ...first, extra: 1 }, ...rest] })).toBe(false);
  });

  it('is two-space indented JSON with a trailing newline, keys in a fixed order', () => {
    expect(indexText).toBe(`${JSON.stringify(index, null, 2)}\n`);
    expect(Object.keys(index)).toEqual(['$schema', 'organization', 'entities', 'problems']);
    expect(index.$schema).toBe('./index.schema.json');
    expect(Object.keys(index.entities[0])).toEqual([
      'ref', 'kind', 'namespace', 'name', 'title', 'description', 'type', 'lifecycle', 'owner', 'system', 'domain', 'tags', 'source', 'page', 'status', 'archived', 'relations',
    ]);
    expect(Object.keys(index.problems[0])).toEqual(['kind', 'severity', 'message', 'repository', 'path', 'line', 'column', 'ref', 'url']);
  });

  it('describes each entity: facts, source, page, status and relations', () => {
    const lookup = index.entities.find((e: { ref: string }) => e.ref === 'component:default/artist-lookup');
    expect(lookup).toMatchObject({
      kind: 'Component',
      namespace: 'default',
      name: 'artist-lookup',
      title: 'Artist Lookup',
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      system: 'system:default/artist-portal',
      domain: 'domain:default/artists',
      tags: ['kotlin', 'rest'],
      source: { repository: 'acme/artist-lookup', path: 'catalog-info.yaml', line: 1, url: 'https://github.com/acme/artist-lookup/blob/main/catalog-info.yaml#L1' },
      page: 'component/default/artist-lookup.md',
      status: 'current',
      archived: false,
    });
    expect(lookup.relations).toContainEqual({ type: 'dependencyOf', target: 'component:default/www-artist' });
    expect(index.entities.map((e: { ref: string }) => e.ref)).toEqual(index.entities.map((e: { ref: string }) => e.ref).sort());
    expect(index.entities.find((e: { ref: string }) => e.ref === 'component:default/playback').status).toBe('stale');
    expect(index.entities.find((e: { ref: string }) => e.ref === 'group:default/platform').status).toBe('imported');
    expect(index.entities.find((e: { ref: string }) => e.ref === 'component:default/wayback-archive').archived).toBe(true);
  });

  it('gives null, not a missing key, for absent values', () => {
    const g = JSON.parse(renderCatalog(catalogOf([{ entity: entityOf('Group', 'g', { type: 'team', children: [] }) }]), { folder: 'c' }).get('c/index.json') ?? '');
    expect(g.entities[0]).toMatchObject({ title: null, description: null, lifecycle: null, owner: null, system: null, domain: null, tags: [] });
  });
});

describe('index.schema.json', () => {
  it('is draft-07 and documents every property', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const undocumented: string[] = [];
    const walk = (node: Record<string, unknown>, where: string) => {
      if (typeof node.description !== 'string' || node.description === '') undocumented.push(where);
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child, `${where}.${name}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${where}[]`);
    };
    walk(schema, '$');
    expect(undocumented).toEqual([]);
  });
});
