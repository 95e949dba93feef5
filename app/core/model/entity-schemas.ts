/**
 * JSON Schemas for the entity envelope, written here from Backstage's documented model
 * (../shared/reference/catalog-model.md §1–2). They carry Backstage's `$id`s (`Entity`,
 * `EntityMeta`, `common`) so a user's own kind schema written for Backstage (`allOf: [{$ref: Entity}]`)
 * works unchanged with `--schema-dir`.
 */
import type { SchemaObject } from 'ajv';

const nonEmpty = { type: 'string', minLength: 1 } as const;
const stringMap = { type: 'object', patternProperties: { '^.+$': { type: 'string' } } } as const;

export const commonSchema: SchemaObject = {
  $id: 'common',
  type: 'object',
  definitions: {
    reference: {
      $id: '#reference',
      type: 'object',
      required: ['kind', 'namespace', 'name'],
      additionalProperties: false,
      properties: { kind: nonEmpty, namespace: nonEmpty, name: nonEmpty },
    },
    relation: {
      $id: '#relation',
      type: 'object',
      required: ['type', 'targetRef'],
      additionalProperties: false,
      properties: {
        type: { type: 'string', minLength: 1, pattern: '^\\w+$' },
        target: { $ref: '#reference' },
        targetRef: nonEmpty,
      },
    },
    status: {
      $id: '#status',
      type: 'object',
      properties: { items: { type: 'array', items: { $ref: '#statusItem' } } },
    },
    statusItem: {
      $id: '#statusItem',
      type: 'object',
      required: ['type', 'level', 'message'],
      properties: {
        type: nonEmpty,
        level: { $ref: '#statusLevel' },
        message: { type: 'string' },
        error: { $ref: '#error' },
      },
    },
    statusLevel: { $id: '#statusLevel', type: 'string', enum: ['info', 'warning', 'error'] },
    error: {
      $id: '#error',
      type: 'object',
      required: ['name', 'message'],
      properties: { name: nonEmpty, message: { type: 'string' }, code: { type: 'string' }, stack: { type: 'string' } },
    },
  },
};

export const entityMetaSchema: SchemaObject = {
  $id: 'EntityMeta',
  type: 'object',
  required: ['name'],
  properties: {
    uid: nonEmpty,
    etag: nonEmpty,
    name: nonEmpty,
    namespace: nonEmpty,
    title: nonEmpty,
    description: { type: 'string' },
    labels: stringMap,
    annotations: stringMap,
    tags: { type: 'array', items: nonEmpty },
    links: {
      type: 'array',
      items: {
        type: 'object',
        required: ['url'],
        properties: { url: nonEmpty, title: nonEmpty, icon: nonEmpty, type: nonEmpty },
      },
    },
  },
};

export const entitySchema: SchemaObject = {
  $id: 'Entity',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata'],
  additionalProperties: false,
  properties: {
    apiVersion: nonEmpty,
    kind: nonEmpty,
    metadata: { $ref: 'EntityMeta' },
    spec: { type: 'object' },
    relations: { type: 'array', items: { $ref: 'common#relation' } },
    status: { $ref: 'common#status' },
  },
};
