/**
 * The descriptor validation action (root action.yml): validates descriptors in the workspace,
 * annotates every problem on its line, writes a job summary, sets outputs, and fails the step
 * when there are errors (or warnings, with fail-on-warnings).
 */
import { resolve } from 'node:path';
import { formatGithub } from '../../../app/core/report/format-github.ts';
import { formatSummary } from '../../../app/core/report/format-summary.ts';
import { DEFAULT_PATTERN } from '../../../app/forge/local/find-descriptor-files.ts';
import { asUsageError, UsageError } from '../../../app/forge/local/usage-error.ts';
import { validateLocalDescriptors } from '../../../app/forge/local/validate-local-descriptors.ts';
import { count } from '../../../app/core/words.ts';
import { workflowRepository, type ActionIO } from '../../shared/action-io.ts';

/** GitHub shows this many annotations of each kind per step (actions/toolkit, docs/problem-matchers.md). */
const ANNOTATIONS_SHOWN = 10;

export async function run(io: ActionIO): Promise<void> {
  try {
    const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
    const patterns = io
      .getInput('path')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    const schemaDir = io.getInput('schema-dir').trim();
    const failOnWarnings = booleanInput(io, 'fail-on-warnings');
    const repository = workflowRepository(io.context);
    const repositoryUrl = repository && `${io.context.serverUrl}/${repository.owner}/${repository.repo}`;
    const { sha } = io.context;

    const { report } = await validateLocalDescriptors({
      work: io.work,
      patterns: patterns.length ? patterns : [DEFAULT_PATTERN],
      cwd: workspace,
      ...(schemaDir ? { schemaDir: resolve(workspace, schemaDir) } : {}),
      ...(repositoryUrl ? { repositoryUrl } : {}),
    });
    const { entities, errors, warnings } = report.summary;
    io.log(formatGithub(report));
    if (errors > ANNOTATIONS_SHOWN || warnings > ANNOTATIONS_SHOWN) {
      io.log(
        `::notice title=Callboard::GitHub shows ${ANNOTATIONS_SHOWN} error and ${ANNOTATIONS_SHOWN} warning annotations per step; the job summary lists all ${errors + warnings} problems.\n`,
      );
    }
    io.setOutput('entities', entities);
    io.setOutput('errors', errors);
    io.setOutput('warnings', warnings);
    const linkTo =
      repositoryUrl && sha
        ? (path: string, line: number) => `${repositoryUrl}/blob/${sha}/${encodeURI(path)}#L${line}`
        : undefined;
    await io.writeSummary(formatSummary(report, linkTo));
    if (errors > 0) io.setFailed(`${count(errors, 'error')} in catalog descriptors; see the annotations`);
    else if (failOnWarnings && warnings > 0)
      io.setFailed(`${count(warnings, 'warning')} in catalog descriptors, and fail-on-warnings is set`);
  } catch (e) {
    // A mistake in the inputs (a path that matches nothing) fails the step with what to fix; anything else is a bug,
    // with its stack.
    const mistake = asUsageError(e);
    io.setFailed(
      mistake ? mistake.message : `Callboard failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
  }
}

/** YAML 1.2 booleans, as the runner's own getBooleanInput accepts them; anything else is a mistake. */
function booleanInput(io: ActionIO, name: string): boolean {
  const value = io.getInput(name).trim();
  if (['', 'false', 'False', 'FALSE'].includes(value)) return false;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  throw new UsageError(`Input ${name} must be true or false, not "${value}"`);
}
