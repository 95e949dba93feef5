/**
 * The files of one repository on disk, as the core asks for them: read (confined to the repository),
 * located by path or glob, and the Templates that sit above a file (to recognise their skeletons).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ReadRepositoryFile } from '../core/validation/placeholders.ts';
import { createRepositoryReader } from './repository-reader.ts';

export interface RepositoryFiles {
  root: string;
  read: ReadRepositoryFile;
  locate(repositoryPathOrGlob: string): Promise<string[]>;
  /** YAML files declaring a Template in the folders above `repositoryPath` (up to the root). */
  templatesAbove(repositoryPath: string): Promise<string[]>;
}

export function repositoryFiles(root: string): RepositoryFiles {
  const read = createRepositoryReader(root);
  return {
    root,
    read,
    async locate(pattern) {
      if (isDynamicPattern(pattern)) return (await glob(pattern, { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], dot: true })).sort();
      const info = await stat(join(root, pattern)).catch(() => undefined);
      return info?.isFile() ? [pattern] : [];
    },
    async templatesAbove(repositoryPath) {
      const found: string[] = [];
      for (let dir = posix.dirname(repositoryPath); ; dir = posix.dirname(dir)) {
        const names = await readdir(join(root, dir)).catch(() => [] as string[]);
        for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
          const path = dir === '.' ? name : `${dir}/${name}`;
          if (path !== repositoryPath && /^kind:\s*Template\s*$/m.test((await read(path)) ?? '')) found.push(path);
        }
        if (dir === '.' || dir === '') return found;
      }
    },
  };
}
