/**
 * Generated descriptor files for the compatibility test: valid entities of every kind, then one
 * mutation each of every field rule (envelope, names, namespaces, tags, labels, annotations, links,
 * root fields, each kind's spec, references, placeholders), YAML errors, multi-document files,
 * duplicate keys, tabs and empty files.
 */
import { stringify } from 'yaml';

export interface Variant {
  name: string;
  /** The file under test, at `path` in the repository. */
  path: string;
  text: string;
  /** Other files of the repository (for placeholders). */
  files?: Record<string, string>;
  /** When set, the file is ingested from this GitHub repository (same-repository rule on). */
  repositoryUrl?: string;
}

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- mutations reach anywhere

const meta = (name: string) => ({ name });
const BASES: Record<string, Doc> = {
  component: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: meta('artist-lookup'),
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-a',
      system: 'artists',
      providesApis: ['artist-api'],
      consumesApis: ['search'],
      dependsOn: ['resource:artists-db'],
      subcomponentOf: 'artist-platform',
    },
  },
  api: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: meta('artist-api'),
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'team-a',
      system: 'artists',
      definition: 'openapi: 3.0.0',
    },
  },
  mcp: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: meta('mcp'),
    spec: {
      type: 'mcp-server',
      lifecycle: 'experimental',
      owner: 'team-a',
      remotes: [{ type: 'streamable-http', url: 'http://localhost/mcp' }],
    },
  },
  resource: {
    apiVersion: 'backstage.io/v1beta1',
    kind: 'Resource',
    metadata: meta('artists-db'),
    spec: { type: 'database', owner: 'team-a', system: 'artists', dependsOn: ['resource:disk'] },
  },
  system: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: meta('artists'),
    spec: { owner: 'team-a', domain: 'music', type: 'product' },
  },
  domain: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: meta('music'),
    spec: { owner: 'team-a', subdomainOf: 'media' },
  },
  group: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: meta('team-a'),
    spec: {
      type: 'team',
      profile: { displayName: 'Team A', email: 'a@example.com' },
      parent: 'engineering',
      children: [],
      members: ['jane'],
    },
  },
  user: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: meta('jane'),
    spec: { profile: { displayName: 'Jane' }, memberOf: ['team-a'] },
  },
  location: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: meta('all'),
    spec: { type: 'url', targets: ['./a.yaml', './b.yaml'], presence: 'optional' },
  },
  template: {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: meta('node-service'),
    spec: {
      owner: 'team-a',
      type: 'service',
      parameters: [{ title: 'Name', required: ['name'], properties: { name: { type: 'string' } } }],
      steps: [
        {
          id: 'fetch',
          name: 'Fetch',
          action: 'fetch:template',
          input: { url: './content' },
          if: '${{ parameters.name }}',
        },
      ],
      output: {
        links: [{ title: 'Repo', url: '${{ steps.publish.output.remoteUrl }}' }],
        text: [{ title: 'Done', content: 'ok' }],
      },
    },
  },
  skill: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'AiResource',
    metadata: meta('frontend'),
    spec: {
      type: 'skill',
      lifecycle: 'production',
      owner: 'team-a',
      system: 'artists',
      dependsOn: ['airesource:base'],
      allowedTools: 'Read',
      compatibility: 'claude',
    },
  },
  rule: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'AiResource',
    metadata: meta('use-apis'),
    spec: {
      type: 'rule',
      lifecycle: 'production',
      owner: 'team-a',
      category: 'architecture',
      rationale: 'consistency',
    },
  },
  plugin: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'AiResource',
    metadata: meta('review'),
    spec: {
      type: 'plugin',
      lifecycle: 'production',
      owner: 'team-a',
      skills: ['airesource:frontend'],
      version: '1.0.0',
    },
  },
  marketplace: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'AiResource',
    metadata: meta('market'),
    spec: { type: 'marketplace', lifecycle: 'production', owner: 'team-a', plugins: ['review'] },
  },
};

const clone = (d: Doc): Doc => structuredClone(d);
const yaml = (...docs: unknown[]) => docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');

/** Sets (or, with `undefined`, deletes) a dotted path in a copy of a base. */
function mutate(base: Doc, path: string, value: unknown): Doc {
  const doc = clone(base);
  const keys = path.split('.');
  let node = doc;
  for (const k of keys.slice(0, -1)) node = node[k] ??= {};
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return doc;
}

