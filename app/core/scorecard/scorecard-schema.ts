/**
 * The JSON Schema of the catalog repository's scorecard files (a `Track`, or the `Exemptions`),
 * written here. It is what the files are validated against, with every problem placed on its line,
 * and what an editor can use (docs/scorecards.md says how). What a schema cannot say — fact names, regular
 * expressions, globs that leave the repository, duplicate ids — parse-scorecards checks itself.
 */
import type { SchemaObject } from 'ajv';
import { OPERATORS } from './scorecard-model.ts';

export const SCORECARD_API_VERSION = 'callboard.dev/v1';

const NAME = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const strings = (description: string) => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  minItems: 1,
  description,
});

/** Which entities: also the base of a migration's entity query (migration-schema.ts). */
export const FILTER_DEFINITION = {
  type: 'object',
  additionalProperties: false,
  description: 'Which entities it applies to: every field given must match, each by any of its values.',
  properties: {
    kind: strings('Kinds, e.g. [Component].'),
    type: strings('spec.type values, e.g. [service, website].'),
    lifecycle: strings('spec.lifecycle values.'),
    tags: strings('Tags; the entity needs one of them.'),
    system: strings('Systems, by ref or name.'),
    owner: strings('Owners, by ref or name.'),
  },
};

const leaf = (subject: 'fact' | 'file') => ({
  type: 'object',
  additionalProperties: false,
  required: subject === 'fact' ? ['fact', 'operator'] : ['file'],
  properties: {
    [subject]: {
      type: 'string',
      minLength: 1,
      description:
        subject === 'fact'
          ? 'A fact name, e.g. ci.tests.count.'
          : "A glob; from the repository root when it starts with /, else from the entity's folder.",
    },
    path: { type: 'string', pattern: '^\\$', description: 'A JSONPath into the fact or file, e.g. $.scripts.test.' },
    operator: { enum: OPERATORS, description: subject === 'file' ? 'Default: exists.' : 'How the value is compared.' },
    value: { description: 'What it is compared with.' },
  },
});

/** A rule condition: also a migration's `migrated` (migration-schema.ts). */
export const CONDITION_DEFINITION = {
  type: 'object',
  description: 'A rule: all, any or not of rules, or a condition on a fact or a file.',
  if: { type: 'object', properties: { all: true }, required: ['all'] },
  then: {
    type: 'object',
    additionalProperties: false,
    properties: { all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/condition' } } },
  },
  else: {
    if: { type: 'object', properties: { any: true }, required: ['any'] },
    then: {
      type: 'object',
      additionalProperties: false,
      properties: { any: { type: 'array', minItems: 1, items: { $ref: '#/definitions/condition' } } },
    },
    else: {
      if: { type: 'object', properties: { not: true }, required: ['not'] },
      then: { type: 'object', additionalProperties: false, properties: { not: { $ref: '#/definitions/condition' } } },
      else: {
        if: { type: 'object', properties: { file: true }, required: ['file'] },
        then: leaf('file'),
        else: leaf('fact'),
      },
    },
  },
};

const check = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'rule'],
  properties: {
    id: { type: 'string', pattern: NAME, description: 'Unique in the track, e.g. tests-run-on-ci.' },
    title: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    severity: {
      enum: ['error', 'warning'],
      description: 'A failing warning does not keep the level from being reached. Default: error.',
    },
    rule: { $ref: '#/definitions/condition' },
    hint: { type: 'string', description: 'What to do when it fails.' },
    applies: { $ref: '#/definitions/filter' },
  },
};

const level = {
  type: 'object',
  additionalProperties: false,
  required: ['checks'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'Default: "Level N".' },
    required: {
      type: 'boolean',
      description: 'A pull request that loses this level fails the scorecard check. Default: false.',
    },
    checks: { type: 'array', minItems: 1, items: check },
  },
};

const metadata = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: NAME },
    title: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    owner: { type: 'string', minLength: 1 },
  },
};

const exemption = {
  type: 'object',
  additionalProperties: false,
  required: ['entity', 'track', 'check', 'justification', 'author', 'expires'],
  properties: {
    entity: { type: 'string', minLength: 1, description: 'The entity ref, e.g. component:default/artist-lookup.' },
    track: { type: 'string', pattern: NAME },
    check: { type: 'string', pattern: NAME },
    justification: { type: 'string', minLength: 10, description: 'Why the check does not apply or cannot pass yet.' },
    author: { type: 'string', minLength: 1, description: 'Who granted it (a GitHub login).' },
    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The last day it applies, YYYY-MM-DD.' },
  },
};

export const TRACK_SCHEMA: SchemaObject = {
  $id: 'https://callboard.dev/schemas/track.json',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  definitions: { condition: CONDITION_DEFINITION, filter: FILTER_DEFINITION },
  properties: {
    apiVersion: { const: SCORECARD_API_VERSION },
    kind: { const: 'Track' },
    metadata,
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['levels'],
      properties: { applies: { $ref: '#/definitions/filter' }, levels: { type: 'array', minItems: 1, items: level } },
    },
  },
};

export const EXEMPTIONS_SCHEMA: SchemaObject = {
  $id: 'https://callboard.dev/schemas/exemptions.json',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'spec'],
  properties: {
    apiVersion: { const: SCORECARD_API_VERSION },
    kind: { const: 'Exemptions' },
    metadata: { type: 'object' },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['exemptions'],
      properties: { exemptions: { type: 'array', items: exemption } },
    },
  },
};
