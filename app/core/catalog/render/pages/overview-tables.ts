/**
 * The overview's tables of components: by system (with the system's owner) and by owner. Every
 * system is listed, also one without components; components without one come last. A row names a
 * few components and counts the rest (the system's or owner's page lists them all); past a limit,
 * rows are counted too.
 */
import { compareStrings } from '../compare.ts';
import type { CatalogView } from '../catalog-view.ts';
import { README_PATH } from '../catalog-paths.ts';
import { entityLink, entityLinks } from './entity-link.ts';
import { groupBy } from '../group-by.ts';
import { kindOfRef, summarize } from './entity-summary.ts';
import type { EntitySummary } from '../catalog-view.ts';
import { table } from '../../../markdown/markdown-text.ts';

const page = README_PATH;
/** Components named in one row at most. */
export const ROW_COMPONENTS = 10;
/** Rows of one table at most. */
export const TABLE_ROWS = 200;

/** Links to the first components of a row, and a count of the rest, on the page of `where`. */
function componentLinks(view: CatalogView, refs: readonly string[], where: string | undefined): string {
  if (refs.length <= ROW_COMPONENTS) return entityLinks(view, page, refs);
  const rest = refs.length - ROW_COMPONENTS;
  return `${entityLinks(view, page, refs.slice(0, ROW_COMPONENTS))} and ${rest} more${where && view.entity(where) ? ` (see ${entityLink(view, page, where)})` : ''}`;
}

/** The first rows of a table, and a line counting the rest. */
function cappedTable(headers: string[], rows: string[][], noun: string, align?: ('left' | 'right')[]): string[] {
  const more =
    rows.length > TABLE_ROWS ? ['', `… and ${rows.length - TABLE_ROWS} more ${noun}, in \`index.json\`.`] : [];
  return [...table(headers, rows.slice(0, TABLE_ROWS), align), ...more];
}

/** Refs grouped by key (plus `extraKeys`, maybe empty), keys in order, an absent key ('') last. */
function groupRefs(
  summaries: readonly EntitySummary[],
  key: (s: EntitySummary) => string | undefined,
  extraKeys: readonly string[] = [],
): [string, string[]][] {
  const groups = groupBy(
    summaries,
    (s) => key(s) ?? '',
    (s) => s.ref,
  );
  for (const k of extraKeys) if (!groups.has(k)) groups.set(k, []);
  return [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareStrings(a, b)));
}

const componentsOf = (view: CatalogView) =>
  view.entities.filter((e) => kindOfRef(e.ref) === 'component').map((e) => summarize(view, e));

export function componentsBySystem(view: CatalogView): string[] {
  const systems = view.entities.filter((e) => kindOfRef(e.ref) === 'system').map((e) => e.ref);
  const groups = groupRefs(componentsOf(view), (s) => s.system, systems);
  if (groups.length === 0) return [];
  const rows = groups.map(([system, components]) => {
    const entity = system ? view.entity(system) : undefined;
    const owner = entity ? summarize(view, entity).owner : undefined;
    return [
      system ? entityLink(view, page, system) : '*(no system)*',
      componentLinks(view, components, system),
      owner ? entityLink(view, page, owner) : '—',
    ];
  });
  return ['## Components by system', '', ...cappedTable(['system', 'components', 'owner'], rows, 'systems')];
}

export function componentsByOwner(view: CatalogView): string[] {
  const groups = groupRefs(componentsOf(view), (s) => s.owner);
  if (groups.length === 0) return [];
  const rows = groups.map(([owner, components]) => [
    owner ? entityLink(view, page, owner) : '*(no owner)*',
    String(components.length),
    componentLinks(view, components, owner),
  ]);
  return [
    '## Components by owner',
    '',
    ...cappedTable(['owner', 'count', 'components'], rows, 'owners', ['left', 'right', 'left']),
  ];
}
