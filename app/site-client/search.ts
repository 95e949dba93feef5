/**
 * Search across entities, docs sections and API operations, in the browser, from the indexes the
 * catalog build wrote (MiniSearch): typo-tolerant and by prefix, so "artst-lookup" finds
 * artist-lookup and a word of a docs page finds the page and its entity. The docs index is loaded
 * only when there is one, and only on the first search.
 */
import MiniSearch from 'minisearch';
import {
  DOCS_INDEX,
  DOCS_SEARCH,
  ENTITY_INDEX,
  ENTITY_SEARCH,
  type DocsDocument,
  type EntityDocument,
} from '../core/site/search-options.ts';
import { ROW, entityHref } from '../core/site/site-format.ts';
import { load, meta, rowsAt } from './data.ts';
import { announce, fill, formatCount, h } from './dom.ts';

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
  const [index, docsSearch] = await Promise.all([entities(), docs()]);
  const found = index.search(query, ENTITY_SEARCH).slice(0, LIMIT);
  const pages = docsSearch ? docsSearch.search(query, DOCS_SEARCH).slice(0, LIMIT) : [];
  const rows = await rowsAt([...found.map((hit) => hit.id as number), ...pages.map((hit) => hit.entity as number)]);
  announce(`${found.length} entities and ${pages.length} docs pages or operations found`);
  fill(
    results,
    h('h2', { id: 'entity-results' }, `Entities (${formatCount(found.length)}${found.length === LIMIT ? '+' : ''})`),
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
    docsSearch
      ? h(
          'h2',
          { id: 'docs-results' },
          `Docs and API operations (${formatCount(pages.length)}${pages.length === LIMIT ? '+' : ''})`,
        )
      : '',
    docsSearch
      ? pages.length
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
        : h('p', {}, 'No docs page or operation matches.')
      : '',
  );
}
