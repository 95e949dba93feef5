/**
 * An API entity's `spec.definition`, read for its type: parsed (YAML or JSON for OpenAPI and
 * AsyncAPI, SDL for GraphQL), checked to be a document of that type, and its operations listed.
 * The catalog reports a definition that does not read (errors.md), the site renders the ones that
 * do (API references), and pull requests compare two versions: one reading serves all three.
 *
 * Definitions are repository content: YAML aliases are capped (no billion laughs), size is
 * bounded, and `$ref`s that leave the document are reported and not followed, so a rendered page
 * never asks anything but the site itself.
 */
import { buildSchema, GraphQLError, type GraphQLSchema } from 'graphql';
import { parse as parseYaml, YAMLError } from 'yaml';
import { isRecord } from '../model/entity.ts';

/** Past this, a definition is not rendered (the descriptor checks already bound what a repository holds). */
export const MAX_DEFINITION_BYTES = 5_000_000;

export interface ApiOperation {
  /** `GET /artists/{id}`, `Query.artist`, `send orderCreated`, `rpc GetArtist`. */
  title: string;
  summary: string;
  /** Redoc's anchor for it, when the renderer has one. */
  anchor?: string;
}

export type ApiDefinition =
  | {
      type: 'openapi';
      ok: true;
      document: Record<string, unknown>;
      version: string;
      operations: ApiOperation[];
      external: string[];
    }
  | {
      type: 'asyncapi';
      ok: true;
      document: Record<string, unknown>;
      version: string;
      operations: ApiOperation[];
      external: string[];
    }
  | { type: 'graphql'; ok: true; schema: GraphQLSchema; text: string; operations: ApiOperation[] }
  | { type: 'grpc' | 'trpc' | 'other'; ok: true; text: string; language: string; operations: ApiOperation[] }
  | { type: string; ok: false; error: string; line?: number; column?: number };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

export const definitionText = (definition: unknown): string | undefined =>
  typeof definition === 'string'
    ? definition
    : isRecord(definition) || Array.isArray(definition)
      ? JSON.stringify(definition, null, 2)
      : undefined;

/** Reads an API's definition for its `spec.type` (lowercased, as Backstage compares it). */
export function readApiDefinition(type: string, definition: unknown): ApiDefinition {
  const kind = type.toLowerCase();
  const text = definitionText(definition);
  if (text === undefined)
    return {
      type: kind,
      ok: false,
      error: 'spec.definition is not text: give the definition, or `$text: ./path` to a file',
    };
  if (text.length > MAX_DEFINITION_BYTES)
    return {
      type: kind,
      ok: false,
      error: `the definition is ${text.length} characters, over the ${MAX_DEFINITION_BYTES} a page renders`,
    };
  switch (kind) {
    case 'openapi':
      return readOpenApi(text);
    case 'asyncapi':
      return readAsyncApi(text);
    case 'graphql':
      return readGraphql(text);
    case 'grpc':
      return { type: 'grpc', ok: true, text, language: 'protobuf', operations: rpcs(text) };
    case 'trpc':
      return { type: 'trpc', ok: true, text, language: 'typescript', operations: [] };
    default:
      return { type: 'other', ok: true, text, language: 'plaintext', operations: [] };
  }
}

function parseDocument(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: string; line?: number; column?: number } {
  try {
    return { ok: true, value: parseYaml(text, { maxAliasCount: 100, uniqueKeys: false, prettyErrors: true }) };
  } catch (e) {
    if (e instanceof YAMLError) {
      const pos = e.linePos?.[0];
      return {
        ok: false,
        error: e.message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        ...(pos ? { line: pos.line, column: pos.col } : {}),
      };
    }
    return { ok: false, error: (e as Error).message };
  }
}