const long = (n: number) => 'a'.repeat(n);

/** Values tried on every entity's envelope and metadata. */
const METADATA_MUTATIONS: [string, unknown][] = [
  ['apiVersion', 'backstage.io/v1beta1'],
  ['apiVersion', 'backstage.io/v1'],
  ['apiVersion', 'Backstage.io/v1alpha1'],
  ['apiVersion', 'a/b/c'],
  ['apiVersion', 'v1'],
  ['apiVersion', '1.0'],
  ['apiVersion', ''],
  ['apiVersion', 123],
  ['apiVersion', undefined],
  ['apiVersion', 'backstage.io/v1beta2'],
  ['kind', 'component'],
  ['kind', 'Componnet'],
  ['kind', 'my-kind'],
  ['kind', ''],
  ['kind', long(64)],
  ['kind', 5],
  ['kind', undefined],
  ['metadata.name', 'a--b'],
  ['metadata.name', 'a_.b'],
  ['metadata.name', '-a'],
  ['metadata.name', 'a b'],
  ['metadata.name', long(63)],
  ['metadata.name', long(64)],
  ['metadata.name', 'a-'],
  ['metadata.name', ''],
  ['metadata.name', 5],
  ['metadata.name', 'A1.b'],
  ['metadata.name', '@myorg/mypackage'],
  ['metadata.name', undefined],
  ['metadata.name', 'x'],
  ['metadata.namespace', 'default'],
  ['metadata.namespace', 'Default'],
  ['metadata.namespace', 'a.b'],
  ['metadata.namespace', 'a_b'],
  ['metadata.namespace', 'a--b'],
  ['metadata.namespace', ''],
  ['metadata.namespace', long(64)],
  ['metadata.namespace', 5],
  ['metadata.namespace', 'team-1'],
  ['metadata.title', ''],
  ['metadata.title', 'Title'],
  ['metadata.title', 5],
  ['metadata.description', ''],
  ['metadata.description', 5],
  ['metadata.uid', ''],
  ['metadata.etag', 'e'],
  ['metadata.labels', { k: 'Random value Generator' }],
  ['metadata.labels', { 'example.com/custom': 'v' }],
  ['metadata.labels', { 'a/b/c': 'v' }],
  ['metadata.labels', { 'Example.com/x': 'v' }],
  ['metadata.labels', { k: '' }],
  ['metadata.labels', { k: 5 }],
  ['metadata.labels', { k: null }],
  ['metadata.labels', 'str'],
  ['metadata.labels', []],
  ['metadata.labels', { goVersion: 'go1.15.3' }],
  ['metadata.annotations', { docs: 'x' }],
  ['metadata.annotations', { 'a/b/c': 'x' }],
  ['metadata.annotations', { k: 5 }],
  ['metadata.annotations', { k: '' }],
  ['metadata.annotations', null],
  ['metadata.annotations', []],
  ['metadata.annotations', 'x'],
  ['metadata.annotations', { 'backstage.io/techdocs-ref': 'dir:.' }],
  ['metadata.annotations', { [long(64)]: 'x' }],
  ['metadata.tags', ['c++', 'c#', 'aws:lambda']],
  ['metadata.tags', ['Java']],
  ['metadata.tags', ['go_1']],
  ['metadata.tags', ['go1.15']],
  ['metadata.tags', ['node.js']],
  ['metadata.tags', ['a--b']],
  ['metadata.tags', ['']],
  ['metadata.tags', [5]],
  ['metadata.tags', 'java'],
  ['metadata.tags', [long(64)]],
  ['metadata.tags', ['a:b-c']],
  ['metadata.tags', []],
  ['metadata.links', [{ url: 'https://example.com' }]],
  ['metadata.links', [{ url: 'not a url' }]],
  ['metadata.links', [{ title: 'x' }]],
  ['metadata.links', [{ url: 'https://x', title: '' }]],
  ['metadata.links', [{ url: 'https://x', title: '  ' }]],
  ['metadata.links', [{ url: 'https://x', icon: ' ' }]],
  ['metadata.links', [{ url: 'https://x', type: '' }]],
  ['metadata.links', [{ url: 5 }]],
  ['metadata.links', ['str']],
  ['metadata.links', {}],
  ['metadata.links', [{ url: 'mailto:team@example.com', title: 'Mail', icon: 'email', type: 'contact' }]],
  ['metadata.extra', { anything: true }],
  ['metadata', 'x'],
  ['metadata', null],
  ['metadata', undefined],
  ['relations', []],
  ['status', {}],
  ['foo', 1],
  ['spec', undefined],
  ['spec', 'x'],
  ['spec', null],
  ['spec', []],
];

