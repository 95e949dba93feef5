/**
 * What a change to an API's definition breaks for its consumers.
 *
 * - GraphQL: graphql-js's own `findBreakingChanges` and `findDangerousChanges`.
 * - OpenAPI (2.0 and 3.x): no differ on npm reads 3.1 and parameters both (Atlassian's openapi-diff
 *   refuses 3.1 and misses a query parameter that became required; oasdiff is Go), so the operations
 *   are compared here, structurally: an operation removed; a parameter removed, newly required or of
 *   another type; a request body newly required, a property it now requires or types differently; a
 *   success response removed; a response property removed, no longer required or of another type;
 *   an enum value a client may send removed, or one it may receive added. docs/site.md lists what
 *   this does not look at.
 * - AsyncAPI: operations removed. gRPC: methods removed.
 *
 * Both definitions are read as `readApiDefinition` reads them; one that does not read compares with nothing.
 */
import { findBreakingChanges, findDangerousChanges } from 'graphql';
import { isRecord } from '../model/entity.ts';
import { readApiDefinition, type ApiDefinition } from './api-definition.ts';

export interface ApiChange {
  /** `breaking`: a consumer written for the old definition fails; `dangerous`: it may behave differently. */
  severity: 'breaking' | 'dangerous';
  text: string;
}

/** Past this many, a change's list stops: a pull request comment summarises. */
export const MAX_API_CHANGES = 50;

export function apiChanges(type: string, before: unknown, after: unknown): ApiChange[] {
  const old = readApiDefinition(type, before);
  const now = readApiDefinition(type, after);
  if (!old.ok || !now.ok) return [];
  const changes = compare(old, now);
  return changes.length > MAX_API_CHANGES
    ? [
        ...changes.slice(0, MAX_API_CHANGES),
        { severity: changes[MAX_API_CHANGES]!.severity, text: `and ${changes.length - MAX_API_CHANGES} more` },
      ]
    : changes;
}

function compare(old: ApiDefinition, now: ApiDefinition): ApiChange[] {
  if (old.type === 'graphql' && now.type === 'graphql' && old.ok && now.ok)
    // The schemas readApiDefinition built.
    return [
      ...findBreakingChanges(old.schema, now.schema).map((c) => ({
        severity: 'breaking' as const,
        text: c.description,
      })),
      ...findDangerousChanges(old.schema, now.schema).map((c) => ({
        severity: 'dangerous' as const,
        text: c.description,
      })),
    ];
  if (old.type === 'openapi' && now.type === 'openapi' && old.ok && now.ok)
    return openApiChanges(old.document, now.document);
  if (old.ok && now.ok && old.type === now.type && (old.type === 'asyncapi' || old.type === 'grpc')) {
    const kept = new Set(now.operations.map((o) => o.title));
    return old.operations
      .filter((o) => !kept.has(o.title))
      .map((o) => ({ severity: 'breaking' as const, text: `${o.title} is removed` }));
  }
  return [];
}

type Json = Record<string, unknown>;

interface Operation {
  /** `GET /artists/{id}` as written in the new definition (or the old, when removed). */
  title: string;
  parameters: Map<string, Json>;
  body?: { required: boolean; schema: unknown };
  responses: Map<string, unknown>;
}

/** Which of the path's parameters `name` is (0 for the first `{…}`), whatever the others are called. */
function pathSlot(path: string, name: string): number {
  const at = path.indexOf(`{${name}}`);
  let slot = 0;
  for (let i = path.indexOf('{'); i !== -1 && i < at; i = path.indexOf('{', i + 1)) slot++;
  return at === -1 ? -1 : slot;
}

const label = (p: Json) => `${String(p.in)} parameter ${String(p.name)}`;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];
/** Paths compare with their parameters' names left out: `/a/{id}` and `/a/{artistId}` are one path. */
function pathKey(path: string): string {
  // One pass, no pattern: a path of many `{` and no `}` costs no more than its length.
  let key = '';
  let from = 0;
  for (let open = path.indexOf('{'); open !== -1; open = path.indexOf('{', from)) {
    const close = path.indexOf('}', open);
    if (close === -1) break;
    key += `${path.slice(from, open)}{}`;
    from = close + 1;
  }
  return key + path.slice(from);
}

/** A local `$ref` followed (a pointer into the same document); anything else is left as it is. */
function resolver(doc: Json) {
  return (value: unknown): unknown => {
    let current = value;
    for (let hops = 0; hops < 32 && isRecord(current) && typeof current.$ref === 'string'; hops++) {
      const ref = current.$ref;
      if (!ref.startsWith('#/')) return current;
      let target: unknown = doc;
      for (const part of ref.slice(2).split('/')) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        target = isRecord(target) && Object.hasOwn(target, key) ? target[key] : undefined;
      }
      current = target;
    }
    return current;
  };
}

function operationsOf(doc: Json): Map<string, Operation> {
  const resolve = resolver(doc);
  const operations = new Map<string, Operation>();
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const parameters = new Map<string, Json>();
      let body: Operation['body'];
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const p = resolve(raw);
        if (!isRecord(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
        // Swagger 2.0: the body is a parameter.
        if (p.in === 'body') body = { required: p.required === true, schema: p.schema };
        // A path parameter is its place in the path: renaming `{id}` to `{orderId}` changes nothing for a client.
        else parameters.set(p.in === 'path' ? `path #${pathSlot(path, p.name)}` : `${p.in} ${p.name}`, p);
      }
      const requestBody = resolve(op.requestBody);
      if (isRecord(requestBody))
        body = { required: requestBody.required === true, schema: firstSchema(requestBody.content, resolve) };
      const responses = new Map<string, unknown>();
      for (const [code, raw] of Object.entries(isRecord(op.responses) ? op.responses : {})) {
        const response = resolve(raw);
        if (!isRecord(response)) continue;
        responses.set(code, response.schema ?? firstSchema(response.content, resolve));
      }
      operations.set(`${method.toUpperCase()} ${pathKey(path)}`, {
        title: `${method.toUpperCase()} ${path}`,
        parameters,
        ...(body ? { body } : {}),
        responses,
      });
    }
  }
  return operations;
}

