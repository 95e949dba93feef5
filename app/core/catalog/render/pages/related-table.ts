/**
 * Tables of related entities (APIs, dependencies, dependents, parts, owned entities): each row links
 * to the entity's page and says what it is, how mature it is, and who owns it.
 */
import type { CatalogView } from '../catalog-view.ts';
import { entityLink } from './entity-link.ts';
import { kindLabel, kindOfRef, summarize } from './entity-summary.ts';
import { table, text } from '../../../markdown/markdown-text.ts';

/** Deprecated stands out wherever a lifecycle is shown. */
export function lifecycleText(lifecycle: string | undefined): string {
  if (!lifecycle) return '—';
  return lifecycle.toLowerCase() === 'deprecated' ? `⚠️ **${text(lifecycle)}**` : text(lifecycle);
}

export function relatedTable(view: CatalogView, page: string, refs: readonly string[]): string[] {
  const rows = refs.map((ref) => {
    const e = view.entity(ref);
    const s = e && summarize(view, e);
    return [
      entityLink(view, page, ref),
      text(kindLabel(s?.kind ?? kindOfRef(ref))),
      text(s?.type ?? '—'),
      lifecycleText(s?.lifecycle),
      s?.owner ? entityLink(view, page, s.owner) : '—',
    ];
  });
  return table(['entity', 'kind', 'type', 'lifecycle', 'owner'], rows);
}

/** A titled section with a table of related entities, or nothing when there are none. */
export function relatedSection(
  view: CatalogView,
  page: string,
  heading: string,
  refs: readonly string[],
  intro?: string,
): string[] {
  if (refs.length === 0) return [];
  return [heading, '', ...(intro ? [intro, ''] : []), ...relatedTable(view, page, refs)];
}