/** Values tried on one kind's spec (and its references). */
const SPEC_MUTATIONS: Record<string, [string, unknown][]> = {
  component: [
    ['spec.type', undefined],
    ['spec.type', ''],
    ['spec.type', 5],
    ['spec.lifecycle', undefined],
    ['spec.lifecycle', ''],
    ['spec.owner', undefined],
    ['spec.owner', ''],
    ['spec.owner', 5],
    ['spec.owner', 'group:team-a'],
    ['spec.owner', 'user:default/guest'],
    ['spec.owner', ':x'],
    ['spec.owner', 'k:/x'],
    ['spec.owner', 'group:'],
    ['spec.owner', 'component:foo'],
    ['spec.owner', 'Team-A'],
    ['spec.owner', 'ns/team-a'],
    ['spec.system', ''],
    ['spec.system', 'a:b:c'],
    ['spec.system', ['x']],
    ['spec.subcomponentOf', 'x/'],
    ['spec.subcomponentOf', 5],
    ['spec.providesApis', 'artist-api'],
    ['spec.providesApis', ['']],
    ['spec.providesApis', [5]],
    ['spec.providesApis', ['api:x']],
    ['spec.providesApis', ['component:x']],
    ['spec.consumesApis', [':']],
    ['spec.dependsOn', ['artists-db']],
    ['spec.dependsOn', ['Resource:default/x']],
    ['spec.dependsOn', ['component:']],
    ['spec.dependsOn', ['group:x']],
    ['spec.dependsOn', 'resource:x'],
    ['spec.dependsOn', []],
    ['spec.dependencyOf', ['x']],
    ['spec.dependencyOf', ['component:x']],
    ['spec.dependencyOf', 'component:x'],
    ['spec.dependencyOf', [{ kind: 'component', name: 'x' }]],
    ['spec.dependencyOf', [null]],
    ['spec.dependencyOf', 'x'],
    ['spec.tier', 1],
    ['spec.lifecycle', 'deprecated'],
  ],
  api: [
    ['spec.definition', undefined],
    ['spec.definition', ''],
    ['spec.definition', { openapi: '3.0.0' }],
    ['spec.definition', 5],
    ['spec.type', 'graphql'],
    ['spec.owner', 'group:default/'],
    ['spec.system', ':'],
    ['spec.type', 'mcp-server'],
  ],
  mcp: [
    ['spec.remotes', []],
    ['spec.remotes', undefined],
    ['spec.remotes', [{ type: 'sse' }]],
    ['spec.remotes', [{ type: '', url: 'x' }]],
    ['spec.definition', 'x'],
    ['spec.lifecycle', undefined],
  ],
  resource: [
    ['spec.type', undefined],
    ['spec.owner', undefined],
    ['spec.dependsOn', ['disk']],
    ['spec.dependsOn', [5]],
    ['spec.dependencyOf', ['component:x']],
    ['spec.dependencyOf', ['x']],
    ['spec.system', 5],
  ],
  system: [
    ['spec.owner', undefined],
    ['spec.domain', ''],
    ['spec.domain', 'k:/x'],
    ['spec.type', 5],
    ['spec', {}],
  ],
  domain: [
    ['spec.owner', undefined],
    ['spec.subdomainOf', ''],
    ['spec.subdomainOf', 'x:'],
    ['spec.type', ''],
  ],
  group: [
    ['spec.type', undefined],
    ['spec.children', undefined],
    ['spec.children', 'x'],
    ['spec.children', ['']],
    ['spec.children', [':x']],
    ['spec.parent', ''],
    ['spec.parent', 'ns/'],
    ['spec.members', [5]],
    ['spec.members', ['user:']],
    ['spec.profile', 'x'],
    ['spec.profile', { email: '' }],
    ['spec.profile', { picture: 5 }],
    ['spec.ancestors', ['x']],
  ],
  user: [
    ['spec.memberOf', undefined],
    ['spec.memberOf', []],
    ['spec.memberOf', ['group:default/team-a']],
    ['spec.memberOf', ['ns/']],
    ['spec.memberOf', 'team-a'],
    ['spec.profile', { displayName: '' }],
    ['spec', {}],
  ],
  location: [
    ['spec', {}],
    ['spec.presence', 'maybe'],
    ['spec.presence', 'required'],
    ['spec.target', ''],
    ['spec.target', './x.yaml'],
    ['spec.targets', 'x'],
    ['spec.targets', ['']],
    ['spec.type', 5],
  ],
  template: [
    ['apiVersion', 'scaffolder.backstage.io/v1beta2'],
    ['apiVersion', 'scaffolder.backstage.io/v1beta4'],
    ['spec.steps', undefined],
    ['spec.steps', [{}]],
    ['spec.steps', [{ action: 5 }]],
    ['spec.steps', [{ action: 'x', if: 5 }]],
    ['spec.steps', [{ action: 'x', if: true }]],
    ['spec.steps', [{ action: 'x', input: 'x' }]],
    ['spec.parameters', 'x'],
    ['spec.parameters', {}],
    ['spec.parameters', [{}]],
    ['spec.parameters', [5]],
    ['spec.output', { links: [{ url: '' }] }],
    ['spec.output', { extra: 5 }],
    ['spec.output', { extra: 'ok' }],
    ['spec.owner', ''],
    ['spec.owner', 'group:'],
    ['spec.type', undefined],
    ['spec.presentation', { buttonLabels: { createButtonText: 5 } }],
    ['spec.secrets', { schema: 'x' }],
    ['spec.EXPERIMENTAL_recovery', { EXPERIMENTAL_strategy: 'startOver' }],
    ['spec.formDecorators', [{ id: 5 }]],
  ],
  skill: [
    ['spec.allowedTools', ['Read']],
    ['spec.compatibility', long(501)],
    ['spec.dependsOn', ['x']],
    ['spec.dependsOn', [':x']],
    ['spec.lifecycle', undefined],
    ['apiVersion', 'backstage.io/v1beta1'],
  ],
  rule: [
    ['spec.rationale', undefined],
    ['spec.category', ''],
    ['spec.disciplines', 'web'],
    ['spec.type', 'unknown-type'],
  ],
  plugin: [
    ['spec.skills', undefined],
    ['spec.skills', ['']],
    ['spec.skills', ['k:/x']],
    ['spec.version', ''],
  ],
  marketplace: [
    ['spec.plugins', 'x'],
    ['spec.plugins', [':']],
    ['spec.owner', 'user:x'],
  ],
};

