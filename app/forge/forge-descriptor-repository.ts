/**
 * One repository at one commit, read through the forge, as the core's descriptor walk asks for it.
 * Reads are cached for the walk (a file is read once however often it is asked for). Without a
 * tree listing, globs in Location targets and templates above a skeleton are not followed yet.
 */
import type { DescriptorRepository } from '../core/validate/collect-descriptor-sources.ts';
import type { Forge, RepositoryId } from './types.ts';

export function forgeDescriptorRepository(forge: Forge, repository: RepositoryId, ref: string): DescriptorRepository {
  const cache = new Map<string, Promise<string | undefined>>();
  const read = (path: string) => {
    let text = cache.get(path);
    if (!text) {
      text = forge.readFiles([{ repository, path, ref }]).then(([file]) => file?.text);
      cache.set(path, text);
    }
    return text;
  };
  return {
    read,
    size: async (path) => (await read(path))?.length,
    locate: async (pattern) => (/[*?[{]/.test(pattern) ? [] : (await read(pattern)) === undefined ? [] : [pattern]),
    templatesAbove: async () => [],
    displayPath: (path) => path,
  };
}
