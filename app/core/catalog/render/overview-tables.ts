/**
 * The overview's tables of components: by system (with the system's owner) and by owner. Every
 * system is listed, also one without components; components without one come last.
 */
import { compareStrings } from './compare.ts';
import type { CatalogView } from './catalog-view.ts';
import { README_PATH } from './catalog-paths.ts';
import { entityLink, entityLinks } from './entity-link.ts';
import { groupBy } from './group-by.ts';
import { kindOfRef, summarize, type EntitySummary } from './entity-summary.ts';
import { table } from './markdown-text.ts';

const page = README_PATH;

/** Refs grouped by key (plus `extraKeys`, maybe empty), keys in order, an absent key ('') last. */
function groupRefs(summaries: readonly EntitySummary[], key: (s: EntitySummary) => string | undefined, extraKeys: readonly string[] = []): [string, string[]][] {
  const groups = groupBy(summaries, (s) => key(s) ?? '', (s) => s.ref);
  for (const k of extraKeys) if (!groups.has(k)) groups.set(k, []);
  return [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareStrings(a, b)));
}

const componentsOf = (view: CatalogView) => view.entities.filter((e) => kindOfRef(e.ref) === 'component').map((e) => summarize(view, e));

export function componentsBySystem(view: CatalogView): string[] {
  const systems = view.entities.filter((e) => kindOfRef(e.ref) === 'system').map((e) => e.ref);
  const groups = groupRefs(componentsOf(view), (s) => s.system, systems);
  if (groups.length === 0) return [];
  const rows = groups.map(([system, components]) => {
    const entity = system ? view.entity(system) : undefined;
    const owner = entity ? summarize(view, entity).owner : undefined;
    return [system ? entityLink(view, page, system) : '*(no system)*', entityLinks(view, page, components), owner ? entityLink(view, page, owner) : '—'];
  });
  return ['## Components by system', '', ...table(['system', 'components', 'owner'], rows)];
}

export function componentsByOwner(view: CatalogView): string[] {
  const groups = groupRefs(componentsOf(view), (s) => s.owner);
  if (groups.length === 0) return [];
  const rows = groups.map(([owner, components]) => [
    owner ? entityLink(view, page, owner) : '*(no owner)*',
    String(components.length),
    entityLinks(view, page, components),
  ]);
  return ['## Components by owner', '', ...table(['owner', 'count', 'components'], rows, ['left', 'right', 'left'])];
}
