/**
 * Checks requests and responses against GitHub's OpenAPI operations with Ajv. One Ajv per process:
 * the converted component schemas are registered once, and each operation's parameter, body and
 * response schemas are compiled on first use and cached (a compiled `full-repository` is shared by
 * every operation that returns one).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import {
  deref,
  openApiDocument,
  operationParameters,
  type JsonObject,
  type Operation,
  type Parameter,
} from './document.ts';
import { componentsDocument, toJsonSchema } from './to-json-schema.ts';

// ajv-formats is CommonJS; its plugin is both module.exports and module.exports.default.
const addFormats = ajvFormats.default;

export interface Problem {
  /** 'path', 'query' or 'body', then a JSON pointer into it. */
  where: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
  data: unknown;
}

export interface CheckedRequest {
  problems: Problem[];
  /** Query parameters GitHub does not define for the operation (GitHub ignores them). */
  unknownQuery: string[];
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

let ajv: Ajv | undefined;

function instance(): Ajv {
  if (ajv) return ajv;
  // verbose: errors carry the offending data, for GitHub-like messages ("… 70000 were supplied").
  ajv = new Ajv({ strict: false, allErrors: true, verbose: true, validateSchema: false, allowUnionTypes: true });
  addFormats(ajv);
  // GitHub's own formats, which are descriptive only.
  for (const format of ['repo.nwo', 'timestamp', 'int32', 'int64', 'double', 'binary'])
    if (!ajv.formats[format]) ajv.addFormat(format, true);
  ajv.addSchema(componentsDocument(openApiDocument().components.schemas));
  return ajv;
}

interface Compiled {
  path?: ValidateFunction;
  query?: ValidateFunction;
  body?: ValidateFunction | null;
  responses: Map<string, ValidateFunction | null>;
}

const cache = new WeakMap<Operation, Compiled>();

function compiled(operation: Operation): Compiled {
  let entry = cache.get(operation);
  if (!entry) cache.set(operation, (entry = { responses: new Map() }));
  return entry;
}

function parameterSchema(parameters: Parameter[]): JsonObject {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, toJsonSchema(p.schema ? deref(p.schema) : {})])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
  };
}

/** Query and path values arrive as strings; turn them into what their schema says. */
function coerce(raw: string | string[], schema: JsonObject | undefined): unknown {
  const resolved = schema ? deref(schema) : {};
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  switch (resolved.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'array':
      return Array.isArray(raw) ? raw : value.split(',');
    default:
      return value;
  }
}

function problems(validate: ValidateFunction, data: unknown, where: string): Problem[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    where: `${where}${e.instancePath}`,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
    params: e.params as Record<string, unknown>,
    data: e.data,
  }));
}

export function checkRequest(
  operation: Operation,
  input: { params: Record<string, string>; query: URLSearchParams; body: unknown },
): CheckedRequest {
  const entry = compiled(operation);
  const all = operationParameters(operation);
  const inPath = all.filter((p) => p.in === 'path');
  const inQuery = all.filter((p) => p.in === 'query');
  const params = Object.fromEntries(inPath.map((p) => [p.name, coerce(input.params[p.name] ?? '', p.schema)]));
  const query: Record<string, unknown> = {};
  const unknownQuery: string[] = [];
  for (const name of new Set(input.query.keys())) {
    const parameter = inQuery.find((p) => p.name === name);
    if (parameter) query[name] = coerce(input.query.getAll(name), parameter.schema);
    else unknownQuery.push(name);
  }
  entry.path ??= instance().compile(parameterSchema(inPath));
  entry.query ??= instance().compile(parameterSchema(inQuery));
  if (entry.body === undefined) {
    const body = operation.requestBody ? deref(operation.requestBody) : undefined;
    const schema = (body?.content as Record<string, JsonObject> | undefined)?.['application/json']?.schema;
    entry.body = schema ? instance().compile(toJsonSchema(schema) as JsonObject) : null;
  }
  const found = [...problems(entry.path, params, 'path'), ...problems(entry.query, query, 'query')];
  if (entry.body) found.push(...problems(entry.body, input.body ?? {}, 'body'));
  return { problems: found, unknownQuery, params, query };
}

/** The JSON schema GitHub documents for this status; null when it documents no JSON body. */
function responseSchema(operation: Operation, status: number): JsonObject | null | 'undocumented' {
  const response = operation.responses[String(status)];
  if (!response) return 'undocumented';
  const content = deref(response).content as Record<string, JsonObject> | undefined;
  return (content?.['application/json']?.schema as JsonObject | undefined) ?? null;
}

/** Problems of a response body, as readable strings (empty when it conforms). */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const entry = compiled(operation);
  const key = String(status);
  if (!entry.responses.has(key)) {
    let schema = responseSchema(operation, status);
    // GitHub answers 401/403/404/422 on every operation, documented or not, and always with a
    // message body, even where the description lists the status without one (git/delete-ref's 422).
    if ((schema === 'undocumented' || schema === null) && status >= 400)
      schema = { $ref: '#/components/schemas/basic-error' };
    if (schema === 'undocumented') return [`${operation.operationId} does not document status ${status}`];
    entry.responses.set(key, schema ? instance().compile(toJsonSchema(schema) as JsonObject) : null);
  }
  const validate = entry.responses.get(key);
  if (!validate)
    return body === undefined ? [] : [`${operation.operationId} ${status} has no body in GitHub's description`];
  return problems(validate, body, 'response').map((p) => `${p.where} ${p.message}${describe(p.params)}`);
}

function describe(params: Record<string, unknown>): string {
  const text = JSON.stringify(params);
  return text === '{}' ? '' : ` ${text}`;
}
