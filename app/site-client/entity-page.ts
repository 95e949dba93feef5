/**
 * An entity's page: what the catalog repository's Markdown page says (about, owner and contacts,
 * links, docs, API, scorecards, relations, problems, the source line), and the relation graph at
 * the depth the reader chooses.
 */
import { entityHref, type EntityDetail, type RelatedEntity } from '../core/site/site-format.ts';
import { count } from '../core/words.ts';
import { entity } from './data.ts';
import { fill, h, type Child } from './dom.ts';
import { renderGraph } from './graph.ts';

const RELATION_HEADINGS: [string, string][] = [
  ['providesApi', 'Provides APIs'],
  ['consumesApi', 'Consumes APIs'],
  ['apiProvidedBy', 'Provided by'],
  ['apiConsumedBy', 'Consumed by'],
  ['dependsOn', 'Depends on'],
  ['dependencyOf', 'Depended on by'],
  ['hasPart', 'Has parts'],
  ['partOf', 'Part of'],
  ['ownerOf', 'Owns'],
  ['ownedBy', 'Owned by'],
  ['parentOf', 'Child groups'],
  ['childOf', 'Parent group'],
  ['hasMember', 'Members'],
  ['memberOf', 'Member of'],
];

const link = (r: RelatedEntity): Child =>
  r.known
    ? h('a', { href: entityHref(r.ref) }, r.name)
    : h('span', { class: 'missing', title: 'Not in the catalog' }, r.name);
const external = (url: string, text: string): Child =>
  /^https?:/i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer' }, text) : text;

