/**
 * The catalog repository as a folder on disk (`--out DIR`): its previous state is read from it, and
 * a build's changes are written into it as they are rendered, each file atomically, files no
 * longer produced removed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { CONFIG_PATH } from '../core/catalog/catalog-config.ts';
import { readCatalogState, stateFolder, type CatalogState } from '../core/catalog/catalog-state.ts';
import type { FileChange } from '../forge/types.ts';
import { applyChanges, type ApplyResult } from './apply-changes.ts';

export async function readOutputState(out: string, folder: string): Promise<CatalogState> {
  const dir = join(out, stateFolder(folder));
  const paths = existsSync(dir) ? await glob('**/*.json', { cwd: dir }) : [];
  const files = new Map(await Promise.all(paths.map(async (p) => [`${stateFolder(folder)}/${p}`, await readFile(join(dir, p), 'utf8')] as const)));
  return readCatalogState(folder, files);
}

export async function readOutputConfig(out: string): Promise<string | undefined> {
  return readFile(join(out, CONFIG_PATH), 'utf8').catch(() => undefined);
}

/** Writes a build's changes into the catalog repository's folder, as they are rendered. */
export const writeChanges = (out: string, changes: Iterable<FileChange>): Promise<ApplyResult> => applyChanges(out, changes);
