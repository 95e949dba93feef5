/**
 * The site written into a folder on disk (`callboard catalog build --site`): each file written
 * whole or not at all, left alone when unchanged (applyChanges), and what the folder held from the
 * last build but the new site has not, removed (replacingSite). A folder that holds anything else is
 * refused rather than mixed into.
 */
import { existsSync } from 'node:fs';
import { replacingSite, type SiteFile, type SiteSummary } from '../../core/site/build-site.ts';
import { applyChanges } from './apply-changes.ts';
import { UsageError } from './usage-error.ts';
import { walkFiles } from './walk-files.ts';

/** Marks a folder as a Callboard site, so a rebuild may remove what it no longer holds. */
export const SITE_MARKER = '.callboard-site';

export async function writeSite(
  out: string,
  site: Generator<SiteFile, SiteSummary>,
): Promise<{ written: number; removed: number; summary: SiteSummary }> {
  const existing = existsSync(out) ? (await walkFiles(out)).files : [];
  if (existing.length && !existing.includes(SITE_MARKER))
    throw new UsageError(`${out} holds files Callboard did not write; give an empty or new folder for --site`);
  let summary: SiteSummary | undefined;
  const changes = function* () {
    yield {
      path: SITE_MARKER,
      content: 'A catalog site written by Callboard: `callboard catalog build --site` rewrites this folder.\n',
    };
    summary = yield* replacingSite(site, existing, (path) => path === SITE_MARKER);
  };
  const { written, removed } = await applyChanges(out, changes(), { skipUnchanged: true });
  return { written, removed, summary: summary! };
}
