/**
 * Which files of a repository to validate: the ones asked for, plus what they lead to, as Backstage
 * follows them: the targets of their Locations, and (for files holding `${{ }}` expressions) the
 * Templates above them, so a template's skeleton is recognised even when its template.yaml was
 * not asked for. Reads go through a small port, so the same walk serves a folder on disk and a
 * repository on GitHub.
 */
import { locationTargets } from '../descriptor/location-targets.ts';
import { readDescriptor } from '../descriptor/read-descriptor.ts';
import type { ReadRepositoryFile } from '../validation/placeholders.ts';
import { MAX_DESCRIPTOR_BYTES, type SourceFile } from './validate-descriptor-files.ts';

export interface DescriptorRepository {
  read: ReadRepositoryFile;
  /** The file's size in bytes, or undefined when there is no such file. */
  size(repositoryPath: string): Promise<number | undefined>;
  /** The repository's files a path or glob names (sorted). */
  locate(repositoryPathOrGlob: string): Promise<string[]>;
  /** Files declaring a Template in the folders above `repositoryPath`. */
  templatesAbove(repositoryPath: string): Promise<string[]>;
  /** How a repository path is shown to people. */
  displayPath(repositoryPath: string): string;
}

export async function collectDescriptorSources(repo: DescriptorRepository, requested: readonly string[]): Promise<SourceFile[]> {
  const queue = [...requested];
  const seen = new Set<string>();
  const sources: SourceFile[] = [];
  while (queue.length) {
    const repositoryPath = queue.shift()!;
    if (seen.has(repositoryPath)) continue;
    seen.add(repositoryPath);
    const size = await repo.size(repositoryPath);
    if (size === undefined) continue;
    const text = size > MAX_DESCRIPTOR_BYTES ? '' : ((await repo.read(repositoryPath)) ?? '');
    const path = repo.displayPath(repositoryPath);
    const parsed = readDescriptor(path, text);
    sources.push({ path, repositoryPath, text, size, parsed });
    for (const doc of parsed.documents) {
      for (const target of locationTargets(repositoryPath, doc.value)) {
        if (target.repositoryPath !== undefined) queue.push(...(await repo.locate(target.repositoryPath)));
      }
    }
    if (text.includes('${{')) queue.push(...(await repo.templatesAbove(repositoryPath)));
  }
  return sources;
}