const API_WITH = (definition: unknown) => yaml(mutate(BASES.api!, 'spec.definition', definition));
const PLACEHOLDER_FILES = {
  'apis/openapi.yaml': 'openapi: 3.0.0\n',
  'apis/data.json': '{"a": 1}',
  'apis/string.json': '"a string"',
  'apis/two.yaml': 'a: 1\n---\nb: 2\n',
  'apis/bad.yaml': 'a: [\n',
  'apis/spec.yaml': 'type: team\nchildren: []\n',
  'apis/bad.json': '{',
};

function placeholderVariants(): Variant[] {
  const at = (name: string, text: string, repositoryUrl?: string): Variant => ({
    name: `placeholder: ${name}`,
    path: 'apis/catalog-info.yaml',
    text,
    files: PLACEHOLDER_FILES,
    ...(repositoryUrl ? { repositoryUrl } : {}),
  });
  const group = (spec: unknown) => yaml({ ...BASES.group, spec });
  return [
    at('$text relative', API_WITH({ $text: './openapi.yaml' })),
    at('$text missing', API_WITH({ $text: './missing.yaml' })),
    at('$text escaping', API_WITH({ $text: '../../../etc/passwd' })),
    at('$text escaping, from GitHub', API_WITH({ $text: '../../../etc/passwd' }), 'https://github.com/acme/repo'),
    at('$text escaping by a root path, from GitHub', API_WITH({ $text: '/../secret' }), 'https://github.com/acme/repo'),
    at('$text number', API_WITH({ $text: 5 })),
    at('$text absolute', API_WITH({ $text: 'https://petstore.swagger.io/v2/swagger.json' })),
    at(
      '$text other repository, not from GitHub',
      API_WITH({ $text: 'https://github.com/other/specs/blob/main/openapi.yaml' }),
    ),
    at(
      '$text other repository, from GitHub',
      API_WITH({ $text: 'https://github.com/other/specs/blob/main/openapi.yaml' }),
      'https://github.com/acme/repo',
    ),
    at('$text same repository, from GitHub', API_WITH({ $text: './openapi.yaml' }), 'https://github.com/acme/repo'),
    at('$text root-relative, from GitHub', API_WITH({ $text: '/apis/openapi.yaml' }), 'https://github.com/acme/repo'),
    at('$json object as definition', API_WITH({ $json: './data.json' })),
    at('$json string as definition', API_WITH({ $json: './string.json' })),
    at('$json broken', API_WITH({ $json: './bad.json' })),
    at('$yaml two documents', API_WITH({ $yaml: './two.yaml' })),
    at('$yaml broken', API_WITH({ $yaml: './bad.yaml' })),
    at('$yaml spec', group({ $yaml: './spec.yaml' })),
    at('two keys are left alone', API_WITH({ $text: './openapi.yaml', other: 'x' })),
    at('$ref is left alone', API_WITH({ $ref: './openapi.yaml' })),
    at('unknown resolver is left alone', API_WITH({ $file: './openapi.yaml' })),
    at('$text in metadata.description', yaml(mutate(BASES.api!, 'metadata.description', { $text: './openapi.yaml' }))),
    at(
      '$text in an annotation',
      yaml(mutate(BASES.api!, 'metadata.annotations', { 'example.com/spec': { $text: './openapi.yaml' } })),
    ),
    at('$text in a tag', yaml(mutate(BASES.api!, 'metadata.tags', [{ $text: './openapi.yaml' }]))),
  ];
}

