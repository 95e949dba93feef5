import { beforeEach, describe, expect, it } from 'vitest';
import { createEntityValidator } from '../../app/core/validation/validate-entity.ts';

const validator = createEntityValidator();
const summary = (value: unknown) =>
  validator(value).problems.map((p) => ({ severity: p.severity, rule: p.rule, pointer: p.pointer }));

// One valid fixture, one change per test (Backstage's own pattern for kind tests).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reshapes the fixture freely
let entity: Record<string, any>;
beforeEach(() => {
  entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'artist-lookup',
      labels: { 'example.com/tier': 'gold' },
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      tags: ['java', 'c++', 'aws:lambda'],
      links: [{ url: 'https://example.com', title: 'Home' }],
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-a',
      system: 'artist-engagement-portal',
      dependsOn: ['resource:artists-db'],
      providesApis: ['artist-api'],
    },
  };
});

describe('createEntityValidator: a Component', () => {
  it('accepts the valid fixture, with both directions of every relation', () => {
    const verdict = validator(entity);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ref).toBe('component:default/artist-lookup');
    expect(verdict.relations).toContainEqual({
      source: 'component:default/artist-lookup',
      type: 'ownedBy',
      target: 'group:default/team-a',
    });
    expect(verdict.relations).toContainEqual({
      source: 'group:default/team-a',
      type: 'ownerOf',
      target: 'component:default/artist-lookup',
    });
    expect(verdict.relations).toContainEqual({
      source: 'resource:default/artists-db',
      type: 'dependencyOf',
      target: 'component:default/artist-lookup',
    });
    expect(verdict.relations).toHaveLength(8);
  });

  it('rejects an empty owner', () => {
    entity.spec.owner = '';
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'kind-schema', pointer: '/spec/owner' }]);
  });

  it('rejects a missing lifecycle, at the spec', () => {
    delete entity.spec.lifecycle;
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'kind-schema', pointer: '/spec' }]);
  });

  it('says which kind a reference names, with its article: "refers to an API"', () => {
    entity.spec.dependsOn = ['api:artist-api'];
    const [warning] = validator(entity).problems;
    expect(warning).toMatchObject({
      rule: 'relation-target-kind',
      message:
        '"spec.dependsOn" refers to an API (api:artist-api), but it should refer to a Component or Resource it depends on',
      expected: 'a Component or a Resource',
    });
  });

  it('rejects a dependsOn reference without a kind', () => {
    entity.spec.dependsOn = ['artists-db'];
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'entity-ref', pointer: '/spec/dependsOn/0' }]);
  });

  it.each(['a--b', 'a_.b', 'A1'])('accepts the name %s (looser than the docs say)', (name) => {
    entity.metadata.name = name;
    expect(summary(entity)).toEqual([]);
  });

  it.each(['-a', 'a b', 'x'.repeat(64), 'a-'])('rejects the name %j', (name) => {
    entity.metadata.name = name;
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'field-format', pointer: '/metadata/name' }]);
  });

  it.each(['Java', 'go_1', 'go1.15', 'node.js', 'a--b'])('rejects the tag %s', (tag) => {
    entity.metadata.tags = [tag];
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'field-format', pointer: '/metadata/tags/0' }]);
  });

  it.each(['Default', 'a.b', 'a_b'])('rejects the namespace %s (lowercase DNS label only)', (namespace) => {
    entity.metadata.namespace = namespace;
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'field-format', pointer: '/metadata/namespace' }]);
  });

  it('rejects a label value that is not a name', () => {
    entity.metadata.labels = { purpose: 'Random value Generator' };
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'field-format', pointer: '/metadata/labels/purpose' }]);
  });

  it('rejects an annotation key with two slashes, at the key', () => {
    entity.metadata.annotations = { 'a/b/c': 'x' };
    const [problem] = validator(entity).problems;
    expect(problem).toMatchObject({ rule: 'field-format', pointer: '/metadata/annotations/a~1b~1c', atKey: true });
  });

  it('rejects relations and status at the root', () => {
    entity.relations = [];
    entity.status = {};
    expect(summary(entity)).toEqual([
      { severity: 'error', rule: 'root-field', pointer: '/relations' },
      { severity: 'error', rule: 'root-field', pointer: '/status' },
    ]);
  });

  it('reports every problem, not just the first', () => {
    entity.metadata.name = 'my service';
    entity.metadata.tags = ['Java'];
    delete entity.spec.owner;
    entity.spec.dependsOn = ['artists-db'];
    expect(summary(entity).map((p) => p.pointer)).toEqual([
      '/metadata/name',
      '/metadata/tags/0',
      '/spec',
      '/spec/dependsOn/0',
    ]);
  });

  it('warns when the owner is not a Group or User', () => {
    entity.spec.owner = 'component:other';
    expect(summary(entity)).toEqual([{ severity: 'warning', rule: 'relation-target-kind', pointer: '/spec/owner' }]);
  });

  it('accepts dependencyOf, which Backstage emits relations for although its schema omits it', () => {
    entity.spec.dependencyOf = ['component:www-artist'];
    const verdict = validator(entity);
    expect(verdict.problems).toEqual([]);
    expect(verdict.relations).toContainEqual({
      source: 'component:default/artist-lookup',
      type: 'dependencyOf',
      target: 'component:default/www-artist',
    });
  });

  it('keeps unknown spec fields, as Backstage does', () => {
    entity.spec.tier = 1;
    expect(summary(entity)).toEqual([]);
  });
});

