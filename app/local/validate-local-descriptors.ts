/**
 * `validate` on a folder: find the files, follow the Locations they declare, read them, and hand
 * them to the core. The CLI and the action both call this, so they agree on every file and problem.
 */
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { locationTargets } from '../core/descriptor/location-targets.ts';
import { parseDescriptorFile } from '../core/descriptor/parse-descriptor-file.ts';
import { MAX_DESCRIPTOR_BYTES, validateDescriptorFiles, type SourceFile } from '../core/validate/validate-descriptor-files.ts';
import { summarize, type ValidationReport } from '../core/validate/validation-report.ts';
import { createEntityValidator } from '../core/validation/validate-entity.ts';
import { displayPath, findDescriptorFiles } from './find-descriptor-files.ts';
import { loadUserSchemas } from './load-user-schemas.ts';
import { repositoryRootOf } from './repository-reader.ts';
import { repositoryFiles, type RepositoryFiles } from './repository-files.ts';

export interface LocalValidationOptions {
  patterns: readonly string[];
  cwd: string;
  schemaDir?: string;
  /** The repository's root; by default the git repository holding each file, else the folder the pattern names. */
  root?: string;
  /** `https://github.com/owner/repo`, when known, for Backstage's same-repository rule on placeholders. */
  repositoryUrl?: string;
}

export interface LocalValidation {
  report: ValidationReport;
  /** Each validated file's text by its shown path, for quoting lines. */
  sources: Map<string, string>;
}

export async function validateLocalDescriptors(options: LocalValidationOptions): Promise<LocalValidation> {
  const { cwd } = options;
  const userSchemas = options.schemaDir ? await loadUserSchemas(options.schemaDir, cwd) : undefined;
  const validator = createEntityValidator(userSchemas ? { userSchemas } : {});
  // Files of one repository are validated together (Locations, template skeletons, duplicates).
  const byRoot = new Map<string, string[]>();
  for (const { path, base } of await findDescriptorFiles(options.patterns, cwd)) {
    const root = options.root ?? repositoryRootOf(path, base);
    byRoot.set(root, [...(byRoot.get(root) ?? []), relative(root, path).split('\\').join('/')]);
  }
  const sources: SourceFile[] = [];
  const reports = [];
  for (const [root, paths] of byRoot) {
    const repo = repositoryFiles(root);
    const files = await collectSources(repo, paths, cwd);
    sources.push(...files);
    reports.push(
      await validateDescriptorFiles(files, {
        validator,
        read: repo.read,
        locate: repo.locate,
        ...(options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {}),
      }),
    );
  }
  const report = summarize(reports.flatMap((r) => r.files).sort((a, b) => a.path.localeCompare(b.path)));
  return { report, sources: new Map(sources.map((s) => [s.path, s.text])) };
}

/**
 * The files asked for, plus what they lead to: the targets of their Locations (as Backstage
 * follows them), and the Templates above any file holding `${{ }}` expressions, so a skeleton
 * is recognised even when its template.yaml was not asked for.
 */
async function collectSources(repo: RepositoryFiles, requested: string[], cwd: string): Promise<SourceFile[]> {
  const queue = [...requested];
  const seen = new Set<string>();
  const sources: SourceFile[] = [];
  while (queue.length) {
    const repositoryPath = queue.shift()!;
    if (seen.has(repositoryPath)) continue;
    seen.add(repositoryPath);
    const absolute = join(repo.root, repositoryPath);
    const size = (await stat(absolute).catch(() => undefined))?.size;
    if (size === undefined) continue;
    const text = size > MAX_DESCRIPTOR_BYTES ? '' : ((await repo.read(repositoryPath)) ?? '');
    sources.push({ path: displayPath(absolute, cwd), repositoryPath, text, size });
    for (const doc of parseDescriptorFile(repositoryPath, text).documents) {
      for (const target of locationTargets(repositoryPath, doc.value)) {
        if (target.repositoryPath !== undefined) queue.push(...(await repo.locate(target.repositoryPath)));
      }
    }
    if (text.includes('${{')) queue.push(...(await repo.templatesAbove(repositoryPath)));
  }
  return sources;
}
