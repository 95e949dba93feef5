/**
 * Reads files of a repository on disk, refusing anything outside it: the path is normalised by
 * the core, and here the path as written must be the path as resolved, so no symbolic link is
 * followed anywhere on the way (a link is its own entry in a Git tree, and Backstage reading the
 * repository never reads its target). Repository content is hostile input.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { ReadRepositoryFile } from '../../core/validation/placeholders.ts';

const MAX_READ_BYTES = 10 * 1024 * 1024;

/** A regular file of the repository reached without a link, with its size; undefined for anything else. */
export function createFileFinder(
  root: string,
): (repositoryPath: string) => Promise<{ path: string; size: number } | undefined> {
  const realRoot = realpath(root).catch(() => undefined);
  return async (repositoryPath) => {
    const rootPath = await realRoot;
    if (rootPath === undefined) return undefined;
    const lexical = join(rootPath, repositoryPath);
    if (lexical !== rootPath && !lexical.startsWith(rootPath + sep)) return undefined;
    const target = await realpath(lexical).catch(() => undefined);
    if (target !== lexical) return undefined;
    const info = await stat(target).catch(() => undefined);
    return info?.isFile() ? { path: target, size: info.size } : undefined;
  };
}

export function createRepositoryReader(root: string): ReadRepositoryFile {
  const find = createFileFinder(root);
  return async (repositoryPath) => {
    const file = await find(repositoryPath);
    if (!file || file.size > MAX_READ_BYTES) return undefined;
    // Unreadable (permissions) or gone meanwhile: as if it were not there.
    return readFile(file.path, 'utf8').catch(() => undefined);
  };
}

/** The repository a file belongs to: the nearest folder above it with a `.git`, else `fallback`. */
export function repositoryRootOf(file: string, fallback: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return fallback;
  }
}
