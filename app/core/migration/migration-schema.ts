/**
 * The JSON Schema (draft-07) of a migration spec (`migrations/<id>.yaml` in the catalog repository),
 * written here. The spec is validated against it, every problem placed on its line, and it ships as
 * `schemas/migration.schema.json` (written by `npm run build`, kept equal by a test) so that an editor
 * completes and explains every field. What a schema cannot say — the name matching the file, globs and
 * patterns the linear-time engine refuses, paths that leave the repository, template folders that do
 * not exist, the `migrated` condition's facts and operators — parse-migration checks itself.
 */
import type { SchemaObject } from 'ajv';
import { CONDITION_DEFINITION, FILTER_DEFINITION } from '../scorecard/scorecard-schema.ts';
import { MIGRATION_API_VERSION, MIGRATION_KIND } from './migration-model.ts';

/** Where the schema is published; a spec names it in its first line for editors (yaml-language-server). */
export const MIGRATION_SCHEMA_URL =
  'https://raw.githubusercontent.com/callboard-dev/callboard/main/schemas/migration.schema.json';
/** The schema's file in this repository. */
export const MIGRATION_SCHEMA_PATH = 'schemas/migration.schema.json';

const NAME = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** Steps of a spec, and operations of an edit: far more than a sane migration needs, bounded as specs are input. */
const MAX_STEPS = 100;
const FULL_NAME = '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$';

const string = (description: string, extra: object = {}) => ({ type: 'string', minLength: 1, description, ...extra });
const strings = (description: string, items: object = {}) => ({
  type: 'array',
  items: { type: 'string', minLength: 1, ...items },
  description,
});

const entityQuery = {
  type: 'object',
  additionalProperties: false,
  description:
    'Repositories with an entity matching every field given (each field: any of its values). ' +
    'The entity found is the one templates see as `entity`.',
  properties: {
    ...FILTER_DEFINITION.properties,
    domain: { ...strings('Domains, by ref or name.'), minItems: 1 },
    namespace: { ...strings('Entity namespaces, e.g. [default].'), minItems: 1 },
    failing: {
      type: 'array',
      minItems: 1,
      description: 'The entity fails (or has not reported) one of these scorecard checks.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['track', 'check'],
        properties: {
          track: string('A track name, e.g. basics.', { pattern: NAME }),
          check: string('A check id of that track, e.g. readme.', { pattern: NAME }),
        },
      },
    },
  },
};

const targets = {
  type: 'object',
  additionalProperties: false,
  description: 'Which repositories the migration is for. Without targets, every repository of the organisation.',
  properties: {
    entities: entityQuery,
    repositories: {
      ...strings('Repository names (svc-*) or full names (acme/svc-*), as globs; any may match.'),
      minItems: 1,
    },
    catalogued: {
      type: 'boolean',
      description:
        'false: only repositories without any entity in the catalog (onboarding); true: only catalogued ones. ' +
        'Default: either.',
    },
    include: strings('Full names (acme/legacy) always included unless excluded, whatever the query says.', {
      pattern: FULL_NAME,
    }),
    exclude: strings('Full names (acme/sandbox) never included.', { pattern: FULL_NAME }),
  },
};

/** A path into a YAML or JSON document: dotted keys with [n] indexes, or a list of keys and indexes. */
const documentPath = (verb: string) => ({
  description:
    `The path to ${verb}: dotted keys with [n] indexes (jobs.build.steps[0].uses), ` +
    'or a list of keys and indexes for keys holding dots ([metadata, annotations, backstage.io/techdocs-ref]).',
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'array',
      minItems: 1,
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'integer', minimum: 0 },
        ],
      },
    },
  ],
});

const operationProperties = {
  set: documentPath('set (created with the mappings above it when missing)'),
  merge: documentPath('deep-merge the value (a mapping) into'),
  delete: documentPath('delete (nothing when it is not there)'),
  append: documentPath('append the value to (a list, created when missing; nothing when an equal item is there)'),
  value: { description: 'The value to set, merge or append; templated (${{ values.x }}).' },
};

const operation = {
  type: 'object',
  additionalProperties: false,
  description: 'One edit: set, merge, delete or append, at a path.',
  properties: operationProperties,
};

const filesStep = {
  type: 'object',
  additionalProperties: false,
  required: ['from'],
  description: 'Renders every file of a folder beside the spec into the repository (paths and contents templated).',
  properties: {
    from: string('The folder, relative to migrations/, e.g. node-24/files.'),
    to: string('Where in the repository, from its root. Default: "." (the root).', { default: '.' }),
    overwrite: {
      type: 'boolean',
      default: true,
      description: 'Replace a file that exists. Default: true; false only adds missing files.',
    },
  },
};

