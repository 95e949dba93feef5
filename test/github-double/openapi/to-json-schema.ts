/**
 * OpenAPI 3.0 schemas are not quite JSON Schema: `nullable: true` widens a type to null, and
 * `$ref`s point into the OpenAPI document. Ajv's own `nullable` keyword refuses a schema without
 * `type` (GitHub has ~135 of those: `allOf: [$ref], nullable: true`), so the conversion is done
 * here, once, and every `#/components/schemas/X` becomes a reference into one registered document.
 */
import type { JsonObject } from './document.ts';

export const COMPONENTS_ID = 'https://github-double.invalid/components';

const COMPONENT_PREFIX = '#/components/schemas/';
// Annotations only; dropping them keeps compiled schemas small and Ajv quiet.
const DROPPED = new Set([
  'example',
  'examples',
  'description',
  'externalDocs',
  'x-github',
  'deprecated',
  'title',
  'xml',
  'discriminator',
]);

export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const source = node as JsonObject;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || DROPPED.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = rewriteRef(value);
    else if (key === 'properties' && value && typeof value === 'object')
      out.properties = mapValues(value as JsonObject);
    else if (key === 'enum' || key === 'default' || key === 'const') out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  return source.nullable === true ? widenToNull(out) : out;
}

function mapValues(properties: JsonObject): JsonObject {
  // Property names are data, not keywords: a property called "nullable" or "example" must survive.
  return Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, toJsonSchema(schema)]));
}

function rewriteRef(ref: string): string {
  if (ref.startsWith(COMPONENT_PREFIX)) return `${COMPONENTS_ID}#/definitions/${ref.slice(COMPONENT_PREFIX.length)}`;
  throw new Error(`Unexpected $ref in a schema: ${ref}`);
}

function widenToNull(schema: JsonObject): JsonObject {
  if (typeof schema.type === 'string' && !('$ref' in schema)) {
    const widened: JsonObject = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) widened.enum = [...(schema.enum as unknown[]), null];
    return widened;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

let components: JsonObject | undefined;

/** Every component schema, converted, as one document Ajv can resolve references into. */
export function componentsDocument(schemas: Record<string, JsonObject>): JsonObject {
  components ??= { $id: COMPONENTS_ID, definitions: mapValues(schemas) };
  return components;
}
