/**
 * The callouts at the top of an entity page: what a reader must know before relying on it.
 * Deprecated and stale are warnings (loud); imported and archived are notes.
 */
import type { CatalogEntity } from '../../types.ts';
import type { CatalogView } from '../catalog-view.ts';
import { ERRORS_PATH, relativePath } from '../catalog-paths.ts';
import { kindLabel } from './entity-summary.ts';
import type { EntitySummary } from '../catalog-view.ts';
import { callout, externalLink, pageLink, text } from '../../../markdown/markdown-text.ts';

export const STALE_INTRO = 'This is the last good version; its descriptor is broken now:';

export function statusCallouts(view: CatalogView, page: string, e: CatalogEntity, summary: EntitySummary): string[][] {
  const errorsLink = pageLink('processing status', relativePath(page, ERRORS_PATH));
  const blocks: string[][] = [];
  if (summary.deprecated) {
    const kind = text(kindLabel(summary.kind).toLowerCase());
    blocks.push(
      callout('WARNING', [`**Deprecated.** Do not start using this ${kind}; ask its owner what replaces it.`]),
    );
  }
  if (e.status.state === 'stale') {
    blocks.push(
      callout('WARNING', [
        STALE_INTRO,
        '',
        ...e.status.errors.map((err) => `- ${text(err)}`),
        '',
        `See the ${errorsLink}.`,
      ]),
    );
  }
  if (e.status.state === 'imported') {
    blocks.push(
      callout('NOTE', ["Imported from the GitHub organisation's teams: no descriptor in a repository defines it."]),
    );
  }
  if (e.archived) {
    const repository = view.repositories.find((r) => r.fullName === e.source.repository);
    const name = text(e.source.repository);
    blocks.push(
      callout('NOTE', [`Its repository ${repository ? externalLink(name, repository.htmlUrl) : name} is archived.`]),
    );
  }
  return blocks;
}
