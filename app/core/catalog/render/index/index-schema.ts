/**
 * The JSON Schema (draft-07) of `index.json`, written beside it as `index.schema.json` so that
 * tools can validate what they read and people can read what each field means. Its definitions
 * describe the shards (`#/definitions/shard`) and the problems file (`#/definitions/problems`).
 */
const RELATION_TYPES = [
  'apiConsumedBy',
  'apiProvidedBy',
  'childOf',
  'consumesApi',
  'dependencyOf',
  'dependsOn',
  'hasMember',
  'hasPart',
  'memberOf',
  'ownedBy',
  'ownerOf',
  'parentOf',
  'partOf',
  'providesApi',
];

const string = (description: string) => ({ type: 'string', description });
// `anyOf` rather than a type list: strict validators (Ajv's strict mode) accept it without options.
const optionalString = (description: string) => ({ anyOf: [{ type: 'string' }, { type: 'null' }], description });
const optionalLine = (description: string) => ({
  anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }],
  description,
});
const object = (description: string, properties: Record<string, unknown>) => ({
  type: 'object',
  description,
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

const source = object('Where the entity is defined.', {
  repository: string('The repository, as `owner/name`.'),
  path: string('The descriptor file, relative to the repository root (empty for an imported entity).'),
  line: { type: 'integer', minimum: 0, description: 'The line where the entity starts in the file (1-based).' },
  url: string('A link to that line on the forge.'),
});

const relation = object('A relation from this entity to another, as Backstage stores it.', {
  type: {
    type: 'string',
    enum: RELATION_TYPES,
    description: "Backstage's relation type, read as `<this entity> <type> <target>`.",
  },
  target: string('The canonical ref of the other entity (it may be missing from the catalog).'),
});

const entity = object('One entity of the catalog.', {
  ref: string('The canonical, lowercased ref: `kind:namespace/name`.'),
  kind: string('The kind, as written in the descriptor (e.g. `Component`).'),
  namespace: string('The namespace (`default` when the descriptor gives none).'),
  name: string('`metadata.name`.'),
  title: optionalString('`metadata.title`, or null.'),
  description: optionalString('`metadata.description`, or null.'),
  type: optionalString('`spec.type`, or null.'),
  lifecycle: optionalString('`spec.lifecycle` (e.g. `production`, `deprecated`), or null.'),
  owner: optionalString('The canonical ref of the owner (the `ownedBy` relation), or null.'),
  system: optionalString('The canonical ref of the System it is part of, or null.'),
  domain: optionalString("The canonical ref of its Domain (its own, or its System's), or null."),
  tags: { type: 'array', items: string('A tag.'), description: '`metadata.tags`, in the order written.' },
  displayName: optionalString("A Group's or User's `spec.profile.displayName`, or null: what people call it."),
  email: optionalString("A Group's or User's `spec.profile.email`, or null: how to reach it."),
  links: {
    type: 'array',
    items: object('A link of `metadata.links`: a chat channel, a runbook, a dashboard.', {
      url: string('The URL.'),
      title: optionalString('Its title, or null.'),
      type: optionalString('Its type (e.g. `chat`), or null.'),
    }),
    description: '`metadata.links` with a URL, in the order written.',
  },
  source,
  page: string('Its Markdown page, relative to the catalog folder (where index.json is).'),
  status: {
    type: 'string',
    enum: ['current', 'stale', 'imported'],
    description:
      '`current`: read and valid now; `stale`: its descriptor is broken now and this is the last good version; ' +
      "`imported`: from the GitHub organisation's teams.",
  },
  archived: { type: 'boolean', description: 'Its repository is archived.' },
  relations: {
    type: 'array',
    items: { $ref: '#/definitions/relation' },
    description: 'Both directions of every relation, sorted by type then target.',
  },
});

const problem = object('A problem found while reading the catalog.', {
  kind: {
    type: 'string',
    enum: ['descriptor', 'dangling-ref', 'conflict', 'config', 'stale', 'definition'],
    description: 'What kind of problem it is.',
  },
  severity: {
    type: 'string',
    enum: ['error', 'warning'],
    description: 'An error keeps an entity out (or stale); a warning does not.',
  },
  message: string('What is wrong, for people.'),
  repository: optionalString('The repository, as `owner/name`, or null.'),
  path: optionalString('The file, relative to the repository root, or null.'),
  line: optionalLine('The 1-based line, or null.'),
  column: optionalLine('The 1-based column, or null.'),
  ref: optionalString('The canonical ref of the entity it concerns, or null.'),
  url: optionalString('A link to the place on the forge, or null.'),
});

const shard = object('One shard of the index: the entities whose ref hashes to it.', {
  $schema: string('The schema of this file: `../index.schema.json#/definitions/shard`.'),
  entities: {
    type: 'array',
    items: { $ref: '#/definitions/entity' },
    description: 'The entities of the shard, sorted by ref, one per line.',
  },
});

const problems = object('Every problem found reading the catalog (`index/problems.json`).', {
  $schema: string('The schema of this file: `../index.schema.json#/definitions/problems`.'),
  problems: {
    type: 'array',
    items: { $ref: '#/definitions/problem' },
    description: 'Every problem, sorted by repository, path, line and column, one per line.',
  },
});

const count = (description: string) => ({ type: 'integer', minimum: 0, description });

export const INDEX_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Callboard catalog index',
  definitions: { entity, relation, problem, shard, problems },
  ...object(
    'The catalog of an organisation, for machines: counts, and where its entities and problems are. Entities are split into ' +
      'shards (`index/<shard>.json`): the shard of a ref is the first `shardDigits` hex digits of the SHA-256 of the ref. ' +
      'Read every shard listed for the whole catalog, or only the shard of the ref you want.',
    {
      $schema: string('The schema of this file: `./index.schema.json`.'),
      organization: string('The GitHub organisation the catalog describes.'),
      entities: count('How many entities the catalog holds.'),
      errors: count('How many errors were found reading it.'),
      warnings: count('How many warnings were found reading it.'),
      shardDigits: {
        type: 'integer',
        minimum: 1,
        description: 'How many hex digits of the SHA-256 of a ref name its shard.',
      },
      shards: {
        type: 'array',
        items: string('A shard file, relative to this file.'),
        description: 'Every shard that holds entities, in order.',
      },
      problems: string('The file of problems, relative to this file.'),
    },
  ),
};
/** The schema file's content. */
export const renderIndexSchema = (): string => `${JSON.stringify(INDEX_SCHEMA, null, 2)}\n`;
