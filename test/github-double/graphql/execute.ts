/**
 * GraphQL as GitHub serves it: every query parsed and validated against GitHub's own schema
 * (@octokit/graphql-schema's introspection JSON), then executed by graphql-js with the double's
 * resolvers. Errors come back with HTTP 200, as GitHub sends them. A query GitHub would reject,
 * and a field the double does not implement, are also violations.
 */
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type IntrospectionQuery,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from '../server/auth.ts';
import type { Env } from '../server/env.ts';
import { GithubGraphqlError, type Nodes } from './nodes.ts';
import { createRoot } from './root.ts';

let schema: GraphQLSchema | undefined;

function githubSchema(): GraphQLSchema {
  if (!schema) {
    // schema.json, not schema.graphql: the SDL file repeats some fields and does not build.
    // The package exports only its entry point; schema.json lies beside it.
    const file = new URL('./schema.json', import.meta.resolve('@octokit/graphql-schema'));
    const json = JSON.parse(readFileSync(file, 'utf8')) as { data?: IntrospectionQuery } & IntrospectionQuery;
    schema = buildClientSchema(json.data ?? json);
  }
  return schema;
}

export interface PreparedGraphql {
  mutation: boolean;
  /** Root field names (not aliases). */
  rootFields: string[];
  document?: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** Errors found before execution (bad JSON, syntax, validation), in GitHub's shape. */
  errors?: Record<string, unknown>[];
}

function rootFieldNames(document: DocumentNode, selections: SelectionSetNode): string[] {
  return selections.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection.name.value];
    if (selection.kind === 'InlineFragment') return rootFieldNames(document, selection.selectionSet);
    const fragment = document.definitions.find(
      (d) => d.kind === 'FragmentDefinition' && d.name.value === selection.name.value,
    );
    return fragment?.kind === 'FragmentDefinition' ? rootFieldNames(document, fragment.selectionSet) : [];
  });
}

/** graphql-js words a missing field differently from GitHub (graphql-ruby); say it GitHub's way. */
function githubWording(error: GraphQLError): Record<string, unknown> {
  const missing = /^Cannot query field "(.+)" on type "(.+)"\./.exec(error.message);
  if (missing) {
    return {
      extensions: { code: 'undefinedField', typeName: missing[2], fieldName: missing[1] },
      locations: error.locations,
      message: `Field '${missing[1]}' doesn't exist on type '${missing[2]}'`,
    };
  }
  return { locations: error.locations, message: error.message };
}

export function prepareGraphql(body: Buffer, violations: string[]): PreparedGraphql {
  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(body.toString('utf8')) as typeof request;
  } catch {
    violations.push('graphql: the body is not JSON');
    return { mutation: false, rootFields: [], errors: [{ message: 'Problems parsing JSON' }] };
  }
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  const variables =
    request.variables && typeof request.variables === 'object'
      ? (request.variables as Record<string, unknown>)
      : undefined;
  let document: DocumentNode;
  try {
    document = parse(typeof request.query === 'string' ? request.query : '');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    violations.push(`graphql: the query does not parse: ${message}`);
    return { mutation: false, rootFields: [], errors: [{ message }] };
  }
  const operation = getOperationAST(document, operationName);
  const mutation = operation?.operation === 'mutation';
  const rootFields = operation ? rootFieldNames(document, operation.selectionSet) : [];
  const invalid = validate(githubSchema(), document);
  if (invalid.length) {
    for (const error of invalid) violations.push(`graphql: GitHub would reject the query: ${error.message}`);
    return { mutation, rootFields, errors: invalid.map(githubWording) };
  }
  return { mutation, rootFields, document, variables, operationName };
}

// A node holds exactly the fields the double implements; any other field is an error (and, below,
// a violation), never a silent null.
const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
  if (source && typeof source === 'object' && Object.hasOwn(source, info.fieldName)) {
    const value = (source as Record<string, unknown>)[info.fieldName];
    return typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
  }
  throw new Error(`the double does not implement ${info.parentType.name}.${info.fieldName}`);
};

/** Executes a prepared, valid query; returns GitHub's JSON body (always HTTP 200). */
export async function runGraphql(
  env: Env,
  nodes: Nodes,
  prepared: PreparedGraphql,
  caller: Caller,
  cost: number,
): Promise<unknown> {
  if (!prepared.document) return { errors: prepared.errors ?? [] };
  const result = await execute({
    schema: githubSchema(),
    document: prepared.document,
    rootValue: createRoot(env, nodes, caller, cost),
    variableValues: prepared.variables,
    operationName: prepared.operationName,
    fieldResolver,
  });
  if (!result.errors?.length) return { data: result.data };
  const errors = result.errors.map((error) => {
    const original = error.originalError;
    // GitHub's own errors (NOT_FOUND, STALE_DATA) are answers; anything else is the double's failing.
    if (!(original instanceof GithubGraphqlError)) env.violations.push(`graphql: ${error.message}`);
    return {
      ...(original instanceof GithubGraphqlError ? { type: original.type } : {}),
      path: error.path,
      locations: error.locations,
      message: error.message,
    };
  });
  return { data: result.data ?? null, errors };
}
