/**
 * `validate` on a folder: find the files, group them by repository, and hand each repository to the
 * core. The CLI and the action both call this, so they agree on every file and every problem.
 */
import { relative } from 'node:path';
import { collectDescriptorSources } from '../core/validate/collect-descriptor-sources.ts';
import { validateDescriptorFiles, type SourceFile } from '../core/validate/validate-descriptor-files.ts';
import { summarize, type ValidationReport } from '../core/validate/validation-report.ts';
import { createEntityValidator } from '../core/validation/validate-entity.ts';
import { findDescriptorFiles } from './find-descriptor-files.ts';
import { loadUserSchemas } from './load-user-schemas.ts';
import { repositoryRootOf } from './repository-reader.ts';
import { repositoryOnDisk } from './repository-files.ts';
import { byText } from '../core/sort.ts';

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
    const repo = repositoryOnDisk(root, cwd);
    const files = await collectDescriptorSources(repo, paths);
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
  const report = summarize(reports.flatMap((r) => r.files).sort((a, b) => byText(a.path, b.path)));
  return { report, sources: new Map(sources.map((s) => [s.path, s.text])) };
}
