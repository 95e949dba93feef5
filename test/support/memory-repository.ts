/** A repository held in memory, as the core's descriptor walk asks for one (reads counted). */
import { isDynamicPattern } from 'tinyglobby';
import { globOrNothing } from '../../app/core/patterns/linear-glob.ts';
import type { DescriptorRepository } from '../../app/core/validate/collect-descriptor-sources.ts';

export function memoryRepository(files: Record<string, string>): DescriptorRepository & { reads: string[] } {
  const reads: string[] = [];
  const paths = Object.keys(files).sort();
  return {
    reads,
    read: async (path) => {
      reads.push(path);
      return files[path];
    },
    size: async (path) => files[path]?.length,
    locate: async (pattern) =>
      isDynamicPattern(pattern) ? paths.filter(globOrNothing(pattern)) : pattern in files ? [pattern] : [],
    templatesAbove: async () => [],
    displayPath: (path) => path,
  };
}
