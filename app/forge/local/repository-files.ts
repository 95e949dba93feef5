/**
 * A repository on disk, as the core asks for it (DescriptorRepository): files read only inside it,
 * located by path or glob, and the Templates that sit above a file.
 */
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { globOrNothing } from '../../core/patterns/linear-glob.ts';
import type { DescriptorRepository } from '../../core/validate/collect-descriptor-sources.ts';
import { displayPath } from './find-descriptor-files.ts';
import { createFileFinder, createRepositoryReader } from './repository-reader.ts';
import { walkFiles } from './walk-files.ts';
import { DECLARES_TEMPLATES } from '../../core/validate/template-skeletons.ts';

export function repositoryOnDisk(root: string, cwd: string): DescriptorRepository {
  const read = createRepositoryReader(root);
  const find = createFileFinder(root);
  const fileSize = async (path: string) => (await find(path))?.size;
  let listing: Promise<string[]> | undefined;
  return {
    read,
    size: fileSize,
    displayPath: (path) => displayPath(join(root, path), cwd),
    async locate(pattern) {
      // A glob from a descriptor is matched in linear time (docs/patterns.md) over the files listed
      // once, no link followed (tinyglobby would match it with picomatch's backtracking expression).
      if (isDynamicPattern(pattern))
        return (await (listing ??= walkFiles(root).then((w) => w.files))).filter(globOrNothing(pattern)).sort();
      return (await fileSize(pattern)) === undefined ? [] : [pattern];
    },
    async templatesAbove(repositoryPath) {
      const found: string[] = [];
      for (let dir = posix.dirname(repositoryPath); ; dir = posix.dirname(dir)) {
        const names = await readdir(join(root, dir)).catch(() => [] as string[]);
        for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
          const path = dir === '.' ? name : `${dir}/${name}`;
          if (path !== repositoryPath && DECLARES_TEMPLATES.test((await read(path)) ?? '')) found.push(path);
        }
        if (dir === '.') return found;
      }
    },
  };
}
