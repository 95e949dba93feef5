/**
 * The kinds Callboard knows, as data: for each (apiVersion, kind[, spec.type]) the spec schema and
 * the reference fields that become relations. Rules written from Backstage's documented model
 * (../shared/reference/catalog-model.md §2, §4): built-in kinds, scaffolder v1beta3 Templates, and the
 * catalog-model 1.10 additions (AiResource, API `mcp-server`).
 */
import type { SchemaObject } from 'ajv';
import { RELATIONS, type RelationType } from './relations.ts';

export interface RefField {
  /** Field under `spec`. */
  field: string;
  /** Kind assumed when the reference has none; absent means the reference must name its kind. */
  defaultKind?: string;
  /** Kinds Backstage's catalog model accepts as targets; others are dropped by its model layer. */
  allowedKinds?: readonly string[];
  forward: RelationType;
  reverse: RelationType;
  /** A short description of what the field refers to, for messages. */
  describes: string;
}

export interface KindDefinition {
  kind: string;
  apiVersions: readonly string[];
  /** Set for variants selected by `spec.type` (AiResource types, API `mcp-server`). */
  specType?: string;
  spec: SchemaObject;
  refFields: readonly RefField[];
}

const str = { type: 'string', minLength: 1 } as const;
const strList = { type: 'array', items: str } as const;
const backstageVersions = ['backstage.io/v1alpha1', 'backstage.io/v1beta1'] as const;

const specOf = (required: string[], properties: Record<string, unknown>): SchemaObject => ({
  type: 'object',
  required,
  properties,
});

const owner: RefField = {
  field: 'owner',
  defaultKind: 'Group',
  allowedKinds: ['Group', 'User'],
  ...RELATIONS.ownedBy,
  describes: 'the Group or User that owns it',
};
const system: RefField = {
  field: 'system',
  defaultKind: 'System',
  ...RELATIONS.partOf,
  describes: 'the System it is part of',
};
const dependsOn: RefField = {
  field: 'dependsOn',
  allowedKinds: ['Component', 'Resource'],
  ...RELATIONS.dependsOn,
  describes: 'a Component or Resource it depends on',
};
const dependencyOf: RefField = {
  field: 'dependencyOf',
  allowedKinds: ['Component', 'Resource'],
  ...RELATIONS.dependencyOf,
  describes: 'a Component or Resource that depends on it',
};

const component: KindDefinition = {
  kind: 'Component',
  apiVersions: backstageVersions,
  spec: specOf(['type', 'lifecycle', 'owner'], {
    type: str,
    lifecycle: str,
    owner: str,
    system: str,
    subcomponentOf: str,
    providesApis: strList,
    consumesApis: strList,
    dependsOn: strList,
  }),
  refFields: [
    owner,
    {
      field: 'subcomponentOf',
      defaultKind: 'Component',
      ...RELATIONS.partOf,
      describes: 'the Component it is part of',
    },
    {
      field: 'providesApis',
      defaultKind: 'API',
      allowedKinds: ['API'],
      ...RELATIONS.providesApi,
      describes: 'an API it provides',
    },
    {
      field: 'consumesApis',
      defaultKind: 'API',
      allowedKinds: ['API'],
      ...RELATIONS.consumesApi,
      describes: 'an API it consumes',
    },
    dependsOn,
    dependencyOf,
    system,
  ],
};

const api: KindDefinition = {
  kind: 'API',
  apiVersions: backstageVersions,
  spec: specOf(['type', 'lifecycle', 'owner', 'definition'], {
    type: str,
    lifecycle: str,
    owner: str,
    system: str,
    definition: str,
  }),
  refFields: [owner, system],
};

const mcpServerApi: KindDefinition = {
  kind: 'API',
  apiVersions: backstageVersions,
  specType: 'mcp-server',
  spec: specOf(['type', 'lifecycle', 'owner', 'remotes'], {
    type: { const: 'mcp-server' },
    lifecycle: str,
    owner: str,
    system: str,
    remotes: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['type', 'url'], properties: { type: str, url: str } },
    },
  }),
  refFields: [owner, system],
};

