/**
 * The "Callboard / descriptors" check: validates a repository's descriptors at one commit (the root
 * catalog-info.yaml, what its Locations lead to, and every changed descriptor) and reports on the
 * commit as a check run: every problem in a changed file annotated on its line, the summary table
 * the validation action writes, failure only for errors.
 */
import { posix } from 'node:path';
import { formatSummary } from '../core/report/format-summary.ts';
import { problemText } from '../core/report/problem-text.ts';
import { collectDescriptorSources } from '../core/validate/collect-descriptor-sources.ts';
import { validateDescriptorFiles } from '../core/validate/validate-descriptor-files.ts';
import { summarize, type FileReport } from '../core/validate/validation-report.ts';
import { createEntityValidator } from '../core/validation/validate-entity.ts';
import { forgeDescriptorRepository } from '../forge/forge-descriptor-repository.ts';
import type { CheckAnnotation, Forge, RepositoryId } from '../forge/types.ts';
import type { Job } from './job-queue.ts';

export const DESCRIPTORS_CHECK = 'Callboard / descriptors';

export interface ValidateDescriptorsData {
  installationId: number;
  repository: RepositoryId;
  htmlUrl: string;
  headSha: string;
  /** The pull request whose changed files are checked; else `changedPaths`, else every descriptor found. */
  pullRequest?: number;
  changedPaths?: string[];
}

export interface JobDeps {
  forgeFor(installationId: number): Promise<Forge>;
}

const isDescriptorName = (path: string) => /^catalog-info\.ya?ml$/.test(posix.basename(path));

export function validateDescriptors(deps: JobDeps) {
  const validator = createEntityValidator();
  return async (job: Job<ValidateDescriptorsData>) => {
    const { installationId, repository, headSha, htmlUrl } = job.data;
    const forge = await deps.forgeFor(installationId);
    const changed = job.data.pullRequest
      ? (await forge.listPullRequestFiles(repository, job.data.pullRequest)).filter((f) => f.status !== 'removed').map((f) => f.path)
      : job.data.changedPaths;
    const repo = forgeDescriptorRepository(forge, repository, headSha);
    const sources = await collectDescriptorSources(repo, ['catalog-info.yaml', ...(changed ?? []).filter(isDescriptorName)]);
    const report = await validateDescriptorFiles(sources, {
      validator,
      read: repo.read,
      locate: repo.locate,
      repositoryUrl: htmlUrl,
    });
    // Judge the change, not the repository's past: only changed files count (all of them without a change set).
    const judged = summarize(changed ? report.files.filter((f) => changed.includes(f.path)) : report.files);
    const { errors, warnings, files } = judged.summary;
    const linkTo = (path: string, line: number) => `${htmlUrl}/blob/${headSha}/${encodeURI(path)}#L${line}`;
    await forge.ensureCheckRun({
      repository,
      headSha,
      name: DESCRIPTORS_CHECK,
      status: 'completed',
      conclusion: errors ? 'failure' : 'success',
      title: files === 0 ? 'No catalog descriptor changed' : `${errors} errors, ${warnings} warnings in ${files} descriptor files`,
      summary: formatSummary(judged, linkTo),
      annotations: judged.files.flatMap(annotationsOf),
    });
  };
}

function annotationsOf(file: FileReport): CheckAnnotation[] {
  return file.problems.map((p) => ({
    path: file.path,
    startLine: p.line,
    endLine: p.endLine,
    ...(p.line === p.endLine ? { startColumn: p.column, endColumn: p.endColumn } : {}),
    level: p.severity === 'error' ? 'failure' : 'warning',
    title: `Callboard: ${p.rule}`,
    message: problemText(p),
  }));
}
