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
import { BUDGETS, fileBudgetMs } from '../budgets.ts';
import type { Problem } from '../validation/problem.ts';
import { MAX_DESCRIPTOR_BYTES, type Progress, type SourceFile } from './validate-descriptor-files.ts';

export interface DescriptorRepository {
  read: ReadRepositoryFile;
  /** The file's size in bytes, or undefined when there is no such file. */
  size(repositoryPath: string): Promise<number | undefined>;
  /** The repository's files a path or glob names (sorted). */
  locate(repositoryPathOrGlob: string): Promise<string[]>;
  /** Files declaring a Template in the folders above `repositoryPath`. */
  templatesAbove(repositoryPath: string): Promise<string[]>;
  /** How a repository path is shown to people (asked across threads when the walk runs in a worker). */
  displayPath(repositoryPath: string): string | Promise<string>;
}

export interface CollectOptions {
  /** Told as each file is parsed, with its time budget. */
  progress?: Progress;
  /** Files not to read, with why (they went over a budget before): listed with that problem. */
  refused?: ReadonlyMap<string, Problem>;
}

export async function collectDescriptorSources(
  repo: DescriptorRepository,
  requested: readonly string[],
  options: CollectOptions = {},
): Promise<SourceFile[]> {
  const queue = [...requested];
  const seen = new Set<string>();
  const sources: SourceFile[] = [];
  // An index, not shift(): a queue of thousands of files would be moved once per file.
  for (let next = 0; next < queue.length; next++) {
    const repositoryPath = queue[next]!;
    if (seen.has(repositoryPath)) continue;
    seen.add(repositoryPath);
    const size = await repo.size(repositoryPath);
    if (size === undefined) continue;
    const path = await repo.displayPath(repositoryPath);
    const refused = options.refused?.get(repositoryPath);
    if (refused) {
      sources.push({ path, repositoryPath, text: '', size, refused });
      continue;
    }
    const text = size > MAX_DESCRIPTOR_BYTES ? '' : ((await repo.read(repositoryPath)) ?? '');
    options.progress?.(repositoryPath, fileBudgetMs(text.length));
    const parsed = readDescriptor(path, text);
    sources.push({ path, repositoryPath, text, size, parsed });
    for (const doc of parsed.documents) {
      for (const target of locationTargets(repositoryPath, doc.value)) {
        // At most BUDGETS.filesPerGlob from one target; validation reports a glob that matches more.
        if (target.repositoryPath !== undefined)
          for (const path of (await repo.locate(target.repositoryPath)).slice(0, BUDGETS.filesPerGlob))
            queue.push(path);
      }
    }
    if (text.includes('${{')) for (const path of await repo.templatesAbove(repositoryPath)) queue.push(path);
  }
  return sources;
}
