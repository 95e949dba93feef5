/**
 * The catalog table: every entity, filtered by kind, type, owner, lifecycle, tag, system and
 * namespace, sorted by any column, with "owned by my team" as a remembered choice. The filters live
 * in the URL (a link shows what its author saw); each filter's options count the entities the
 * other filters leave. Only the rows in view are in the page (the table is virtualised), so a
 * catalog of 100,000 entities scrolls like one of ten.
 */
import { FACETS, FACET_FIELD, ROW, entityHref, type Facet, type Row } from '../core/site/site-format.ts';
import { allRows, meta } from './data.ts';
import { announce, fill, formatCount, h } from './dom.ts';

const ROW_HEIGHT = 37;
const OVERSCAN = 10;
const TEAM_KEY = 'callboard.team';

const FACET_LABEL: Record<Facet, string> = {
  kind: 'Kind',
  type: 'Type',
  owner: 'Owner',
  lifecycle: 'Lifecycle',
  tags: 'Tag',
  system: 'System',
  namespace: 'Namespace',
};

const COLUMNS = [
  { key: 'name', label: 'Name', field: ROW.title },
  { key: 'kind', label: 'Kind', field: ROW.kind },
  { key: 'type', label: 'Type', field: ROW.type },
  { key: 'owner', label: 'Owner', field: ROW.owner },
  { key: 'lifecycle', label: 'Lifecycle', field: ROW.lifecycle },
  { key: 'system', label: 'System', field: ROW.system },
  { key: 'tags', label: 'Tags', field: ROW.tags },
  { key: 'description', label: 'Description', field: ROW.description },
] as const;

export interface TableState {
  filters: Partial<Record<Facet, string>>;
  text: string;
  sort: string;
  desc: boolean;
  mine: boolean;
}

export function tableState(params: URLSearchParams): TableState {
  const filters: TableState['filters'] = {};
  for (const f of FACETS) {
    const v = params.get(f === 'tags' ? 'tag' : f);
    if (v) filters[f] = v;
  }
  return {
    filters,
    text: params.get('q') ?? '',
    sort: COLUMNS.some((c) => c.key === params.get('sort')) ? params.get('sort')! : 'name',
    desc: params.get('dir') === 'desc',
    mine: params.get('mine') === '1',
  };
}

export function tableHash(state: TableState): string {
  const params = new URLSearchParams();
  for (const f of FACETS) if (state.filters[f]) params.set(f === 'tags' ? 'tag' : f, state.filters[f]!);
  if (state.text) params.set('q', state.text);
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.desc) params.set('dir', 'desc');
  if (state.mine) params.set('mine', '1');
  const query = params.toString();
  return `#/${query ? `?${query}` : ''}`;
}

export const myTeam = (): string => {
  try {
    return localStorage.getItem(TEAM_KEY) ?? '';
  } catch {
    return '';
  }
};

const setMyTeam = (team: string) => {
  try {
    if (team) localStorage.setItem(TEAM_KEY, team);
    else localStorage.removeItem(TEAM_KEY);
  } catch {
    /* storage refused (a private window): the choice lasts this page */
  }
};

const has = (row: Row, facet: Facet, value: string) => {
  const v = row[FACET_FIELD[facet]];
  return Array.isArray(v) ? v.includes(value) : v === value;
};

const lower = (s: string) => s.toLowerCase();

/** The rows that pass every filter but `except` (for that filter's option counts). */
function passes(row: Row, state: TableState, team: string, except?: Facet): boolean {
  for (const f of FACETS) {
    if (f === except) continue;
    const value = state.filters[f];
    if (value && !has(row, f, value)) return false;
  }
  if (state.mine && except !== 'owner' && team && row[ROW.owner] !== team) return false;
  if (state.text) {
    const q = lower(state.text);
    if (
      !lower(row[ROW.title]).includes(q) &&
      !lower(row[ROW.name]).includes(q) &&
      !lower(row[ROW.description]).includes(q)
    )
      return false;
  }
  return true;
}

const nameOfRef = (ref: string) => ref.slice(ref.indexOf('/') + 1);