/** The schema of the JSON media type, else of the first one. */
function firstSchema(content: unknown, resolve: (v: unknown) => unknown): unknown {
  if (!isRecord(content)) return undefined;
  const media = resolve(content['application/json'] ?? Object.values(content)[0]);
  return isRecord(media) ? media.schema : undefined;
}

export function openApiChanges(oldDoc: Json, newDoc: Json): ApiChange[] {
  const before = operationsOf(oldDoc);
  const after = operationsOf(newDoc);
  const changes: ApiChange[] = [];
  const breaking = (text: string) => changes.push({ severity: 'breaking', text });
  const dangerous = (text: string) => changes.push({ severity: 'dangerous', text });
  const schemas = { old: resolver(oldDoc), now: resolver(newDoc) };
  for (const [key, old] of before) {
    const now = after.get(key);
    if (!now) {
      breaking(`${old.title} is removed`);
      continue;
    }
    const at = now.title;
    for (const [name, p] of old.parameters) {
      const q = now.parameters.get(name);
      if (!q) {
        if (p.in !== 'header') dangerous(`${at}: the ${label(p)} is removed (clients still sending it are ignored)`);
        continue;
      }
      if (q.required === true && p.required !== true) breaking(`${at}: the ${label(p)} becomes required`);
      compareSchemas(schemas, p.schema ?? p, q.schema ?? q, `${at}: the ${label(p)}`, 'request', changes);
    }
    for (const [name, q] of now.parameters)
      if (!old.parameters.has(name) && q.required === true) breaking(`${at}: a required ${label(q)} is added`);
    if (now.body?.required && !old.body?.required) breaking(`${at}: the request body becomes required`);
    if (old.body && now.body)
      compareSchemas(schemas, old.body.schema, now.body.schema, `${at}: the request body`, 'request', changes);
    for (const [code, schema] of old.responses) {
      if (!now.responses.has(code)) {
        if (/^2/.test(code)) breaking(`${at}: the ${code} response is removed`);
        continue;
      }
      compareSchemas(schemas, schema, now.responses.get(code), `${at}: the ${code} response`, 'response', changes);
    }
  }
  return changes;
}

type Side = 'request' | 'response';

/**
 * Two schemas of one place, compared as far as a consumer can tell: the type, the properties (a
 * request must not require what it did not; a response must still give what it gave) and the enum
 * values, depth-first to a bound (recursive schemas stop there).
 */
function compareSchemas(
  resolve: { old: (v: unknown) => unknown; now: (v: unknown) => unknown },
  oldRaw: unknown,
  newRaw: unknown,
  where: string,
  side: Side,
  changes: ApiChange[],
  depth = 0,
): void {
  const a = resolve.old(oldRaw);
  const b = resolve.now(newRaw);
  if (!isRecord(a) || !isRecord(b) || depth > 8 || changes.length > MAX_API_CHANGES) return;
  const typeA = typeOf(a);
  const typeB = typeOf(b);
  if (typeA && typeB && typeA !== typeB) {
    changes.push({ severity: 'breaking', text: `${where} changes type from ${typeA} to ${typeB}` });
    return;
  }
  const enumA = Array.isArray(a.enum) ? a.enum.map(String) : undefined;
  const enumB = Array.isArray(b.enum) ? b.enum.map(String) : undefined;
  if (enumA && enumB) {
    const gone = enumA.filter((v) => !enumB.includes(v));
    const added = enumB.filter((v) => !enumA.includes(v));
    if (side === 'request' && gone.length)
      changes.push({
        severity: 'breaking',
        text: `${where} no longer accepts ${gone.map((v) => `"${v}"`).join(', ')}`,
      });
    if (side === 'response' && added.length)
      changes.push({ severity: 'dangerous', text: `${where} may now hold ${added.map((v) => `"${v}"`).join(', ')}` });
  }
  if (isRecord(a.items) || isRecord(b.items))
    compareSchemas(resolve, a.items, b.items, `${where}'s items`, side, changes, depth + 1);
  const propsA = isRecord(a.properties) ? a.properties : {};
  const propsB = isRecord(b.properties) ? b.properties : {};
  const requiredA = new Set(Array.isArray(a.required) ? a.required.map(String) : []);
  const requiredB = new Set(Array.isArray(b.required) ? b.required.map(String) : []);
  if (side === 'request') {
    for (const name of requiredB)
      if (!requiredA.has(name)) changes.push({ severity: 'breaking', text: `${where} now requires ${name}` });
  } else {
    for (const name of Object.keys(propsA))
      if (!Object.hasOwn(propsB, name)) changes.push({ severity: 'breaking', text: `${where} no longer has ${name}` });
      else if (requiredA.has(name) && !requiredB.has(name))
        changes.push({ severity: 'breaking', text: `${where} may now leave out ${name}` });
  }
  for (const name of Object.keys(propsA))
    if (Object.hasOwn(propsB, name))
      compareSchemas(resolve, propsA[name], propsB[name], `${where}'s ${name}`, side, changes, depth + 1);
}

const typeOf = (schema: Json): string | undefined =>
  typeof schema.type === 'string'
    ? schema.type
    : Array.isArray(schema.type)
      ? schema.type.map(String).sort().join('|')
      : isRecord(schema.properties)
        ? 'object'
        : undefined;
