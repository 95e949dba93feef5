import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  schemaProblems
} from "./chunk-5U7GGHSL.js";
import {
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  UserSchemaError
} from "./chunk-H3NJOLHB.js";

// app/core/validation/user-schemas.ts
function compileUserSchemas(sources, compiler) {
  const schemas = sources.map(({ path, schema }) => {
    if (!isRecord(schema)) throw new UserSchemaError(`${path}: a schema must be a JSON object (a mapping in YAML)`);
    const apiVersions = declared(schema, "apiVersion");
    const kinds = declared(schema, "kind");
    if (!apiVersions && !kinds) {
      throw new UserSchemaError(
        `${path}: the schema does not say which entities it applies to. Add "properties": {"kind": {"enum": ["MyKind"]}} (and/or "apiVersion"), as Backstage's kind schemas do.`
      );
    }
    try {
      const check = compiler.compile(withoutId(schema));
      return { path, check, ...apiVersions ? { apiVersions } : {}, ...kinds ? { kinds } : {} };
    } catch (e) {
      throw new UserSchemaError(`${path}: not a valid JSON Schema: ${e.message}`);
    }
  });
  const matching = (apiVersion, kind) => schemas.filter(
    (s) => (!s.apiVersions || s.apiVersions.includes(apiVersion)) && (!s.kinds || s.kinds.includes(kind))
  );
  return { schemas, claims: (apiVersion, kind) => matching(apiVersion, kind).length > 0 };
}
function userSchemaCheck(set) {
  return ({ value, entity }) => {
    if (!entity) return [];
    return set.schemas.filter(
      (s) => (!s.apiVersions || s.apiVersions.includes(entity.apiVersion)) && (!s.kinds || s.kinds.includes(entity.kind))
    ).flatMap(
      (s) => schemaProblems(s.check(value), "user-schema", `a ${entity.kind}`, () => void 0).map((p) => ({
        ...p,
        fix: `${p.fix ? p.fix + " " : ""}Required by ${s.path}.`
      }))
    );
  };
}
function declared(schema, field) {
  const candidates = [schema, ...Array.isArray(schema.allOf) ? schema.allOf : []];
  for (const c of candidates) {
    const prop = isRecord(c) && isRecord(c.properties) ? c.properties[field] : void 0;
    if (!isRecord(prop)) continue;
    if (typeof prop.const === "string") return [prop.const];
    if (Array.isArray(prop.enum) && prop.enum.every((v) => typeof v === "string")) return prop.enum;
  }
  return void 0;
}
function withoutId(schema) {
  const { $id: _id, ...rest } = schema;
  return rest;
}

export {
  compileUserSchemas,
  userSchemaCheck
};