describe('createEntityValidator: kinds and versions', () => {
  it('warns, not fails, on a foreign kind, and still checks its envelope', () => {
    const verdict = validator({
      apiVersion: 'example.com/v1',
      kind: 'Website',
      metadata: { name: 'bad name' },
      spec: {},
    });
    expect(verdict.problems.map((p) => [p.severity, p.rule])).toEqual([
      ['error', 'field-format'],
      ['warning', 'foreign-kind'],
    ]);
  });

  it('rejects a Backstage kind under an unknown backstage.io version', () => {
    entity.apiVersion = 'backstage.io/v1';
    expect(summary(entity)).toEqual([{ severity: 'error', rule: 'api-version', pointer: '/apiVersion' }]);
  });

  it('rejects a built-in kind in the wrong case, with a suggestion', () => {
    entity.kind = 'component';
    const [problem] = validator(entity).problems;
    expect(problem).toMatchObject({ rule: 'api-version', fix: 'Did you mean kind: Component?' });
  });

  it('accepts an MCP server API with remotes instead of a definition', () => {
    const mcp = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'mcp' },
      spec: {
        type: 'mcp-server',
        lifecycle: 'experimental',
        owner: 'team-a',
        remotes: [{ type: 'streamable-http', url: 'http://localhost/mcp' }],
      },
    };
    expect(summary(mcp)).toEqual([]);
    expect(summary({ ...mcp, spec: { ...mcp.spec, remotes: [] } })).toEqual([
      { severity: 'error', rule: 'kind-schema', pointer: '/spec/remotes' },
    ]);
  });

  it('validates AiResource types by their own schema', () => {
    const rule = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'AiResource',
      metadata: { name: 'r' },
      spec: { type: 'rule', lifecycle: 'production', owner: 'team-a', category: 'architecture' },
    };
    expect(summary(rule)).toEqual([{ severity: 'error', rule: 'kind-schema', pointer: '/spec' }]);
  });

  it('rejects an envelope without kind and name, and says which', () => {
    expect(summary({ apiVersion: 'backstage.io/v1alpha1', metadata: {} })).toEqual([
      { severity: 'error', rule: 'envelope', pointer: '' },
      { severity: 'error', rule: 'envelope', pointer: '/metadata' },
    ]);
  });

  it('rejects a document that is not a mapping', () => {
    expect(summary('just a string')).toEqual([{ severity: 'error', rule: 'document-not-object', pointer: '' }]);
  });
});
