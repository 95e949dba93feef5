/**
 * The scorecard facts action (actions/scorecard/action.yml): reads the workflow's reports (JUnit,
 * lcov, Cobertura, SARIF), turns them into CI facts, and writes them on the commit as the check run
 * "Callboard / CI facts", which the Callboard app reads when it scores the commit. A report it cannot
 * read is a warning on that file, never a failed step; only a usage mistake fails it.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { workflowCommand } from '../../../app/core/report/format-github.ts';
import { CI_FACTS_CHECK, ciFactsCheckOutput } from '../../../app/core/scorecard/ci-facts-check.ts';
import { ciFactsOf, MAX_CI_REPORT_BYTES } from '../../../app/core/scorecard/ci-reports/ci-facts.ts';
import { workflowRepository, type ActionIO } from '../../shared/action-io.ts';
import { UsageError } from '../../../app/forge/local/usage-error.ts';

export async function run(io: ActionIO): Promise<void> {
  try {
    const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
    const patterns = io
      .getInput('reports')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    if (patterns.some((p) => p.split('/').includes('..')))
      throw new UsageError('Input reports must name files inside the workspace (no "..")');
    const paths = (
      await glob(patterns, { cwd: workspace, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] })
    ).sort();
    const files = [];
    for (const path of paths) {
      // A report too large to be one is not read into memory at all.
      const { size } = await stat(resolve(workspace, path));
      if (size > MAX_CI_REPORT_BYTES)
        io.log(
          `${workflowCommand(
            'warning',
            [
              ['file', path],
              ['title', 'Callboard'],
            ],
            `${path} is ${Math.round(size / 1048576)} MB, over the ${MAX_CI_REPORT_BYTES / 1048576} MB a report may be; it was not read`,
          )}\n`,
        );
      else files.push({ path, text: await readFile(resolve(workspace, path), 'utf8') });
    }
    const { facts, problems } = ciFactsOf(files);
    for (const p of problems)
      io.log(
        `${workflowCommand(
          'warning',
          [
            ['file', p.path],
            ['line', p.line],
            ['col', p.column],
            ['title', 'Callboard'],
          ],
          p.message,
        )}\n`,
      );
    if (!paths.length)
      io.log(
        `${workflowCommand('warning', [['title', 'Callboard']], `No report matched ${patterns.join(', ')}; scorecards will say these facts were not reported`)}\n`,
      );

    const output = ciFactsCheckOutput(facts, new Date().toISOString());
    io.setOutput('tests', facts.tests?.count ?? '');
    io.setOutput('failures', facts.tests ? facts.tests.failures + facts.tests.errors : '');
    io.setOutput('coverage', facts.coverage?.lines ?? '');
    io.setOutput('static-analysis-results', facts.staticAnalysis?.results ?? '');
    const written = await writeCheckRun(io, output);
    io.setOutput('check-run-id', written ?? '');
    await io.writeSummary(`### ${CI_FACTS_CHECK}: ${output.title}\n\n${output.summary}\n`);
  } catch (e) {
    io.setFailed(
      e instanceof UsageError
        ? e.message
        : `Callboard failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
  }
}

/** The check run on the commit; undefined (with a warning) when the token may not write one. */
async function writeCheckRun(io: ActionIO, output: ReturnType<typeof ciFactsCheckOutput>): Promise<number | undefined> {
  const token = io.getInput('token');
  const repository = workflowRepository(io.context);
  if (!token || !repository)
    throw new UsageError('The action needs GITHUB_REPOSITORY and a token (input token, by default github.token)');
  const sha = io.getInput('sha').trim() || pullRequestHead(io.context) || io.context.sha;
  if (!sha || !/^[0-9a-f]{40}$/.test(sha))
    throw new UsageError(`Input sha must be a full commit SHA, not "${sha ?? ''}"`);
  try {
    const { data } = await io.octokit(token).request('POST /repos/{owner}/{repo}/check-runs', {
      ...repository,
      name: CI_FACTS_CHECK,
      head_sha: sha,
      status: 'completed',
      conclusion: 'neutral',
      output,
    });
    io.log(`${CI_FACTS_CHECK} written on ${sha}: ${output.title}\n`);
    return Number(data.id);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status !== 403 && status !== 404) throw e;
    io.log(
      `${workflowCommand('warning', [['title', 'Callboard']], 'The token may not write check runs (a fork\'s pull request, or the job lacks "permissions: checks: write"), so the app cannot read these facts; they are in the job summary')}\n`,
    );
    return undefined;
  }
}

/** On a pull request the workflow's GITHUB_SHA is a merge commit; the facts are for the head. */
function pullRequestHead(context: ActionIO['context']): string | undefined {
  if (!context.eventName.startsWith('pull_request')) return undefined;
  const head = (context.payload.pull_request as { head?: { sha?: unknown } } | undefined)?.head?.sha;
  return typeof head === 'string' ? head : undefined;
}
