import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Backstage's own example catalog (../shared/corpus/backstage-examples), read where it lies and never
 * copied into the project. CALLBOARD_CORPUS points elsewhere. Tests that need it are skipped, loudly,
 * when it is absent.
 */
export const CORPUS_DIR = resolve(REPO_ROOT, process.env.CALLBOARD_CORPUS ?? '../shared/corpus/backstage-examples');
export const corpusAvailable = existsSync(CORPUS_DIR);
export const corpusMissingNotice = () =>
  console.warn(
    `\n[callboard] The shared corpus is absent (looked in ${CORPUS_DIR}); tests that read it are SKIPPED.\n`,
  );

/** The node binary npm scripts run on (Node 24 from the `node` devDependency). */
export const NODE = process.execPath;
