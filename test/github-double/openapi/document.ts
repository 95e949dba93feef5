/**
 * GitHub's own OpenAPI description of api.github.com (from @octokit/openapi), loaded once per
 * process (13 MB, ~0.2 s), and the route table built from it. The double answers only what this
 * document describes, so it cannot accept a request GitHub does not know.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type JsonObject = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

export interface Operation {
  operationId: string;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonObject>;
    parameters: Record<string, JsonObject>;
    responses: Record<string, JsonObject>;
  };
}

export interface RouteMatch {
  /** The OpenAPI path template, e.g. '/repos/{owner}/{repo}'. */
  route: string;
  /** Undefined when the template exists but not for this method. */
  operation?: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Parameters that may hold unencoded slashes: a file path, a ref like heads/feature/x.
const GREEDY = new Set(['path', 'ref', 'branch']);

let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  }
  return cached;
}

/** Follows a local `$ref` ('#/components/…') until a non-reference object. */
export function deref(node: JsonObject): JsonObject {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${String(current.$ref)}`);
    current = pointer(openApiDocument(), current.$ref);
  }
  return current;
}

function pointer(doc: unknown, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as JsonObject | undefined)?.[key];
  }
  if (!node || typeof node !== 'object') throw new Error(`Unresolvable $ref ${ref}`);
  return node as JsonObject;
}

export function operationParameters(operation: Operation): Parameter[] {
  return (operation.parameters ?? []).map((parameter) => deref(parameter) as unknown as Parameter);
}

interface CompiledRoute {
  route: string;
  pattern: RegExp;
  names: string[];
  /**
   * One flag per segment, literal = 1: more literal segments, earlier, wins ('/issues/comments' over '/issues/{n}').
   */
  rank: number[];
}

let routes: CompiledRoute[] | undefined;

function compileRoutes(): CompiledRoute[] {
  const compiled = Object.keys(openApiDocument().paths).map((route): CompiledRoute => {
    const names: string[] = [];
    const segments = route.split('/').slice(1);
    const source = segments.map((segment, index) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (!param?.[1])
        return segment
          .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          .replace(/\{([^{}]+)\}/g, (_all, name: string) => (names.push(name), '([^/]+)'));
      names.push(param[1]);
      if (!GREEDY.has(param[1])) return '([^/]+)';
      return index === segments.length - 1 ? '(.+)' : '(.+?)';
    });
    return {
      route,
      pattern: new RegExp(`^/${source.join('/')}/?$`),
      names,
      rank: segments.map((s) => (s.includes('{') ? 0 : 1)),
    };
  });
  return compiled.sort((a, b) => {
    for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
      const d = (b.rank[i] ?? -1) - (a.rank[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  });
}

/** Matches a request path (already without any `/api/v3` prefix) against GitHub's templates. */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  routes ??= compileRoutes();
  const lower = method.toLowerCase();
  let fallback: RouteMatch | undefined;
  for (const candidate of routes) {
    const found = candidate.pattern.exec(path);
    if (!found) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, i) => {
      params[name] = safeDecode(found[i + 1] ?? '');
    });
    const operation = openApiDocument().paths[candidate.route]?.[lower];
    if (operation && HTTP_METHODS.includes(lower)) return { route: candidate.route, operation, params };
    fallback ??= { route: candidate.route, params };
  }
  return fallback;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
