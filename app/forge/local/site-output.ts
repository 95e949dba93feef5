/**
 * The site written into a folder on disk (`callboard catalog build --site`): each file written
 * whole or not at all, left alone when unchanged (applyChanges), and what the folder held from the
 * last build but the new site has not, removed. A folder that holds anything else is refused rather
 * than mixed into.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SiteFile, SiteSummary } from '../../core/site/build-site.ts';
import { applyChanges } from './apply-changes.ts';
import { UsageError } from './usage-error.ts';

/** Marks a folder as a Callboard site, so a rebuild may remove what it no longer holds. */
export const SITE_MARKER = '.callboard-site';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

export async function writeSite(
  out: string,
  site: Generator<SiteFile, SiteSummary>,
): Promise<{ written: number; removed: number; summary: SiteSummary }> {
  const existing = existsSync(out) ? await filesUnder(out) : [];
  if (existing.length && !existing.includes(SITE_MARKER))
    throw new UsageError(`${out} holds files Callboard did not write; give an empty or new folder for --site`);
  const produced = new Set<string>([SITE_MARKER]);
  let summary: SiteSummary | undefined;
  const changes = function* () {
    yield {
      path: SITE_MARKER,
      content: 'A catalog site written by Callboard: `callboard catalog build --site` rewrites this folder.\n',
    };
    summary = yield* (function* () {
      for (;;) {
        const next = site.next();
        if (next.done) return next.value;
        produced.add(next.value.path);
        yield next.value;
      }
    })();
    for (const path of existing) if (!produced.has(path)) yield { path, content: null };
  };
  const { written, removed } = await applyChanges(out, changes(), { skipUnchanged: true });
  return { written, removed, summary: summary! };
}
