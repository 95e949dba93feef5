/**
 * The catalog repository as a folder on disk (`--out DIR`): its previous state is read from it, and
 * a build's changes are written into it, each file atomically, files no longer produced removed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { CONFIG_PATH } from '../core/catalog/catalog-config.ts';
import { readCatalogState, stateFolder, type CatalogState } from '../core/catalog/catalog-state.ts';

export async function readOutputState(out: string, folder: string): Promise<CatalogState> {
  const dir = join(out, stateFolder(folder));
  const paths = existsSync(dir) ? await glob('**/*.json', { cwd: dir }) : [];
  const files = new Map(await Promise.all(paths.map(async (p) => [`${stateFolder(folder)}/${p}`, await readFile(join(dir, p), 'utf8')] as const)));
  return readCatalogState(folder, files);
}

export async function readOutputConfig(out: string): Promise<string | undefined> {
  return readFile(join(out, CONFIG_PATH), 'utf8').catch(() => undefined);
}

export async function writeChanges(out: string, changes: { path: string; content: string | null }[]): Promise<{ written: number; removed: number }> {
  let written = 0;
  let removed = 0;
  for (const { path, content } of changes) {
    const target = join(out, path);
    if (content === null) {
      if (existsSync(target)) {
        await rm(target);
        removed++;
      }
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(`${target}.callboard-tmp`, content);
    await rename(`${target}.callboard-tmp`, target);
    written++;
  }
  return { written, removed };
}
