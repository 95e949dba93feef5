import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderCatalog } from '../../../../app/core/catalog/render/render-catalog.ts';
import { acmeCatalog } from './acme-catalog.ts';
import { SHARD_CAPACITY, shardDigits, shardOf } from '../../../../app/core/catalog/shards.ts';
import { catalogOf, entityOf } from './catalog-of.ts';

const files = renderCatalog(acmeCatalog(), { folder: 'catalog' });
const indexText = files.get('catalog/index.json') ?? '';
const schemaText = files.get('catalog/index.schema.json') ?? '';
const index = JSON.parse(indexText);
const schema = JSON.parse(schemaText);
const shardTexts: [string, string][] = index.shards.map((path: string) => [path, files.get(`catalog/${path}`) ?? '']);
const shards = shardTexts.map(([path, text]) => [path, JSON.parse(text)] as const);
const entities = shards.flatMap(([, shard]) => shard.entities);
const problems = JSON.parse(files.get('catalog/index/problems.json') ?? '');

// Strict in every respect, as a careful consumer would be.
const ajv = new Ajv({ strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true });
ajvFormats.default(ajv);
ajv.addSchema(schema, 'index.schema.json');
const validate = ajv.getSchema('index.schema.json')!;
const validateShard = ajv.getSchema('index.schema.json#/definitions/shard')!;
const validateProblems = ajv.getSchema('index.schema.json#/definitions/problems')!;

