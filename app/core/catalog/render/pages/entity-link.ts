/**
 * Links from one generated page to an entity's page. A ref with no entity in the catalog (a
 * dangling reference) has no page: it is shown as text, so no link ever points at a missing file.
 */
import type { CatalogView } from '../catalog-view.ts';
import { entityPagePath, relativePath } from '../catalog-paths.ts';
import { displayName, humanRef } from './entity-summary.ts';
import { pageLink, text } from '../../../markdown/markdown-text.ts';

/** `[Title](../../kind/ns/name.md)`, or the ref as text with "(not in the catalog)". */
export function entityLink(view: CatalogView, fromPage: string, ref: string): string {
  if (!view.entity(ref)) return `${text(humanRef(ref))} *(not in the catalog)*`;
  const label = view.memo('label', ref, () => text(displayName(view, ref)));
  return pageLink(label, relativePath(fromPage, entityPagePath(ref)));
}

/** Links to several entities, comma-separated, or an em dash when there are none. */
export const entityLinks = (view: CatalogView, fromPage: string, refs: readonly string[]): string =>
  refs.length ? refs.map((r) => entityLink(view, fromPage, r)).join(', ') : '—';
