/**
 * Search across entities, docs sections and API operations, in the browser, from the indexes the
 * catalog build wrote (MiniSearch): typo-tolerant and by prefix, so "artst-lookup" finds
 * artist-lookup and a word of a docs page finds the page and its entity. The docs index is loaded
 * only when there is one, and only on the first search.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import {
  DOCS_INDEX,
  DOCS_SEARCH,
  ENTITY_INDEX,
  ENTITY_SEARCH,
  type DocsDocument,
  type EntityDocument,
} from '../core/site/search-options.ts';
import { ROW, entityHref, type Row } from '../core/site/site-format.ts';
import { load, meta, rowsAt } from './data.ts';
import { announce, fill, formatCount, h, type Child } from './dom.ts';

let entityIndex: Promise<MiniSearch<EntityDocument>> | undefined;
let docsIndex: Promise<MiniSearch<DocsDocument> | undefined> | undefined;

const entities = () =>
  (entityIndex ??= load<object>('search-entities').then((json) =>
    MiniSearch.loadJS<EntityDocument>(json as never, ENTITY_INDEX),
  ));
const docs = () =>
  (docsIndex ??= meta().then(async (m) =>
    m.docsIndex ? MiniSearch.loadJS<DocsDocument>((await load<object>('search-docs')) as never, DOCS_INDEX) : undefined,
  ));

const LIMIT = 50;

export async function renderSearch(
  main: HTMLElement,
  query: string,
  navigate: (hash: string, replace?: boolean) => void,
): Promise<void> {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    value: query,
    autocomplete: 'off',
    placeholder: 'A name, a word of the docs, an operation…',
  });
  const results = h('div', { class: 'results', id: 'results' });
  let typing: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = window.setTimeout(() => navigate(`#/search?q=${encodeURIComponent(input.value)}`, true), 250);
  });
  fill(
    main,
    h('h1', { tabindex: '-1' }, 'Search'),
    h(
      'form',
      {
        role: 'search',
        class: 'search-bar',
        onsubmit: (e: Event) => {
          e.preventDefault();
          navigate(`#/search?q=${encodeURIComponent(input.value)}`, true);
        },
      },
      h('label', { for: 'search-input' }, 'Search entities, docs and APIs'),
      input,
      h('button', { type: 'submit' }, 'Search'),
    ),
    results,
  );
  if (!query.trim()) {
    fill(
      results,
      h('p', { class: 'muted' }, 'Type a name (a typo is fine), a word from a docs page, or an API operation.'),
    );
    return;
  }
  fill(results, h('p', { class: 'muted' }, 'Searching…'));
  // Entities first: the docs index is loaded once they are shown, so it does not share the way to the first result.
  const index = await entities();
  const found = index.search(query, ENTITY_SEARCH).slice(0, LIMIT);
  const rows = await rowsAt(found.map((hit) => hit.id as number));
  const docsSection = h('div', { id: 'docs-section' });
  fill(results, entityResults(found, rows), docsSection);
  const docsSearch = await docs();
  if (!docsSearch) return announce(`${found.length} entities found`);
  fill(docsSection, h('p', { class: 'muted' }, 'Searching the docs…'));
  const pages = docsSearch.search(query, DOCS_SEARCH).slice(0, LIMIT);
  const owners = await rowsAt(pages.map((hit) => hit.entity as number));
  fill(docsSection, docsResults(pages, owners));
  announce(`${found.length} entities and ${pages.length} docs pages or operations found`);
}

const more = (n: number) => `${formatCount(n)}${n === LIMIT ? '+' : ''}`;

function entityResults(found: SearchResult[], rows: Map<number, Row>): Child {
  return [
    h('h2', { id: 'entity-results' }, `Entities (${more(found.length)})`),
    found.length
      ? h(
          'ol',
          { class: 'hits', 'aria-labelledby': 'entity-results' },
          found.map((hit) => {
            const r = rows.get(hit.id as number)!;
            return h(
              'li',
              {},
              h('a', { href: entityHref(r[ROW.ref]) }, r[ROW.title]),
              ' ',
              h('span', { class: 'kind-badge' }, r[ROW.kind]),
              r[ROW.owner]
                ? h('span', { class: 'muted' }, ` owned by ${r[ROW.owner].slice(r[ROW.owner].indexOf('/') + 1)}`)
                : '',
              r[ROW.description] ? h('p', {}, r[ROW.description]) : '',
            );
          }),
        )
      : h('p', {}, 'No entity matches.'),
  ];
}

function docsResults(pages: SearchResult[], rows: Map<number, Row>): Child {
  return [
    h('h2', { id: 'docs-results' }, `Docs and API operations (${more(pages.length)})`),
    pages.length
      ? h(
          'ol',
          { class: 'hits', 'aria-labelledby': 'docs-results' },
          pages.map((hit) => {
            const r = rows.get(hit.entity as number);
            return h(
              'li',
              {},
              h('a', { href: hit.url as string }, hit.title as string),
              ' ',
              h('span', { class: 'kind-badge' }, hit.type === 'api' ? 'API operation' : 'Docs'),
              r ? [' in ', h('a', { href: entityHref(r[ROW.ref]) }, r[ROW.title])] : '',
            );
          }),
        )
      : h('p', {}, 'No docs page or operation matches.'),
  ];
}