export async function renderTable(
  main: HTMLElement,
  state: TableState,
  navigate: (hash: string, replace?: boolean) => void,
): Promise<void> {
  const m = await meta();
  const team = myTeam();
  const label = (facet: Facet, value: string) =>
    facet === 'owner' || facet === 'system' ? (m.names[value] ?? nameOfRef(value)) : value;
  const heading = h('h1', { tabindex: '-1' }, `${m.organization} catalog`);
  const count = h('p', { class: 'count', id: 'count' }, `Loading ${formatCount(m.entities)} entities…`);
  const selects = new Map<Facet, HTMLSelectElement>();
  const update = (change: Partial<TableState>) => navigate(tableHash({ ...state, ...change }), true);
  const facetControls = FACETS.map((facet) => {
    const select = h('select', {
      id: `filter-${facet}`,
      onchange: (e: Event) =>
        update({ filters: { ...state.filters, [facet]: (e.target as HTMLSelectElement).value || undefined } }),
    });
    selects.set(facet, select);
    return h('div', { class: 'field' }, h('label', { for: `filter-${facet}` }, FACET_LABEL[facet]), select);
  });
  const text = h('input', {
    id: 'filter-text',
    type: 'search',
    value: state.text,
    placeholder: 'Name or description',
    autocomplete: 'off',
  });
  let typing: number | undefined;
  text.addEventListener('input', () => {
    clearTimeout(typing);
    typing = window.setTimeout(() => update({ text: text.value }), 200);
  });
  const teamSelect = h(
    'select',
    {
      id: 'my-team',
      onchange: (e: Event) => {
        setMyTeam((e.target as HTMLSelectElement).value);
        update({ mine: !!(e.target as HTMLSelectElement).value });
      },
    },
    h('option', { value: '' }, 'None chosen'),
    m.teams.map((t) => h('option', { value: t, selected: t === team }, m.names[t] ?? nameOfRef(t))),
  );
  const mine = h('input', {
    id: 'mine',
    type: 'checkbox',
    checked: state.mine && !!team,
    disabled: !team,
    onchange: (e: Event) => update({ mine: (e.target as HTMLInputElement).checked }),
  });
  const tbody = h('tbody');
  const thead = h(
    'thead',
    {},
    h(
      'tr',
      {},
      COLUMNS.map((c) =>
        h(
          'th',
          { scope: 'col', 'aria-sort': state.sort === c.key ? (state.desc ? 'descending' : 'ascending') : undefined },
          h(
            'button',
            {
              type: 'button',
              onclick: () => update({ sort: c.key, desc: state.sort === c.key ? !state.desc : false }),
            },
            c.label,
            state.sort === c.key ? (state.desc ? ' ▼' : ' ▲') : '',
          ),
        ),
      ),
    ),
  );
  const table = h(
    'table',
    { class: 'entities', 'aria-describedby': 'count' },
    h('caption', { class: 'visually-hidden' }, 'Entities of the catalog'),
    thead,
    tbody,
  );
  const scroller = h('div', { class: 'scroller', tabindex: '0', role: 'region', 'aria-label': 'Entities' }, table);
  fill(
    main,
    heading,
    h(
      'form',
      {
        class: 'search-bar',
        role: 'search',
        onsubmit: (e: Event) => {
          e.preventDefault();
          navigate(
            `#/search?q=${encodeURIComponent((document.getElementById('site-search') as HTMLInputElement).value)}`,
          );
        },
      },
      h('label', { for: 'site-search' }, 'Search entities, docs and APIs'),
      h('input', { id: 'site-search', type: 'search', placeholder: 'A name, a word of the docs, an operation…' }),
      h('button', { type: 'submit' }, 'Search'),
    ),
    h(
      'div',
      { class: 'filters', role: 'group', 'aria-label': 'Filters' },
      facetControls,
      h('div', { class: 'field' }, h('label', { for: 'filter-text' }, 'Filter'), text),
      h('div', { class: 'field' }, h('label', { for: 'my-team' }, 'My team'), teamSelect),
      h('div', { class: 'field check' }, mine, h('label', { for: 'mine' }, 'Owned by my team')),
      h('a', { class: 'clear', href: '#/' }, 'Clear filters'),
    ),
    count,
    scroller,
  );

  const draw = (rows: Row[], complete: boolean) => {
    const shown = sorted(
      rows.filter((r) => passes(r, state, team)),
      state,
    );
    for (const facet of FACETS) fillOptions(selects.get(facet)!, facet, rows, state, team, label);
    const total = complete ? m.entities : rows.length;
    count.textContent = `Showing ${formatCount(shown.length)} of ${formatCount(total)} entities${complete ? '' : ' (loading…)'}`;
    if (complete) announce(count.textContent);
    virtualise(scroller, tbody, shown, label);
  };
  const rows = await allRows((first) => draw(first, false));
  draw(rows, true);
}

