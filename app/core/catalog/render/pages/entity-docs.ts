/**
 * How to use it: the entity's links, its documentation (TechDocs source and documentation links),
 * and for an API its definition, so "how do I use it?" is answered on the page.
 */
import type { CatalogEntity } from '../../types.ts';
import { withoutFragment } from '../catalog-paths.ts';
import { linksOf } from './entity-summary.ts';
import { externalLink, fence, text } from '../../../markdown/markdown-text.ts';

export const TECHDOCS_REF = 'backstage.io/techdocs-ref';
/** Past this, a definition is cut: the page must stay small enough for GitHub to render. */
export const MAX_DEFINITION_CHARS = 100_000;

const DOC_LINK_KINDS = new Set(['docs', 'doc', 'documentation', 'techdocs', 'help']);
const DEFINITION_LANGUAGES: Record<string, string> = {
  openapi: 'yaml',
  asyncapi: 'yaml',
  graphql: 'graphql',
  grpc: 'protobuf',
};

export function linksSection(e: CatalogEntity): string[] {
  const links = linksOf(e);
  if (links.length === 0) return [];
  return ['## Links', '', ...links.map((l) => `- ${externalLink(text(l.title ?? l.url), l.url)}`)];
}

export function docsSection(e: CatalogEntity): string[] {
  const techdocs = techdocsLine(e);
  const docLinks = linksOf(e).filter((l) => DOC_LINK_KINDS.has(String(l.icon ?? l.type ?? '').toLowerCase()));
  if (!techdocs && docLinks.length === 0) return [];
  return [
    '## Docs',
    '',
    ...(techdocs ? [techdocs] : []),
    ...docLinks.map((l) => `- ${externalLink(text(l.title ?? l.url), l.url)}`),
  ];
}

/** `dir:` is relative to the descriptor's folder, `url:` is absolute (Backstage's TechDocs rules). */
function techdocsLine(e: CatalogEntity): string | undefined {
  const value = e.entity.metadata.annotations?.[TECHDOCS_REF];
  if (typeof value !== 'string' || value === '') return undefined;
  const label = text(value);
  const [type, ...rest] = value.split(':');
  const target = rest.join(':');
  let url: string | undefined;
  if (type === 'url') url = target;
  if (type === 'dir') {
    try {
      url = new URL(target, withoutFragment(e.source.url)).href;
    } catch {
      url = undefined;
    }
  }
  return `- TechDocs source: ${url ? externalLink(label, url) : label}`;
}

/** The API definition, folded away (it can be long), in a fence its content cannot close. */
export function definitionSection(e: CatalogEntity): string[] {
  const definition = e.entity.spec?.definition;
  if (e.entity.kind.toLowerCase() !== 'api' || typeof definition !== 'string' || definition === '') return [];
  const language = DEFINITION_LANGUAGES[String(e.entity.spec?.type ?? '').toLowerCase()] ?? '';
  const cut = definition.length > MAX_DEFINITION_CHARS;
  const shown = cut
    ? definition.slice(0, definition.lastIndexOf('\n', MAX_DEFINITION_CHARS) + 1 || MAX_DEFINITION_CHARS)
    : definition;
  const source = externalLink('its source', withoutFragment(e.source.url));
  return [
    '## Definition',
    '',
    '<details>',
    '<summary>Show the API definition</summary>',
    '',
    ...fence(shown, language),
    '',
    ...(cut
      ? [`The definition is cut at ${MAX_DEFINITION_CHARS} characters; the whole of it is in ${source}.`, '']
      : []),
    '</details>',
  ];
}
