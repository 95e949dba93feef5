/**
 * Reads files of a repository on disk for `$text`/`$json`/`$yaml`, refusing anything outside it:
 * the path is normalised by the core, and symbolic links are resolved here so that a link inside
 * the repository cannot lead out of it. Repository content is hostile input.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { ReadRepositoryFile } from '../core/validation/placeholders.ts';

const MAX_READ_BYTES = 10 * 1024 * 1024;

export function createRepositoryReader(root: string): ReadRepositoryFile {
  const realRoot = realpath(root);
  return async (repositoryPath) => {
    const rootPath = await realRoot;
    const target = await realpath(join(rootPath, repositoryPath)).catch(() => undefined);
    if (!target || (target !== rootPath && !target.startsWith(rootPath + sep))) return undefined;
    const info = await stat(target);
    if (!info.isFile() || info.size > MAX_READ_BYTES) return undefined;
    return readFile(target, 'utf8');
  };
}

/** The repository a file belongs to: the nearest folder above it with a `.git`, else `fallback`. */
export function repositoryRootOf(file: string, fallback: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return fallback;
  }
}