function fillOptions(
  select: HTMLSelectElement,
  facet: Facet,
  rows: Row[],
  state: TableState,
  team: string,
  label: (f: Facet, v: string) => string,
) {
  const counts = new Map<string, number>();
  const field = FACET_FIELD[facet];
  for (const row of rows) {
    if (!passes(row, state, team, facet)) continue;
    const v = row[field];
    for (const value of Array.isArray(v) ? v : [v])
      if (value !== '') counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  }
  const chosen = state.filters[facet];
  if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
  const options = [...counts]
    .sort((a, b) => b[1] - a[1] || (label(facet, a[0]) < label(facet, b[0]) ? -1 : 1))
    .slice(0, 500);
  fill(
    select,
    h('option', { value: '' }, `Any ${FACET_LABEL[facet].toLowerCase()}`),
    options.map(([value, n]) =>
      h('option', { value, selected: value === chosen }, `${label(facet, value)} (${formatCount(n)})`),
    ),
  );
}

/** As people read names: "svc 9" before "svc 10", accents and case aside. */
const NATURAL = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function sorted(rows: Row[], state: TableState): Row[] {
  const column = COLUMNS.find((c) => c.key === state.sort) ?? COLUMNS[0];
  const key = (r: Row) => {
    const v = r[column.field];
    return (Array.isArray(v) ? v.join(' ') : String(v)).toLowerCase();
  };
  const keyed = rows.map((r) => [key(r), r] as const);
  keyed.sort((a, b) => NATURAL.compare(a[0], b[0]) || (a[1][ROW.ref] < b[1][ROW.ref] ? -1 : 1));
  if (state.desc) keyed.reverse();
  return keyed.map(([, r]) => r);
}

/** Draws the rows in view, with a spacer row above and below standing for the others. */
function virtualise(
  scroller: HTMLElement,
  tbody: HTMLTableSectionElement,
  rows: Row[],
  label: (f: Facet, v: string) => string,
) {
  const paint = () => {
    const height = scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((scroller.scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
    const spacer = (n: number) =>
      n > 0 ? h('tr', { class: 'spacer', 'aria-hidden': 'true', style: `height:${n * ROW_HEIGHT}px` }) : null;
    fill(
      tbody,
      spacer(first),
      rows.slice(first, last).map((r) => rowElement(r, label)),
      spacer(rows.length - last),
    );
    if (rows.length === 0)
      fill(
        tbody,
        h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'empty' }, 'No entity matches these filters.')),
      );
  };
  let frame = 0;
  scroller.onscroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(paint);
  };
  paint();
}

function rowElement(r: Row, label: (f: Facet, v: string) => string): HTMLTableRowElement {
  const ref = (value: string, facet: Facet) => (value ? h('a', { href: entityHref(value) }, label(facet, value)) : '');
  return h(
    'tr',
    {},
    h(
      'td',
      { class: 'name' },
      h('a', { href: entityHref(r[ROW.ref]) }, r[ROW.title]),
      r[ROW.problems]
        ? h('span', { class: 'badge warn', title: `${r[ROW.problems]} problems` }, String(r[ROW.problems]))
        : '',
    ),
    h('td', {}, r[ROW.kind]),
    h('td', {}, r[ROW.type]),
    h('td', {}, ref(r[ROW.owner], 'owner')),
    h('td', {}, r[ROW.lifecycle]),
    h('td', {}, ref(r[ROW.system], 'system')),
    h('td', { class: 'tags' }, r[ROW.tags].join(', ')),
    h('td', { class: 'description' }, r[ROW.description]),
  );
}
