/** What each well-known spec field holds, with an example, for "missing field" messages. */
import type { KindDefinition } from '../model/kinds.ts';
import type { FieldHint, FieldHints } from './schema-problems.ts';

const SPEC_FIELDS: Record<string, FieldHint> = {
  type: {
    describes:
      'its type, e.g. service, website or library for a Component; openapi, asyncapi, graphql or grpc for an API',
    example: 'service',
  },
  lifecycle: { describes: 'its lifecycle stage: experimental, production or deprecated', example: 'production' },
  definition: { describes: 'the API definition, inline or from a file', example: '{ $text: ./openapi.yaml }' },
  children: { describes: 'the child groups (may be an empty list)', example: '[]' },
  memberOf: { describes: 'the groups the user belongs to (may be an empty list)', example: '[team-a]' },
  steps: {
    describes: 'the scaffolder steps the template runs',
    example: '[{ action: fetch:template, input: { url: ./content } }]',
  },
  remotes: { describes: 'the endpoints of the MCP server', example: '[{ type: streamable-http, url: https://… }]' },
  category: { describes: 'the rule category', example: 'architecture' },
  rationale: { describes: 'why the rule exists' },
  skills: { describes: 'the skills the plugin bundles', example: '[airesource:default/my-skill]' },
  plugins: { describes: 'the plugins the marketplace offers', example: '[airesource:default/my-plugin]' },
};

const ENVELOPE_FIELDS: Record<string, FieldHint> = {
  '/apiVersion': { describes: 'the version of the descriptor format', example: 'backstage.io/v1alpha1' },
  '/kind': {
    describes: 'the kind of entity: Component, API, Resource, System, Domain, Group, User, Location or Template',
    example: 'Component',
  },
  '/metadata': { describes: 'the entity metadata, at least its name', example: '{ name: my-service }' },
  '/metadata/name': { describes: 'the entity name, unique per kind and namespace', example: 'my-service' },
  '/metadata/links/0/url': { describes: 'the link target', example: 'https://…' },
};

const EXAMPLE_REFS: Record<string, string> = {
  owner: 'team-a',
  system: 'my-system',
  domain: 'my-domain',
  parent: 'my-parent-group',
};

export function fieldHints(definition: KindDefinition | undefined): FieldHints {
  return (pointer) => {
    const envelope = ENVELOPE_FIELDS[pointer.replace(/^\/metadata\/links\/\d+/, '/metadata/links/0')];
    if (envelope) return envelope;
    if (pointer === '/spec' && definition) {
      const required = (definition.spec.required as string[] | undefined) ?? [];
      return { describes: `the ${definition.kind} spec${required.length ? `, with ${required.join(', ')}` : ''}` };
    }
    const field = /^\/spec\/([^/]+)$/.exec(pointer)?.[1];
    if (!field) return undefined;
    const ref = definition?.refFields.find((f) => f.field === field);
    if (ref)
      return {
        describes: `a reference to ${ref.describes}`,
        ...(EXAMPLE_REFS[field] ? { example: EXAMPLE_REFS[field] } : {}),
      };
    return SPEC_FIELDS[field];
  };
}
