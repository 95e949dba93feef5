/**
 * GitHub's objects have dozens of required fields the double does not model (`archive_url`,
 * `subscribers_url`…). Rather than hand-writing them, each response starts from the smallest value
 * GitHub's schema accepts (required properties only, enums at their first value, nullable → null),
 * and the double's real state is laid over it. The result is validated again before it is sent.
 */
import { deref, openApiDocument, type JsonObject } from './document.ts';

export type Instantiate = (schema: string | JsonObject) => unknown;

const FIXED_TIME = '2024-01-01T00:00:00Z';

export function createInstantiator(baseUrl: string): Instantiate {
  const cache = new Map<JsonObject, unknown>();
  const build = (node: JsonObject, depth: number): unknown => {
    const schema = deref(node);
    if (depth > 40) return null;
    // The object asked for is wanted even when its schema allows null (GitHub's `integration` does).
    if (schema.nullable === true && depth > 0) return null;
    if (Array.isArray(schema.allOf)) {
      return Object.assign({}, ...(schema.allOf as JsonObject[]).map((part) => build(part, depth + 1)));
    }
    const alternatives = (schema.oneOf ?? schema.anyOf) as JsonObject[] | undefined;
    if (alternatives?.[0]) return build(alternatives[0], depth + 1);
    if (Array.isArray(schema.enum)) return schema.enum[0];
    const type = schema.type ?? (schema.properties ? 'object' : undefined);
    switch (type) {
      case 'object': {
        const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
        const out: JsonObject = {};
        for (const name of (schema.required ?? []) as string[])
          out[name] = properties[name] ? build(properties[name], depth + 1) : null;
        return out;
      }
      case 'array': {
        const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
        return Array.from({ length: count }, () => build((schema.items ?? {}) as JsonObject, depth + 1));
      }
      case 'string':
        return stringFor(schema);
      case 'integer':
      case 'number':
        return typeof schema.minimum === 'number' ? schema.minimum : 0;
      case 'boolean':
        return false;
      default:
        return null;
    }
  };
  const stringFor = (schema: JsonObject): string => {
    switch (schema.format) {
      case 'date-time':
        return FIXED_TIME;
      case 'date':
        return FIXED_TIME.slice(0, 10);
      case 'uri':
      case 'uri-template':
        return `${baseUrl}/`;
      case 'email':
        return 'noreply@github.com';
      default:
        return 'x'.repeat(typeof schema.minLength === 'number' ? schema.minLength : 0);
    }
  };
  return (schema) => {
    const node = typeof schema === 'string' ? openApiDocument().components.schemas[schema] : schema;
    if (!node) throw new Error(`No component schema ${String(schema)}`);
    if (!cache.has(node)) cache.set(node, build(node, 0));
    return structuredClone(cache.get(node));
  };
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lays `patch` over `base`: objects merge key by key, anything else (arrays, null) replaces. */
export function overlay<T>(base: unknown, patch: T): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) out[key] = overlay(out[key], value);
  }
  return out as T;
}