function readOpenApi(text: string): ApiDefinition {
  const parsed = parseDocument(text);
  if (!parsed.ok) return { type: 'openapi', ...parsed };
  const doc = parsed.value;
  const version = isRecord(doc)
    ? typeof doc.openapi === 'string'
      ? doc.openapi
      : doc.swagger === '2.0'
        ? '2.0'
        : undefined
    : undefined;
  if (!isRecord(doc) || !version || !/^(?:2\.0|3\.\d+(?:\.\d+)?)$/.test(version))
    return {
      type: 'openapi',
      ok: false,
      error: 'not an OpenAPI document: expected `openapi: 3.x.y` or `swagger: "2.0"` at its top',
    };
  if (doc.paths !== undefined && !isRecord(doc.paths))
    return { type: 'openapi', ok: false, error: '`paths` must be a map of paths to operations' };
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(isRecord(doc.paths) ? doc.paths : {}))
    if (isRecord(item))
      for (const method of METHODS) {
        const op = item[method];
        if (!isRecord(op)) continue;
        const id = typeof op.operationId === 'string' ? op.operationId : undefined;
        operations.push({
          title: `${method.toUpperCase()} ${path}`,
          summary: str(op.summary) ?? str(op.description) ?? '',
          ...(id ? { anchor: `operation/${id}` } : {}),
        });
      }
  return { type: 'openapi', ok: true, document: doc, version, operations, external: externalRefs(doc) };
}

function readAsyncApi(text: string): ApiDefinition {
  const parsed = parseDocument(text);
  if (!parsed.ok) return { type: 'asyncapi', ...parsed };
  const doc = parsed.value;
  const version = isRecord(doc) && typeof doc.asyncapi === 'string' ? doc.asyncapi : undefined;
  if (!isRecord(doc) || !version || !/^[23]\.\d+\.\d+$/.test(version))
    return {
      type: 'asyncapi',
      ok: false,
      error: 'not an AsyncAPI document: expected `asyncapi: 2.x.y` or `asyncapi: 3.x.y` at its top',
    };
  const operations: ApiOperation[] = [];
  if (version.startsWith('2.')) {
    for (const [channel, item] of Object.entries(isRecord(doc.channels) ? doc.channels : {}))
      for (const action of ['publish', 'subscribe'])
        if (isRecord(item) && isRecord(item[action]))
          operations.push({
            title: `${action} ${channel}`,
            summary: str(item[action].summary) ?? str(item[action].description) ?? '',
          });
  } else {
    for (const [id, op] of Object.entries(isRecord(doc.operations) ? doc.operations : {}))
      if (isRecord(op))
        operations.push({
          title: `${str(op.action) ?? 'operation'} ${id}`,
          summary: str(op.summary) ?? str(op.description) ?? '',
        });
  }
  return { type: 'asyncapi', ok: true, document: doc, version, operations, external: externalRefs(doc) };
}

function readGraphql(text: string): ApiDefinition {
  try {
    const schema = buildSchema(text, { noLocation: false });
    const operations: ApiOperation[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()])
      for (const field of Object.values(root?.getFields() ?? {}))
        operations.push({
          title: `${root!.name}.${field.name}`,
          summary: field.description ?? '',
          anchor: `type-${root!.name}`,
        });
    return { type: 'graphql', ok: true, schema, text, operations };
  } catch (e) {
    const loc = e instanceof GraphQLError ? e.locations?.[0] : undefined;
    return {
      type: 'graphql',
      ok: false,
      error: (e as Error).message.split('\n', 1)[0]!,
      ...(loc ? { line: loc.line, column: loc.column } : {}),
    };
  }
}

/** Each `rpc Name(` of a .proto: the services' methods, found in one linear pass. */
function rpcs(text: string): ApiOperation[] {
  return [...text.matchAll(/\brpc\s+(\w+)\s*\(/g)].map((m) => ({ title: `rpc ${m[1]}`, summary: '' }));
}

/**
 * The `$ref`s that point outside the document (another file or a URL): a static page cannot read
 * them, and a browser following one would ask a server the reader did not choose. Walked without
 * recursion, so depth is no weapon.
 */
export function externalRefs(doc: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [doc];
  const seen = new Set<unknown>();
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) found.add(value);
        else stack.push(value);
      }
  }
  return [...found].sort();
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The operation summaries of a read definition; none when it did not read. */
export const operationsOf = (d: ApiDefinition): ApiOperation[] => (d.ok ? d.operations : []);