describe('the index', () => {
  it('validates against index.schema.json: index.json, every shard and the problems', () => {
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
    for (const [path, shard] of shards)
      expect(validateShard(shard), `${path}: ${JSON.stringify(validateShard.errors)}`).toBe(true);
    expect(validateProblems(problems), JSON.stringify(validateProblems.errors)).toBe(true);
    const empty = renderCatalog(catalogOf([]), { folder: 'c' });
    expect(validate(JSON.parse(empty.get('c/index.json') ?? '')), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(empty.get('c/index.json') ?? '').shards).toEqual([]);
  });

  it('is rejected by the schema when a field is missing or unknown (the schema is closed)', () => {
    const [, shard] = shards[0]!;
    const [first, ...rest] = shard.entities;
    const { owner: _owner, ...withoutOwner } = first;
    expect(validateShard({ ...shard, entities: [withoutOwner, ...rest] })).toBe(false);
    expect(validateShard({ ...shard, entities: [{ ...first, extra: 1 }, ...rest] })).toBe(false);
    expect(validate({ ...index, extra: 1 })).toBe(false);
  });

  it('counts the catalog in index.json, two-space indented, keys in a fixed order', () => {
    expect(indexText).toBe(`${JSON.stringify(index, null, 2)}\n`);
    expect(Object.keys(index)).toEqual([
      '$schema',
      'organization',
      'entities',
      'errors',
      'warnings',
      'shardDigits',
      'shards',
      'problems',
    ]);
    expect(index).toMatchObject({
      $schema: './index.schema.json',
      organization: 'acme',
      entities: entities.length,
      shardDigits: 1,
      problems: 'index/problems.json',
    });
    expect(index.errors + index.warnings).toBe(problems.problems.length);
    expect(Object.keys(entities[0])).toEqual([
      'ref',
      'kind',
      'namespace',
      'name',
      'title',
      'description',
      'type',
      'lifecycle',
      'owner',
      'system',
      'domain',
      'tags',
      'displayName',
      'email',
      'links',
      'source',
      'page',
      'status',
      'archived',
      'relations',
    ]);
    expect(Object.keys(problems.problems[0])).toEqual([
      'kind',
      'severity',
      'message',
      'repository',
      'path',
      'line',
      'column',
      'ref',
      'url',
    ]);
  });

  it('puts each entity in the shard its ref hashes to, sorted by ref, one entity per line', () => {
    expect(index.shards).toEqual([...index.shards].sort());
    for (const [path, text] of shardTexts) {
      const shard = JSON.parse(text);
      const name = path.replace(/^index\/|\.json$/g, '');
      expect(shard.$schema).toBe('../index.schema.json#/definitions/shard');
      for (const e of shard.entities) expect(shardOf(e.ref, index.shardDigits)).toBe(name);
      expect(shard.entities.map((e: { ref: string }) => e.ref)).toEqual(
        shard.entities.map((e: { ref: string }) => e.ref).sort(),
      );
      // A header line, one line per entity, a closing line.
      expect(text.split('\n').length).toBe(shard.entities.length + 3);
    }
    expect(entities.length).toBe(new Set(entities.map((e: { ref: string }) => e.ref)).size);
  });

  it('describes each entity: facts, source, page, status and relations', () => {
    const lookup = entities.find((e: { ref: string }) => e.ref === 'component:default/artist-lookup');
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
      source: {
        repository: 'acme/artist-lookup',
        path: 'catalog-info.yaml',
        line: 1,
        url: 'https://github.com/acme/artist-lookup/blob/main/catalog-info.yaml#L1',
      },
      page: 'component/default/artist-lookup.md',
      status: 'current',
      archived: false,
    });
    expect(files.has(`catalog/${lookup.page}`)).toBe(true);
    expect(lookup.links).toEqual([
      { url: 'https://runbooks.acme.example/artist-lookup', title: 'On-call runbook', type: null },
    ]);
    expect(entities.find((e: { ref: string }) => e.ref === 'group:default/team-a')).toMatchObject({
      email: 'team-a@acme.example',
      links: [{ url: 'https://acme-music.slack.com/archives/C05ARTISTS', title: '#team-artists on Slack', type: null }],
    });
    expect(lookup.relations).toContainEqual({ type: 'dependencyOf', target: 'component:default/www-artist' });
    expect(entities.find((e: { ref: string }) => e.ref === 'component:default/playback').status).toBe('stale');
    expect(entities.find((e: { ref: string }) => e.ref === 'group:default/platform').status).toBe('imported');
    expect(entities.find((e: { ref: string }) => e.ref === 'component:default/wayback-archive').archived).toBe(true);
  });

  it('gives null, not a missing key, for absent values', () => {
    const rendered = renderCatalog(catalogOf([{ entity: entityOf('Group', 'g', { type: 'team', children: [] }) }]), {
      folder: 'c',
    });
    const [shard] = JSON.parse(rendered.get('c/index.json') ?? '').shards;
    const g = JSON.parse(rendered.get(`c/${shard}`) ?? '');
    expect(g.entities[0]).toMatchObject({
      title: null,
      description: null,
      lifecycle: null,
      owner: null,
      system: null,
      domain: null,
      tags: [],
      email: null,
      links: [],
    });
  });
});

describe('shards', () => {
  it('hold at most SHARD_CAPACITY entities on average: one more hex digit when the catalog outgrows them', () => {
    expect([1, 100, SHARD_CAPACITY * 16].map(shardDigits)).toEqual([1, 1, 1]);
    expect([SHARD_CAPACITY * 16 + 1, SHARD_CAPACITY * 256].map(shardDigits)).toEqual([2, 2]);
    expect(shardDigits(SHARD_CAPACITY * 256 + 1)).toBe(3);
  });
});

describe('index.schema.json', () => {
  it('is draft-07 and documents every property', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const undocumented: string[] = [];
    const walk = (node: Record<string, unknown>, where: string) => {
      if (typeof node.description !== 'string' || node.description === '') undocumented.push(where);
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>))
        walk(child, `${where}.${name}`);
      if (node.items && !(node.items as Record<string, unknown>).$ref)
        walk(node.items as Record<string, unknown>, `${where}[]`);
    };
    walk(schema, '$');
    for (const [name, definition] of Object.entries(schema.definitions as Record<string, Record<string, unknown>>))
      walk(definition, `#/definitions/${name}`);
    expect(undocumented).toEqual([]);
  });
});
