/**
 * The catalog site in the browser: one page (index.html) whose hash names the view, so every view
 * is a link that works from disk as well as from GitHub Pages:
 * - `#/?kind=component&owner=…` the catalog table with its filters;
 * - `#/catalog/<namespace>/<kind>/<name>?depth=2` an entity's page;
 * - `#/search?q=…` search across entities, docs and API operations.
 */
import { routeRef } from '../core/site/site-format.ts';
import { meta } from './data.ts';
import { fill, h } from './dom.ts';
import { renderEntity } from './entity-page.ts';
import { renderSearch } from './search.ts';
import { renderTable, tableState } from './table.ts';

const main = () => document.getElementById('main')!;

function navigate(hash: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', hash);
    void route(false);
  } else location.hash = hash;
}

let current = 0;

async function route(moveFocus: boolean): Promise<void> {
  const turn = ++current;
  const hash = location.hash.replace(/^#\/?/, '');
  const q = hash.indexOf('?');
  const path = q === -1 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : hash.slice(q + 1));
  const m = await meta();
  const el = main();
  try {
    if (path.startsWith('catalog/')) {
      const ref = routeRef(path.slice('catalog/'.length));
      const depth = Math.min(3, Math.max(1, Number(params.get('depth')) || 1));
      document.title = `${ref ?? 'Entity'} · ${m.organization} catalog`;
      if (ref) await renderEntity(el, ref, depth, (d) => navigate(`#/${path}?depth=${d}`, true));
      else fill(el, h('h1', { tabindex: '-1' }, 'No such entity'));
    } else if (path === 'search') {
      document.title = `Search · ${m.organization} catalog`;
      await renderSearch(el, params.get('q') ?? '', navigate);
    } else {
      document.title = `${m.organization} catalog`;
      await renderTable(el, tableState(params), navigate);
    }
  } catch (e) {
    fill(el, h('h1', { tabindex: '-1' }, 'This page could not be drawn'), h('p', {}, (e as Error).message));
  }
  if (turn === current && moveFocus) {
    const heading = el.querySelector('h1');
    heading?.focus();
    if (path === 'search') (document.getElementById('search-input') as HTMLInputElement | null)?.focus();
  }
  document.body.dataset.ready = path.split('/')[0] || 'table';
}

// The skip link and in-page anchors (`#main`) are not views: only `#/…` hashes route.
window.addEventListener('hashchange', () => {
  if (location.hash === '' || location.hash.startsWith('#/')) void route(true);
});
document.querySelector('a.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  main().focus();
});
void route(false);