function yamlVariants(): Variant[] {
  const c = yaml(BASES.component);
  const at = (name: string, text: string): Variant => ({ name: `yaml: ${name}`, path: 'catalog-info.yaml', text });
  return [
    at('empty file', ''),
    at('only a comment', '# nothing here\n'),
    at('only a separator', '---\n'),
    at('leading separator', `---\n${c}`),
    at('trailing separator', `${c}---\n`),
    at('empty document in the middle', `${c}---\n---\n${yaml(BASES.api)}`),
    at('duplicate key', c.replace('kind: Component', 'kind: Component\nkind: Component')),
    at('duplicate key in metadata', c.replace('  name: artist-lookup', '  name: artist-lookup\n  name: other')),
    at('tab indentation', c.replace('  name: artist-lookup', '\tname: artist-lookup')),
    at('tab after a key', c.replace('kind: Component', 'kind:\tComponent')),
    at('unclosed quote', c.replace('name: artist-lookup', 'name: "artist-lookup')),
    at('unclosed flow sequence', c.replace('dependsOn:\n    - resource:artists-db', 'dependsOn: [resource:artists-db')),
    at('bad indentation', c.replace('  type: service', '   type: service')),
    at('a string document', 'just a string\n'),
    at('a list document', '- a\n- b\n'),
    at('a number document', '42\n'),
    at('a broken document among good ones', `${c}---\nkind: [\n---\n${yaml(BASES.api)}`),
    at('a string document among good ones', `${c}---\nhello\n---\n${yaml(BASES.api)}`),
    at(
      'anchors and aliases',
      `${c.replace('owner: team-a', 'owner: &owner team-a')}---\n${yaml(BASES.api).replace('owner: team-a', 'owner: team-a')}`,
    ),
    at('merge keys are off', c.replace('metadata:\n', 'metadata:\n  <<: {title: Merged}\n')),
    at('merge key at the root', `<<: {foo: 1}\n${c}`),
    at('CRLF line endings', c.replaceAll('\n', '\r\n')),
    at('byte order mark', `\uFEFF${c}`),
    at('document end marker', `${c}...\n`),
    at('explicit string tag', c.replace('name: artist-lookup', 'name: !!str 12345')),
    at('numeric name', c.replace('name: artist-lookup', 'name: 12345')),
    at('float-like name', c.replace('name: artist-lookup', 'name: 1e3')),
    at('date-like name', c.replace('name: artist-lookup', 'name: 2024-01-01')),
    at('yes is a string in YAML 1.2', c.replace('name: artist-lookup', 'name: yes')),
    at('null name', c.replace('name: artist-lookup', 'name: ~')),
    at('unknown tag', c.replace('name: artist-lookup', 'name: !custom artist')),
    at(
      'flow mapping document',
      `{apiVersion: backstage.io/v1alpha1, kind: Group, metadata: {name: g}, spec: {type: team, children: []}}\n`,
    ),
    at('json document', JSON.stringify(BASES.user)),
    at('quoted keys', c.replace('kind: Component', '"kind": "Component"')),
    at(
      'comment lines everywhere',
      c
        .split('\n')
        .map((l) => (l ? `${l} # note` : l))
        .join('\n'),
    ),
    at(
      'block scalar definition',
      yaml(BASES.api).replace('definition: openapi: 3.0.0', 'definition: |\n    openapi: 3.0.0\n    info: {}'),
    ),
    at('deeply nested metadata', c.replace('metadata:\n', `metadata:\n  extra: ${'['.repeat(50)}${']'.repeat(50)}\n`)),
  ];
}