const editStep = {
  type: 'object',
  additionalProperties: false,
  required: ['file'],
  description:
    'Edits YAML or JSON files matching a glob, keeping comments, key order and formatting: one operation, ' +
    'or several under operations.',
  properties: {
    file: string('A glob from the repository root, e.g. package.json or .github/workflows/*.yml.'),
    format: {
      enum: ['yaml', 'json', 'auto'],
      default: 'auto',
      description: 'How to read the files. Default: auto (by extension: .json is JSON, anything else YAML).',
    },
    ...operationProperties,
    operations: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_STEPS,
      items: operation,
      description: 'Several edits, in order.',
    },
  },
};

const replaceStep = {
  type: 'object',
  additionalProperties: false,
  required: ['files', 'pattern', 'with'],
  description: 'Replaces text matching a regular expression (run in linear time) in files matching a glob.',
  properties: {
    files: string('A glob from the repository root, e.g. "**/*.yml".'),
    pattern: string('A JavaScript regular expression, without slashes, e.g. "node-version: 2[02]".'),
    with: { type: 'string', description: 'The replacement; $1… are the groups, templated (${{ values.x }}).' },
    flags: {
      type: 'string',
      pattern: '^[gimsu]*$',
      default: 'g',
      description: 'Regular expression flags among g, i, m, s, u. Default: g (every match).',
    },
  },
};

const deleteStep = {
  type: 'object',
  additionalProperties: false,
  required: ['files'],
  description: 'Deletes the files matching any of the globs.',
  properties: {
    files: {
      description: 'A glob, or a list of globs, from the repository root.',
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      ],
    },
  },
};

const stepName = string('What the step does, for messages and the pull request body.');

/** One step kind per step: the key present decides which schema applies, so messages speak of that kind alone. */
const stepOf = (kind: string, schema: object) => ({
  if: { type: 'object', properties: { [kind]: true }, required: [kind] },
  then: {
    type: 'object',
    additionalProperties: false,
    properties: { name: stepName, [kind]: schema },
  },
});

const [files, edit, replace, remove] = [
  stepOf('files', filesStep),
  stepOf('edit', editStep),
  stepOf('replace', replaceStep),
  stepOf('delete', deleteStep),
];

const step = {
  type: 'object',
  description: 'One change, applied in order: files, edit, replace or delete.',
  ...files,
  else: {
    ...edit,
    else: {
      ...replace,
      else: {
        ...remove,
        else: {
          type: 'object',
          additionalProperties: false,
          properties: { name: stepName, files: filesStep, edit: editStep, replace: replaceStep, delete: deleteStep },
        },
      },
    },
  },
};

export const MIGRATION_SCHEMA: SchemaObject = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://callboard.dev/schemas/migration.json',
  title: 'Callboard migration',
  description:
    'A migration: which repositories, what to change in each, and when a repository counts as migrated. ' +
    'Callboard opens a pull request in every repository that applies and has not migrated.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  definitions: { condition: CONDITION_DEFINITION },
  properties: {
    apiVersion: { const: MIGRATION_API_VERSION, description: `Always ${MIGRATION_API_VERSION}.` },
    kind: { const: MIGRATION_KIND, description: `Always ${MIGRATION_KIND}.` },
    metadata: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'title'],
      properties: {
        name: string('The id: the file name without .yaml (migrations/node-24.yaml is node-24).', { pattern: NAME }),
        title: string('The pull requests\' title, e.g. "Move CI to Node 24".'),
      },
    },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['description', 'owner', 'steps'],
      properties: {
        description: string('Markdown: why, the pull request body.'),
        owner: string('The catalog group that asks for it: group:default/platform, or a bare group name.'),
        deadline: string('The date it should be done by, YYYY-MM-DD.', { pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
        version: {
          type: ['string', 'integer'],
          minLength: 1,
          description: 'Changing it re-opens the pull requests people declined. Default: "1".',
        },
        targets,
        values: {
          type: 'object',
          description: 'Values for templates (${{ values.x }}), themselves templated (${{ entity.name }}).',
        },
        steps: {
          type: 'array',
          minItems: 1,
          maxItems: MAX_STEPS,
          items: step,
          description: 'What to change, in order.',
        },
        migrated: {
          $ref: '#/definitions/condition',
          description:
            'When a repository counts as migrated (a scorecard rule, at the repository root): it gets no pull request. ' +
            'Without it, a repository the steps would not change has migrated.',
        },
        pullRequest: {
          type: 'object',
          additionalProperties: false,
          description: 'How the pull requests are opened.',
          properties: {
            labels: strings('Labels to put on them.'),
            draft: { type: 'boolean', default: false, description: 'Open them as drafts. Default: false.' },
          },
        },
      },
    },
  },
};

/** The schema as the file `schemas/migration.schema.json` holds it. */
export const migrationSchemaText = (): string => `${JSON.stringify(MIGRATION_SCHEMA, null, 2)}\n`;
