/**
 * One repository at one ref, read through the forge, as the core's descriptor walk asks for it.
 * Reads are cached for the walk (a file is read once however often it is asked for); the file
 * listing that globs and templates need is fetched once, and only when a glob or a skeleton asks.
 */
import { posix } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { globOrNothing } from '../core/patterns/linear-glob.ts';
import type { DescriptorRepository } from '../core/validate/collect-descriptor-sources.ts';
import type { Forge, RepositoryId } from './types.ts';
import { DECLARES_TEMPLATES } from '../core/validate/template-skeletons.ts';

export function forgeDescriptorRepository(
  forge: Forge,
  repository: RepositoryId,
  ref: string,
  primed: ReadonlyMap<string, string | undefined> = new Map(),
): DescriptorRepository {
  const cache = new Map<string, Promise<string | undefined>>(
    [...primed].map(([path, text]) => [path, Promise.resolve(text)]),
  );
  let listing: Promise<string[]> | undefined;
  const read = (path: string) => {
    let text = cache.get(path);
    if (!text) {
      text = forge.readFiles([{ repository, path, ref }]).then(([file]) => file?.text);
      cache.set(path, text);
    }
    return text;
  };
  const files = () => (listing ??= forge.listFiles(repository, ref).then((l) => l?.paths ?? []));
  return {
    read,
    size: async (path) => (await read(path))?.length,
    async locate(pattern) {
      if (!isDynamicPattern(pattern)) return (await read(pattern)) === undefined ? [] : [pattern];
      // A glob from a descriptor, over every path of the repository: matched in linear time. One that
      // cannot be (a negation) finds nothing, and the Location says why (locationTargetProblems).
      const matches = globOrNothing(pattern);
      return (await files()).filter((p) => matches(p) && !p.split('/').includes('node_modules'));
    },
    async templatesAbove(path) {
      const folders = new Set<string>();
      for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
        folders.add(dir === '.' ? '' : dir);
        if (dir === '.') break;
      }
      const candidates = (await files()).filter(
        (p) => /\.ya?ml$/.test(p) && folders.has(posix.dirname(p) === '.' ? '' : posix.dirname(p)) && p !== path,
      );
      const texts = await forge.readFiles(candidates.map((p) => ({ repository, path: p, ref })));
      return texts.filter((f) => DECLARES_TEMPLATES.test(f.text ?? '')).map((f) => f.path);
    },
    displayPath: (path) => path,
  };
}
