/**
 * The site on disk: its assets found beside the code (`dist/site`, built by `npm run build`), and
 * its files written into a folder. A folder that holds a site Callboard wrote before is brought to
 * exactly the new site (files it no longer has are removed); a folder that holds anything else is
 * refused rather than mixed into.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteFile, SiteSummary } from '../../core/site/build-site.ts';
import { UsageError } from './usage-error.ts';

/** Marks a folder as a Callboard site, so a rebuild may remove what it no longer holds. */
export const SITE_MARKER = '.callboard-site';

/** `dist/site`, from the bundles (dist/cli, dist/chunks) or from the source (app/forge/local). */
export function siteAssetsDir(): string {
  const candidates = ['../site', '../../../dist/site'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((dir) => existsSync(join(dir, 'site.js')));
  if (!found)
    throw new Error(`The site's assets are not built: run npm run build (looked in ${candidates.join(', ')})`);
  return found;
}

export async function readSiteAssets(dir = siteAssetsDir()): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  for (const path of await files(dir)) assets.set(relative(dir, path).split(sep).join('/'), await readFile(path));
  return assets;
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Writes the site into `out`; returns how many files were written and removed, and the generator's summary. */
export async function writeSite(
  out: string,
  site: Generator<SiteFile, SiteSummary>,
): Promise<{ written: number; removed: number; summary: SiteSummary }> {
  const existing = existsSync(out) ? await files(out) : [];
  if (existing.length && !existsSync(join(out, SITE_MARKER)))
    throw new UsageError(`${out} holds files Callboard did not write; give an empty or new folder for --site`);
  const kept = new Set<string>();
  let written = 0;
  let next = site.next();
  while (!next.done) {
    const file = next.value;
    const path = join(out, ...file.path.split('/'));
    if (relative(out, path).startsWith('..')) throw new Error(`A site file would leave its folder: ${file.path}`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
    kept.add(path);
    written++;
    next = site.next();
  }
  await writeFile(
    join(out, SITE_MARKER),
    'A catalog site written by Callboard: `callboard catalog build --site` rewrites this folder.\n',
  );
  kept.add(join(out, SITE_MARKER));
  let removed = 0;
  for (const path of existing)
    if (!kept.has(path)) {
      await rm(path);
      removed++;
    }
  return { written, removed, summary: next.value };
}
