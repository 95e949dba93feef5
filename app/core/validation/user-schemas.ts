/**
 * Users' own JSON Schemas (`--schema-dir`): for foreign kinds, and for stricter rules on built-in
 * ones. A schema says which entities it applies to the way Backstage's kind schemas do, with
 * `properties.apiVersion` and/or `properties.kind` as `enum` or `const` (at its root or in an
 * `allOf` entry), so a schema written for Backstage works unchanged, `$ref: Entity` included.
 */
import type { SchemaObject } from 'ajv';
import { isRecord } from '../model/entity.ts';
import type { Check } from './checks/check.ts';
import type { SchemaCheck, SchemaCompiler } from './schema-compiler.ts';
import { schemaProblems } from './schema-problems.ts';
import { UserSchemaError } from '../errors.ts';

export interface UserSchemaSource {
  path: string;
  schema: unknown;
}

export interface UserSchema {
  path: string;
  apiVersions?: readonly string[];
  kinds?: readonly string[];
  check: SchemaCheck;
}

export interface UserSchemaSet {
  schemas: readonly UserSchema[];
  claims(apiVersion: string, kind: string): boolean;
}

export function compileUserSchemas(sources: readonly UserSchemaSource[], compiler: SchemaCompiler): UserSchemaSet {
  const schemas = sources.map(({ path, schema }): UserSchema => {
    if (!isRecord(schema)) throw new UserSchemaError(`${path}: a schema must be a JSON object (a mapping in YAML)`);
    const apiVersions = declared(schema, 'apiVersion');
    const kinds = declared(schema, 'kind');
    if (!apiVersions && !kinds) {
      throw new UserSchemaError(
        `${path}: the schema does not say which entities it applies to. Add "properties": {"kind": {"enum": ["MyKind"]}} (and/or "apiVersion"), as Backstage's kind schemas do.`,
      );
    }
    try {
      const check = compiler.compile(withoutId(schema));
      return { path, check, ...(apiVersions ? { apiVersions } : {}), ...(kinds ? { kinds } : {}) };
    } catch (e) {
      throw new UserSchemaError(`${path}: not a valid JSON Schema: ${(e as Error).message}`);
    }
  });
  const matching = (apiVersion: string, kind: string) =>
    schemas.filter(
      (s) => (!s.apiVersions || s.apiVersions.includes(apiVersion)) && (!s.kinds || s.kinds.includes(kind)),
    );
  return { schemas, claims: (apiVersion, kind) => matching(apiVersion, kind).length > 0 };
}

export function userSchemaCheck(set: UserSchemaSet): Check {
  return ({ value, entity }) => {
    if (!entity) return [];
    return set.schemas
      .filter(
        (s) =>
          (!s.apiVersions || s.apiVersions.includes(entity.apiVersion)) && (!s.kinds || s.kinds.includes(entity.kind)),
      )
      .flatMap((s) =>
        schemaProblems(s.check(value), 'user-schema', `a ${entity.kind}`, () => undefined).map((p) => ({
          ...p,
          fix: `${p.fix ? p.fix + ' ' : ''}Required by ${s.path}.`,
        })),
      );
  };
}

/** The values a schema allows for `field`, from `const`/`enum` at its root or in `allOf` entries. */
function declared(schema: Record<string, unknown>, field: string): string[] | undefined {
  const candidates = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : [])];
  for (const c of candidates) {
    const prop = isRecord(c) && isRecord(c.properties) ? c.properties[field] : undefined;
    if (!isRecord(prop)) continue;
    if (typeof prop.const === 'string') return [prop.const];
    if (Array.isArray(prop.enum) && prop.enum.every((v) => typeof v === 'string')) return prop.enum as string[];
  }
  return undefined;
}

/** Two users' schemas may share an `$id`; each is compiled on its own, so the id is not needed. */
function withoutId(schema: Record<string, unknown>): SchemaObject {
  const { $id: _id, ...rest } = schema;
  return rest;
}