export async function renderEntity(
  main: HTMLElement,
  ref: string,
  depth: number,
  onDepth: (depth: number) => void,
): Promise<void> {
  const e = await entity(ref);
  if (!e) {
    fill(
      main,
      h('h1', { tabindex: '-1' }, 'No such entity'),
      h('p', {}, `The catalog has no ${ref}. `, h('a', { href: '#/' }, 'Back to the catalog')),
    );
    return;
  }
  const facts: [string, Child][] = [
    ['Kind', e.kind],
    ['Type', e.type],
    ['Lifecycle', e.lifecycle],
    ['Owner', e.owner && [link(e.owner), contact(e)]],
    ['System', e.system && link(e.system)],
    ['Domain', e.domain && link(e.domain)],
    ['Namespace', e.namespace],
    ['Tags', e.tags.length ? e.tags.join(', ') : undefined],
    ['Email', e.email && h('a', { href: `mailto:${e.email}` }, e.email)],
    ['Source', external(e.source.url, `${e.source.repository}/${e.source.path}:${e.source.line}`)],
  ];
  const graph = h('div', { class: 'graph', id: 'graph' }, h('p', {}, 'Drawing the graph…'));
  const depthSelect = h(
    'select',
    { id: 'graph-depth', onchange: (ev: Event) => onDepth(Number((ev.target as HTMLSelectElement).value)) },
    [1, 2, 3].map((d) => h('option', { value: String(d), selected: d === depth }, count(d, 'step'))),
  );
  fill(
    main,
    h(
      'p',
      { class: 'crumbs' },
      h('a', { href: '#/' }, 'Catalog'),
      ' / ',
      h('a', { href: `#/?kind=${encodeURIComponent(e.kind)}` }, e.kind),
    ),
    h('h1', { tabindex: '-1' }, e.title, ' ', h('span', { class: 'kind-badge' }, e.kind)),
    e.description ? h('p', { class: 'lead' }, e.description) : '',
    callouts(e),
    h(
      'section',
      { 'aria-labelledby': 'about' },
      h('h2', { id: 'about' }, 'About'),
      h(
        'dl',
        { class: 'facts' },
        facts.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
      ),
    ),
    e.links.length
      ? section(
          'links',
          'Links',
          h(
            'ul',
            {},
            e.links.map((l) => h('li', {}, external(l.url, l.title))),
          ),
        )
      : '',
    docsSection(e),
    apiSection(e),
    e.scores.length
      ? section(
          'scorecards',
          'Scorecards',
          h(
            'table',
            { class: 'plain' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Track'), h('th', { scope: 'col' }, 'Level'))),
            h(
              'tbody',
              {},
              e.scores.map((t) =>
                h(
                  'tr',
                  {},
                  h('td', {}, t.title),
                  h(
                    'td',
                    {},
                    t.level
                      ? `${t.levelName ?? `Level ${t.level}`} (${t.level} of ${t.levels})`
                      : `None yet (of ${t.levels})`,
                  ),
                ),
              ),
            ),
          ),
        )
      : '',
    relationsSection(e),
    section(
      'graph-heading',
      'Graph',
      h('div', { class: 'field inline' }, h('label', { for: 'graph-depth' }, 'Depth'), depthSelect),
      graph,
    ),
    e.problems.length
      ? section(
          'problems',
          `Problems (${e.problems.length})`,
          h(
            'ul',
            { class: 'problems' },
            e.problems.map((p) =>
              h(
                'li',
                { class: p.severity },
                h('strong', {}, p.severity === 'error' ? 'Error' : 'Warning'),
                ' ',
                p.where ? (p.url ? external(p.url, p.where) : p.where) : '',
                p.where ? ': ' : '',
                p.message,
              ),
            ),
          ),
        )
      : '',
  );
  await renderGraph(graph, e, depth);
}

/** The owner's e-mail and links, after its name: how to reach whoever owns it. */
function contact(e: EntityDetail): Child {
  const c = e.ownerContact;
  if (!c) return '';
  const parts: Child[] = [
    c.email ? h('a', { href: `mailto:${c.email}` }, c.email) : '',
    ...c.links.map((l) => external(l.url, l.title)),
  ].filter(Boolean);
  return [' (', parts.flatMap((p, i) => (i ? [', ', p] : [p])), ')'];
}

const section = (id: string, title: string, ...children: Child[]) =>
  h('section', { 'aria-labelledby': id }, h('h2', { id }, title), children);

function callouts(e: EntityDetail): Child {
  return [
    e.status === 'stale'
      ? h(
          'div',
          { class: 'callout warn', role: 'note' },
          h('strong', {}, 'Its descriptor is broken: '),
          'this is the last good version.',
          h(
            'ul',
            {},
            (e.staleErrors ?? []).map((m) => h('li', {}, m)),
          ),
        )
      : '',
    e.archived ? h('div', { class: 'callout', role: 'note' }, 'Its repository is archived.') : '',
    e.status === 'imported'
      ? h(
          'div',
          { class: 'callout', role: 'note' },
          'Imported from the organisation’s teams on GitHub; no descriptor defines it.',
        )
      : '',
    e.lifecycle?.toLowerCase() === 'deprecated'
      ? h('div', { class: 'callout warn', role: 'note' }, 'Deprecated: do not start using it.')
      : '',
  ];
}

function docsSection(e: EntityDetail): Child {
  if (!e.docs) return '';
  const items = e.docs.nav;
  return section(
    'docs',
    'Docs',
    h(
      'p',
      {},
      h(
        'a',
        { class: 'button', href: `${e.docs.root}/${items.find((i) => i.page)?.page ?? 'index.html'}` },
        'Read the docs',
      ),
    ),
    h(
      'ul',
      { class: 'docs-nav' },
      items.map((i) =>
        h('li', { class: `d${i.depth}` }, i.page ? h('a', { href: `${e.docs!.root}/${i.page}` }, i.title) : i.title),
      ),
    ),
  );
}

function apiSection(e: EntityDetail): Child {
  if (!e.api) return '';
  const { api } = e;
  return section(
    'api',
    'API reference',
    api.error
      ? h('p', { class: 'callout warn', role: 'note' }, `The ${api.type} definition does not read: ${api.error}`)
      : h('p', {}, `${api.type} · ${count(api.operations, 'operation')}`),
    api.page
      ? h(
          'p',
          {},
          h('a', { class: 'button', href: api.page }, api.error ? 'See the definition' : 'Open the API reference'),
        )
      : '',
  );
}

function relationsSection(e: EntityDetail): Child {
  const shown = new Set(['ownedBy', 'partOf']); // in About already, unless there are several
  const groups = RELATION_HEADINGS.map(
    ([type, title]) => [title, e.relations.filter((r) => r.type === type)] as const,
  ).filter(
    ([title, list]) =>
      list.length && !(shown.has(RELATION_HEADINGS.find((x) => x[1] === title)![0]) && list.length === 1),
  );
  if (!groups.length) return '';
  return section(
    'relations',
    'Relations',
    groups.map(([title, list]) => [
      h('h3', {}, title),
      h(
        'ul',
        { class: 'related' },
        list.map((r) => h('li', {}, link(r), ' ', h('span', { class: 'muted' }, r.kind))),
      ),
    ]),
  );
}
