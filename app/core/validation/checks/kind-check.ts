import type { SchemaObject } from 'ajv';
import { BACKSTAGE_API_GROUPS, BUILTIN_KINDS, type KindDefinition } from '../../model/kinds.ts';
import { closest } from '../closest.ts';
import { fieldHints } from '../field-hints.ts';
import { problem, type Problem } from '../problem.ts';
import type { SchemaCompiler, SchemaCheck } from '../schema-compiler.ts';
import { schemaProblems } from '../schema-problems.ts';
import { withArticle } from '../../words.ts';
import type { Check } from './check.ts';

const GENERIC: SchemaObject = {
  type: 'object',
  properties: { metadata: { $ref: 'EntityMeta' }, spec: { type: 'object' } },
};
const BUILTIN_KIND_NAMES = [...new Set(BUILTIN_KINDS.map((d) => d.kind))];

/**
 * The kind's own schema (spec fields), or, for an entity Callboard does not know, the generic
 * entity schema plus a verdict on the kind: a wrong apiVersion for a Backstage kind name (or a
 * near-miss of one under backstage.io) is an error; a foreign kind is accepted with a warning.
 * Either way a user schema that claims the pair takes over.
 */
export function kindCheck(compiler: SchemaCompiler): Check {
  const compiled = new Map<KindDefinition | undefined, SchemaCheck>();
  const schemaFor = (definition: KindDefinition | undefined): SchemaCheck => {
    let check = compiled.get(definition);
    if (!check) {
      check = compiler.compile(
        definition
          ? {
              type: 'object',
              required: ['spec'],
              properties: { metadata: { $ref: 'EntityMeta' }, spec: definition.spec },
            }
          : GENERIC,
      );
      compiled.set(definition, check);
    }
    return check;
  };
  return ({ value, entity, definition, claimedByUserSchema }) => {
    const subject = definition ? withArticle(definition.kind) : 'an entity';
    const problems = schemaProblems(schemaFor(definition)(value), 'kind-schema', subject, fieldHints(definition));
    if (entity && !definition && !claimedByUserSchema) problems.push(unknownKind(entity.apiVersion, entity.kind));
    return problems;
  };
}

function unknownKind(apiVersion: string, kind: string): Problem {
  const versions = BUILTIN_KINDS.filter((d) => d.kind === kind).flatMap((d) => d.apiVersions);
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const ownGroup = BACKSTAGE_API_GROUPS.includes(group);
  // Backstage's kind names belong to Backstage: its relation processor acts on the kind alone, so
  // another apiVersion is a mistake (a --schema-dir schema can still claim such a pair).
  if (versions.length) {
    const expected = [...new Set(versions)];
    return problem(
      'error',
      'api-version',
      '/apiVersion',
      `apiVersion "${apiVersion}" is not a version of ${kind}; expected ${expected.join(' or ')}`,
      {
        fix: `Use apiVersion: ${expected[0]}${kind === 'Template' ? ' (templates of older versions must be migrated to v1beta3)' : ''}.`,
      },
    );
  }
  const near = closest(kind, BUILTIN_KIND_NAMES);
  if (near && ownGroup) {
    return problem(
      'error',
      'api-version',
      '/kind',
      `kind "${kind}" is not a kind of ${group}; kinds are case-sensitive`,
      {
        fix: `Did you mean kind: ${near}?`,
      },
    );
  }
  return problem(
    'warning',
    'foreign-kind',
    '/kind',
    `${kind} (${apiVersion}) is not a kind Backstage knows; it is checked only as a generic entity, and Backstage will ingest it only with a processor for that kind`,
    {
      fix: 'To validate it fully, put a JSON Schema for it in a folder and pass it with --schema-dir (the schema-dir input of the action).',
    },
  );
}
