/**
 * An entity's scorecard levels on its page: each track it is scored on, linked to the track's page
 * (the catalog repository's `scorecards/<track>.md`), and the level it reached. Track titles and level
 * names come from the catalog repository's scorecard files: untrusted text like any other.
 */
import { trackPagePath } from '../../../scorecard/render-scorecard-pages.ts';
import { trackLevelText } from '../../../scorecard/render-score.ts';
import type { CatalogView } from '../catalog-view.ts';
import { relativePath } from '../catalog-paths.ts';
import { pageLink, table, text } from '../../../markdown/markdown-text.ts';

/** The section, or nothing for an entity that is not scored. `page` is the entity page's path. */
export function scorecardSection(view: CatalogView, page: string, ref: string): string[] {
  const levels = view.scores(ref);
  if (!levels.length) return [];
  const rows = levels.map((t) => [
    pageLink(text(t.title), relativePath(page, trackPagePath(t.track))),
    text(trackLevelText(t)),
  ]);
  return ['## Scorecards', '', ...table(['track', 'level'], rows)];
}
