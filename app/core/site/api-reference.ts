/**
 * An API's reference page, one self-contained page per API entity: OpenAPI by Redoc and AsyncAPI
 * by AsyncAPI's own React component (both bundled into the site's assets, never a CDN), GraphQL
 * from the schema (its types, printed and highlighted, each with an anchor), gRPC and tRPC as
 * highlighted source, as Backstage shows them. A definition that does not read shows its error,
 * and the definition as written, on the page.
 */
import {
  isSpecifiedScalarType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  printType,
  type GraphQLNamedType,
} from 'graphql';
import type { ApiDefinition } from '../api-definition/api-definition.ts';
import { count } from '../words.ts';
import { codeBlock } from './highlight.ts';
import { embeddedJson, escapeHtml, pageShell, rootOf } from './html.ts';
import { apiPage, entityHref } from './site-format.ts';

export interface ApiPageInput {
  ref: string;
  title: string;
  organization: string;
  definition: ApiDefinition;
  /** The definition as written, shown when it does not read. */
  raw: string;
}

export function renderApiPage(input: ApiPageInput): string {
  const path = apiPage(input.ref);
  const root = rootOf(path);
  const d = input.definition;
  const heading = `<div class="api-head"><p class="crumbs"><a href="${root}${entityHref(input.ref)}">${escapeHtml(input.title)}</a> · API reference${d.ok ? ` · ${escapeHtml(d.type)}` : ''}</p></div>`;
  const shell = (body: string, extra: { head?: string; scripts?: string; eval?: boolean } = {}) =>
    pageShell({
      path,
      title: `${input.title} API`,
      organization: input.organization,
      body: `<main id="main" class="api">${heading}${body}</main>`,
      ...extra,
    });
  if (!d.ok)
    return shell(
      `<section class="problem" role="alert"><h1>${escapeHtml(input.title)}: the definition does not read</h1><p>${escapeHtml(d.error)}${d.line ? ` (line ${d.line}${d.column ? `, column ${d.column}` : ''} of the definition)` : ''}</p></section><h2>The definition as written</h2>${codeBlock(input.raw, 'yaml')}`,
    );
  switch (d.type) {
    case 'openapi':
      return shell(
        `${externalNote(d.external)}<div id="redoc"></div><script type="application/json" id="definition">${embeddedJson(withoutExternalRefs(d.document))}</script>`,
        {
          scripts: `<script src="${root}assets/redoc/redoc.standalone.js"></script>\n<script src="${root}assets/api-page.js"></script>\n`,
        },
      );
    case 'asyncapi':
      return shell(
        `${externalNote(d.external)}<div id="asyncapi"></div><script type="application/json" id="definition">${embeddedJson(withoutExternalRefs(d.document))}</script>`,
        {
          head: `<link rel="stylesheet" href="${root}assets/asyncapi/default.min.css">\n`,
          scripts: `<script src="${root}assets/asyncapi/index.js"></script>\n<script src="${root}assets/api-page.js"></script>\n`,
          // The AsyncAPI parser compiles JSON schemas to functions (Ajv).
          eval: true,
        },
      );
    case 'graphql':
      return shell(graphqlReference(input.title, d.schema));
    default:
      return shell(`<h1>${escapeHtml(input.title)}</h1>${codeBlock(d.text, d.language)}`);
  }
}

const externalNote = (refs: readonly string[]) =>
  refs.length
    ? `<p class="note">${count(refs.length, 'reference')} to other files or addresses ${refs.length === 1 ? 'is' : 'are'} not followed: ${refs
        .slice(0, 5)
        .map((r) => `<code>${escapeHtml(r)}</code>`)
        .join(
          ', ',
        )}${refs.length > 5 ? ', …' : ''}. Put the definition in one file (or bundle it) to see them here.</p>`
    : '';

/** A copy of the document whose `$ref`s outside it say where they pointed instead of being followed. */
function withoutExternalRefs(doc: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(doc), (key, value: unknown) =>
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as { $ref?: unknown }).$ref === 'string' &&
    !(value as { $ref: string }).$ref.startsWith('#')
      ? { description: `Not followed: ${(value as { $ref: string }).$ref}` }
      : value,
  );
}

const GROUPS: [string, (t: GraphQLNamedType) => boolean][] = [
  ['Objects', isObjectType],
  ['Interfaces', isInterfaceType],
  ['Unions', isUnionType],
  ['Inputs', isInputObjectType],
  ['Enums', isEnumType],
  ['Scalars', isScalarType],
];

function graphqlReference(title: string, schema: import('graphql').GraphQLSchema): string {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => !!t);
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !(isScalarType(t) && isSpecifiedScalarType(t)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rootNames = new Set(roots.map((r) => r.name));
  const groups = [
    ['Operations', roots] as [string, GraphQLNamedType[]],
    ...GROUPS.map(([name, is]): [string, GraphQLNamedType[]] => [
      name,
      types.filter((t) => is(t) && !rootNames.has(t.name)),
    ]),
  ].filter(([, list]) => list.length > 0);
  const nav = groups
    .map(
      ([name, list]) =>
        `<h2>${name}</h2><ul>${list.map((t) => `<li><a href="#type-${escapeHtml(t.name)}">${escapeHtml(t.name)}</a></li>`).join('')}</ul>`,
    )
    .join('');
  const sections = groups
    .map(
      ([name, list]) =>
        `<h2>${name}</h2>${list.map((t) => `<section id="type-${escapeHtml(t.name)}" class="gql-type"><h3>${escapeHtml(t.name)}</h3>${t.description ? `<p>${escapeHtml(t.description)}</p>` : ''}${codeBlock(printType(t), 'graphql')}</section>`).join('')}`,
    )
    .join('');
  return `<div class="with-nav"><nav class="side" aria-label="Types">${nav}</nav><article><h1>${escapeHtml(title)}</h1>${sections}</article></div>`;
}
