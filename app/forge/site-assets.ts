/**
 * The catalog site's assets (the browser's script, styles, Redoc, AsyncAPI's component), built by
 * `npm run build` into `dist/site/` and found beside the code that runs: the bundles (dist/cli,
 * dist/reconcile, dist/chunks) or the source (the app's server runs from app/).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function siteAssetsDir(): string {
  const candidates = ['../site', '../../dist/site'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((dir) => existsSync(join(dir, 'site.js')));
  if (!found)
    throw new Error(`The site's assets are not built: run npm run build (looked in ${candidates.join(', ')})`);
  return found;
}

/** Every asset, by its path under the site's `assets/` folder. */
export async function readSiteAssets(dir = siteAssetsDir()): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries.filter((entry) => entry.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1)))
    assets.set(
      relative(dir, join(e.parentPath, e.name)).split(sep).join('/'),
      await readFile(join(e.parentPath, e.name)),
    );
  return new Map([...assets].sort(([a], [b]) => (a < b ? -1 : 1)));
}
