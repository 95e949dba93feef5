/**
 * `validate` on a folder: find the files, group them by repository, and hand each repository to the
 * core. The CLI and the action both call this, so they agree on every file and every problem.
 */
import { relative } from 'node:path';
import type { ContentWork } from '../../core/content-work.ts';
import { summarize, type ValidationReport } from '../../core/validate/validation-report.ts';
import { problem } from '../../core/validation/problem.ts';
import type { FileReport } from '../../core/validate/validation-report.ts';
import { displayPath, findDescriptorFiles } from './find-descriptor-files.ts';
import { repositoryRootOf } from './repository-reader.ts';
import { repositoryOnDisk } from './repository-files.ts';
import { byText } from '../../core/sort.ts';

export interface LocalValidationOptions {
  /** Where the files are checked: a worker with budgets (the CLI, the action). */
  work: ContentWork;
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
  /** The text of each file with problems, by its shown path, for quoting lines. */
  sources: Map<string, string>;
}

export async function validateLocalDescriptors(options: LocalValidationOptions): Promise<LocalValidation> {
  const { cwd } = options;
  // Loaded only with --schema-dir: checking users' schemas here needs the YAML parser and Ajv in this thread too.
  const userSchemas = options.schemaDir
    ? await (await import('./load-user-schemas.ts')).loadUserSchemas(options.schemaDir, cwd)
    : undefined;
  // Files of one repository are validated together (Locations, template skeletons, duplicates).
  const byRoot = new Map<string, string[]>();
  const found = await findDescriptorFiles(options.patterns, cwd);
  for (const { path, base } of found.files) {
    const root = options.root ?? repositoryRootOf(path, base);
    byRoot.set(root, [...(byRoot.get(root) ?? []), relative(root, path).split('\\').join('/')]);
  }
  const sources = new Map<string, string>();
  const reports = [];
  for (const [root, paths] of byRoot) {
    const checked = await options.work.checkDescriptors(repositoryOnDisk(root, cwd), {
      paths,
      ...(options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {}),
      ...(userSchemas ? { userSchemas } : {}),
    });
    for (const [path, text] of checked.texts) sources.set(path, text);
    reports.push(checked.report);
  }
  const links = found.links.map((link) => linkReport(displayPath(link.path, cwd), link.to));
  const report = summarize([...reports.flatMap((r) => r.files), ...links].sort((a, b) => byText(a.path, b.path)));
  return { report, sources };
}

/**
 * A symbolic link where a descriptor could be, said instead of silently skipped. Links are not
 * followed: on GitHub a link is its own entry, and Backstage reading the repository never reads
 * its target; on disk a link could lead out of the repository, or round in a loop.
 */
function linkReport(path: string, to: 'file' | 'folder'): FileReport {
  const said =
    to === 'file'
      ? problem(
          'warning',
          'symbolic-link',
          '',
          'The file is a symbolic link; it is not read (links are not followed, as Backstage reading the repository does not follow them)',
          {
            fix: 'Put the descriptor itself here, or point a Location at the file the link leads to.',
          },
        )
      : problem(
          'warning',
          'symbolic-link',
          '',
          'This folder is a symbolic link; the descriptors below it are not read (links are not followed)',
          {
            fix: 'Check the folder the link leads to by its own path, or replace the link with the files.',
          },
        );
  return { path, entities: [], problems: [{ ...said, line: 1, column: 1, endLine: 1, endColumn: 1, document: 0 }] };
}