const resource: KindDefinition = {
  kind: 'Resource',
  apiVersions: backstageVersions,
  spec: specOf(['type', 'owner'], { type: str, owner: str, dependsOn: strList, system: str }),
  refFields: [owner, dependsOn, dependencyOf, system],
};

const systemKind: KindDefinition = {
  kind: 'System',
  apiVersions: backstageVersions,
  spec: specOf(['owner'], { owner: str, domain: str, type: str }),
  refFields: [
    owner,
    { field: 'domain', defaultKind: 'Domain', ...RELATIONS.partOf, describes: 'the Domain it belongs to' },
  ],
};

const domain: KindDefinition = {
  kind: 'Domain',
  apiVersions: backstageVersions,
  spec: specOf(['owner'], { owner: str, subdomainOf: str, type: str }),
  refFields: [
    owner,
    { field: 'subdomainOf', defaultKind: 'Domain', ...RELATIONS.partOf, describes: 'its parent Domain' },
  ],
};

const profile = { type: 'object', properties: { displayName: str, email: str, picture: str } } as const;

const group: KindDefinition = {
  kind: 'Group',
  apiVersions: backstageVersions,
  spec: specOf(['type', 'children'], { type: str, profile, parent: str, children: strList, members: strList }),
  refFields: [
    {
      field: 'parent',
      defaultKind: 'Group',
      allowedKinds: ['Group'],
      ...RELATIONS.childOf,
      describes: 'its parent Group',
    },
    {
      field: 'children',
      defaultKind: 'Group',
      allowedKinds: ['Group'],
      ...RELATIONS.parentOf,
      describes: 'a child Group',
    },
    {
      field: 'members',
      defaultKind: 'User',
      allowedKinds: ['User'],
      ...RELATIONS.hasMember,
      describes: 'a member User',
    },
  ],
};

const user: KindDefinition = {
  kind: 'User',
  apiVersions: backstageVersions,
  spec: specOf(['memberOf'], { profile, memberOf: strList }),
  refFields: [
    {
      field: 'memberOf',
      defaultKind: 'Group',
      allowedKinds: ['Group'],
      ...RELATIONS.memberOf,
      describes: 'a Group it belongs to',
    },
  ],
};

const location: KindDefinition = {
  kind: 'Location',
  apiVersions: backstageVersions,
  spec: specOf([], {
    type: str,
    target: str,
    targets: strList,
    presence: { type: 'string', enum: ['required', 'optional'] },
  }),
  refFields: [],
};

const permissionTags = { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } } as const;
const conditional = { type: ['string', 'boolean'] } as const;
const formDecorators = {
  type: 'array',
  items: { type: 'object', properties: { id: { type: 'string' }, input: { type: 'object' } } },
} as const;

const template: KindDefinition = {
  kind: 'Template',
  apiVersions: ['scaffolder.backstage.io/v1beta3'],
  spec: specOf(['type', 'steps'], {
    type: str,
    owner: str,
    lifecycle: str,
    parameters: {
      oneOf: [
        { type: 'object', properties: { 'backstage:permissions': permissionTags } },
        { type: 'array', items: { type: 'object', properties: { 'backstage:permissions': permissionTags } } },
      ],
    },
    secrets: { type: 'object', properties: { schema: { type: 'object' } } },
    presentation: {
      type: 'object',
      properties: {
        buttonLabels: {
          type: 'object',
          properties: {
            backButtonText: { type: 'string' },
            createButtonText: { type: 'string' },
            reviewButtonText: { type: 'string' },
          },
        },
      },
    },
    EXPERIMENTAL_recovery: { type: 'object', properties: { EXPERIMENTAL_strategy: { type: 'string' } } },
    formDecorators,
    EXPERIMENTAL_formDecorators: formDecorators,
    steps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['action'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          action: { type: 'string' },
          input: { type: 'object' },
          if: conditional,
          'backstage:permissions': permissionTags,
        },
      },
    },
    output: {
      type: 'object',
      properties: {
        links: {
          type: 'array',
          items: { type: 'object', properties: { if: conditional, url: str, entityRef: str, title: str, icon: str } },
        },
        text: {
          type: 'array',
          items: {
            type: 'object',
            properties: { if: conditional, title: str, icon: str, content: { type: 'string' } },
          },
        },
      },
      additionalProperties: { type: 'string' },
    },
  }),
  refFields: [owner],
};

