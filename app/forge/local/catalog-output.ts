/**
 * The catalog repository as a folder on disk (`--out DIR`): its previous state and the scorecard
 * results it holds are read from it, and a build's changes are written into it as they are
 * rendered, each file atomically, files no longer produced removed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { buildCatalog } from '../../core/catalog/build-catalog.ts';
import { CONFIG_PATH, DEFAULT_CONFIG, parseCatalogConfig } from '../../core/catalog/catalog-config.ts';
import { INDEX_FOLDER, INDEX_PATH } from '../../core/catalog/render/catalog-paths.ts';
import type { CatalogIndex } from '../../core/catalog-index/catalog-index.ts';
import { loadCatalogIndex, type ReadFiles } from '../../core/catalog-index/load-catalog-index.ts';
import { emptyState, readCatalogState, stateFolder, type CatalogState } from '../../core/catalog/catalog-state.ts';
import type { ContentWork } from '../../core/content-work.ts';
import { parseRepositoryScores, RESULTS_FOLDER, type RepositoryScores } from '../../core/scorecard/score-results.ts';
import type { FileChange } from '../../core/file-change.ts';
import { forgeCatalogSource } from '../forge-catalog-source.ts';
import { applyChanges, type ApplyResult } from './apply-changes.ts';
import { createLocalForge } from './local-forge.ts';

export async function readOutputState(out: string, folder: string): Promise<CatalogState> {
  const dir = join(out, stateFolder(folder));
  const paths = existsSync(dir) ? await glob('**/*.json', { cwd: dir }) : [];
  const files = new Map(
    await Promise.all(
      paths.map(async (p) => [`${stateFolder(folder)}/${p}`, await readFile(join(dir, p), 'utf8')] as const),
    ),
  );
  return readCatalogState(folder, files);
}

/**
 * The scorecard results the folder holds (a checkout of the catalog repository), as the app records them; none in a
 * folder without.
 */
export async function readOutputScores(out: string, folder: string): Promise<RepositoryScores[]> {
  const dir = join(out, folder, RESULTS_FOLDER);
  const paths = existsSync(dir) ? await glob('**/*.json', { cwd: dir }) : [];
  const read = await Promise.all(paths.map(async (p) => parseRepositoryScores(await readFile(join(dir, p), 'utf8'))));
  return read.filter((r) => r !== undefined);
}

export async function readOutputConfig(out: string): Promise<string | undefined> {
  return readFile(join(out, CONFIG_PATH), 'utf8').catch(() => undefined);
}

/** Writes a build's changes into the catalog repository's folder, as they are rendered. */
export const writeChanges = (out: string, changes: Iterable<FileChange>): Promise<ApplyResult> =>
  applyChanges(out, changes);

export interface LocalCatalog {
  /** Undefined when the folder holds no catalog. */
  index: CatalogIndex | undefined;
  /** The catalog folder inside `dir` ('' when `dir` is the catalog folder itself). */
  folder: string;
  /** Reads files by path relative to `dir`; undefined for a missing one. */
  read: ReadFiles;
}

/**
 * A catalog built by `callboard catalog build`: `dir` is its `--out` folder (the catalog folder named
 * by its callboard.yaml) or the catalog folder itself. Throws CatalogIndexError for a catalog that
 * fails its schema.
 */
export async function readLocalCatalog(dir: string): Promise<LocalCatalog> {
  const folder = existsSync(join(dir, INDEX_PATH)) ? '' : parseCatalogConfig(await readOutputConfig(dir)).config.folder;
  const read: ReadFiles = (paths) =>
    Promise.all(paths.map((p) => readFile(join(dir, p), 'utf8').catch(() => undefined)));
  return { index: await loadCatalogIndex(folder, read), folder, read };
}

/**
 * The catalog of a folder of repositories, built in memory (nothing written): what a command that
 * targets entities needs when no catalog was built beforehand.
 */
export async function buildLocalCatalog(
  orgDir: string,
  organization: string,
  work: ContentWork,
  webUrl = 'https://github.com',
): Promise<LocalCatalog> {
  const forge = createLocalForge({ root: orgDir, owner: organization, webUrl });
  const result = await buildCatalog({
    organization,
    source: forgeCatalogSource(forge, organization),
    work,
    config: DEFAULT_CONFIG,
    configProblems: [],
    state: emptyState(),
    scores: new Map(),
    webUrl,
  });
  // Only the index is kept: the pages are rendered as the changes are taken, and dropped.
  const { folder } = DEFAULT_CONFIG;
  const kept = (path: string) => path === `${folder}/${INDEX_PATH}` || path.startsWith(`${folder}/${INDEX_FOLDER}/`);
  const files = new Map<string, string>();
  for (const change of result.changes)
    if (change.content !== null && kept(change.path)) files.set(change.path, change.content);
  const read: ReadFiles = async (paths) => paths.map((p) => files.get(p));
  return { index: await loadCatalogIndex(folder, read), folder, read };
}