function multiDocumentVariants(): Variant[] {
  const docs = Object.values(BASES);
  const at = (name: string, text: string): Variant => ({ name: `multi: ${name}`, path: 'catalog-info.yaml', text });
  return [
    at('every kind in one file', yaml(...docs)),
    at('every kind, one broken', yaml(...docs.map((d, i) => (i === 3 ? mutate(d, 'spec.owner', undefined) : d)))),
    at(
      'every kind, every other one broken',
      yaml(...docs.map((d, i) => (i % 2 ? mutate(d, 'metadata.name', 'bad name') : d))),
    ),
    at('the same entity twice', yaml(BASES.component, BASES.component)),
    at(
      'the same entity twice, differing in case',
      yaml(BASES.component, mutate(BASES.component!, 'metadata.name', 'Artist-Lookup')),
    ),
    at('the same name in two namespaces', yaml(BASES.user, mutate(BASES.user!, 'metadata.namespace', 'development'))),
    at('a Location and its children', yaml(BASES.location, BASES.component, BASES.api)),
    at(
      'an envelope failure among good ones',
      yaml(BASES.component, { kind: 'Component', metadata: { name: 'x' } }, BASES.api),
    ),
    at(
      'a group with members in other namespaces',
      yaml(mutate(BASES.group!, 'spec.members', ['other/jane', 'user:ops/joe'])),
    ),
  ];
}

export function variants(): Variant[] {
  const out: Variant[] = [];
  for (const [baseName, base] of Object.entries(BASES)) {
    out.push({ name: `${baseName}: valid`, path: 'catalog-info.yaml', text: yaml(base) });
  }
  // Envelope and metadata mutations on three kinds with different rules.
  for (const baseName of ['component', 'group', 'template']) {
    for (const [path, value] of METADATA_MUTATIONS) {
      out.push({
        name: `${baseName}: ${path} = ${JSON.stringify(value) ?? 'deleted'}`,
        path: 'catalog-info.yaml',
        text: yaml(mutate(BASES[baseName]!, path, value)),
      });
    }
  }
  for (const [baseName, mutations] of Object.entries(SPEC_MUTATIONS)) {
    for (const [path, value] of mutations) {
      out.push({
        name: `${baseName}: ${path} = ${JSON.stringify(value) ?? 'deleted'}`,
        path: 'catalog-info.yaml',
        text: yaml(mutate(BASES[baseName]!, path, value)),
      });
    }
  }
  // Foreign kinds: Backstage has no processor for them (a deliberate difference, see README).
  out.push(
    {
      name: 'foreign kind',
      path: 'catalog-info.yaml',
      text: yaml({ apiVersion: 'example.com/v1', kind: 'Pipeline', metadata: { name: 'build' }, spec: {} }),
    },
    {
      name: 'foreign apiVersion of a built-in kind',
      path: 'catalog-info.yaml',
      text: yaml(mutate(BASES.system!, 'apiVersion', 'example.com/v1')),
    },
    {
      name: 'unknown kind under backstage.io',
      path: 'catalog-info.yaml',
      text: yaml(mutate(BASES.component!, 'kind', 'Website')),
    },
  );
  out.push(...placeholderVariants(), ...yamlVariants(), ...multiDocumentVariants());
  return out;
}
