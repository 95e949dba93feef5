/**
 * The catalog site's assets (the browser's script, styles, Redoc, AsyncAPI's component), built by
 * `npm run build` into `dist/site/` and found beside the code that runs: the bundles (dist/cli,
 * dist/reconcile, dist/chunks) or the source (the app's server runs from app/).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFiles } from './local/walk-files.ts';

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
  for (const path of (await walkFiles(dir)).files) assets.set(path, await readFile(join(dir, path)));
  return assets;
}