const aiBase = { lifecycle: str, owner: str, system: str } as const;
const aiRefs = [owner, { ...system, allowedKinds: ['System'] }];
const aiResource = (
  specType: string | undefined,
  required: string[],
  properties: Record<string, unknown>,
  refFields: RefField[] = [],
): KindDefinition => ({
  kind: 'AiResource',
  apiVersions: ['backstage.io/v1alpha1'],
  ...(specType ? { specType } : {}),
  spec: specOf(['type', 'lifecycle', 'owner', ...required], {
    type: specType ? { type: 'string', enum: [specType] } : str,
    ...aiBase,
    ...properties,
  }),
  refFields: [...aiRefs, ...refFields],
});
const aiPart = (field: string, describes: string): RefField => ({
  field,
  defaultKind: 'AiResource',
  allowedKinds: ['AiResource'],
  ...RELATIONS.hasPart,
  describes,
});

const aiResources: KindDefinition[] = [
  aiResource(undefined, [], {}),
  aiResource(
    'skill',
    [],
    {
      disciplines: strList,
      categories: strList,
      agents: strList,
      dependsOn: strList,
      allowedTools: str,
      license: str,
      compatibility: { type: 'string', minLength: 1, maxLength: 500 },
    },
    [
      {
        field: 'dependsOn',
        defaultKind: 'AiResource',
        allowedKinds: ['AiResource'],
        ...RELATIONS.dependsOn,
        describes: 'an AiResource it depends on',
      },
    ],
  ),
  aiResource('rule', ['category', 'rationale'], { disciplines: strList, category: str, rationale: str }),
  aiResource('plugin', ['skills'], { skills: strList, version: str }, [aiPart('skills', 'a skill it bundles')]),
  aiResource('marketplace', ['plugins'], { plugins: strList, version: str }, [aiPart('plugins', 'a plugin it offers')]),
];

export const BUILTIN_KINDS: readonly KindDefinition[] = [
  component,
  api,
  mcpServerApi,
  resource,
  systemKind,
  domain,
  group,
  user,
  location,
  template,
  ...aiResources,
];

/** API groups Backstage owns: an unknown version there is a mistake, not a foreign kind. */
const BUILTIN_KIND_NAMES = new Map(BUILTIN_KINDS.map((k) => [k.kind.toLowerCase(), k.kind]));

/** A kind as Backstage spells it (`API`, `Component`), from any case; a kind Callboard does not know, as given. */
export const kindLabel = (kind: string): string => BUILTIN_KIND_NAMES.get(kind.toLowerCase()) ?? kind;

export const BACKSTAGE_API_GROUPS: readonly string[] = ['backstage.io', 'scaffolder.backstage.io'];

export interface KindRegistry {
  /** The definition for this entity, or why there is none. */
  lookup(apiVersion: string, kind: string, specType: unknown): KindLookup;
}

export type KindLookup =
  { found: KindDefinition } | { unknownVersion: { kind: string; apiVersions: readonly string[] } } | { foreign: true };

export function createKindRegistry(definitions: readonly KindDefinition[] = BUILTIN_KINDS): KindRegistry {
  const byKey = new Map<string, KindDefinition>();
  const versionsByKind = new Map<string, Set<string>>();
  for (const d of definitions) {
    for (const v of d.apiVersions) byKey.set(`${v}\0${d.kind}\0${d.specType ?? ''}`, d);
    const versions = versionsByKind.get(d.kind) ?? new Set();
    d.apiVersions.forEach((v) => versions.add(v));
    versionsByKind.set(d.kind, versions);
  }
  return {
    lookup(apiVersion, kind, specType) {
      const variant = typeof specType === 'string' ? byKey.get(`${apiVersion}\0${kind}\0${specType}`) : undefined;
      const found = variant ?? byKey.get(`${apiVersion}\0${kind}\0`);
      if (found) return { found };
      const versions = versionsByKind.get(kind);
      if (versions) return { unknownVersion: { kind, apiVersions: [...versions] } };
      return { foreign: true };
    },
  };
}
