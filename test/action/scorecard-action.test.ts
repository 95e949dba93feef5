/**
 * The scorecard facts action (dist/scorecard/index.js) run as the runner runs it, against the GitHub
 * double with a workflow's own token: the facts written as a check run on the pull request's head,
 * a broken report annotated and skipped, and a fork's read-only token leaving the facts in the job
 * summary without failing the step.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCiFactsCheck } from '../../app/core/scorecard/ci-facts-check.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { startDouble } from '../support/github.ts';
import { runAction } from '../support/run-action.ts';
import { tempRepo } from '../support/temp-repo.ts';

let double: GithubDouble;
const SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'ESLint' } },
      results: [
        { level: 'error', message: { text: 'x' } },
        { level: 'warning', message: { text: 'y' } },
      ],
    },
  ],
});
const workspace = tempRepo({
  'junit.xml': '<testsuite name="t"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>',
  'eslint.sarif': SARIF,
  'broken.xml': '<testsuite><testcase name="a">\n</testsuite>',
});

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'player', files: { 'README.md': '#\n' } });
});
afterAll(() => double.close());

const step = (inputs: Record<string, string>, token: string, env: Record<string, string> = {}) =>
  runAction('scorecard/index.js', {
    workspace,
    inputs: { sha: '', ...inputs, token },
    env: {
      GITHUB_REPOSITORY: 'acme/player',
      GITHUB_SHA: double.branchHead('acme', 'player', 'main')!,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_API_URL: `${double.url}/api/v3`,
      ...env,
    },
  });

describe('the scorecard facts action', () => {
  it("writes the facts on the pull request's head as a check run the app can read, and annotates a report it cannot read", async () => {
    const pr = double.openPullRequest({ owner: 'acme', repo: 'player', head: 'feature', files: { 'src.ts': 'x\n' } });
    const event = join(workspace, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { head: { sha: pr.headSha } } }));
    const { token } = double.issueWorkflowToken({ owner: 'acme', repo: 'player' });
    const run = await step({ reports: '*.xml\n*.sarif' }, token, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/::warning file=broken\.xml,line=\d+,col=\d+,title=Callboard::/);
    expect(run.outputs).toMatchObject({ tests: '2', failures: '1', coverage: '', 'static-analysis-results': '2' });
    const written = double
      .checkRuns('acme', 'player')
      .find((r) => r.name === 'Callboard / CI facts' && r.headSha === pr.headSha)!;
    expect(written).toMatchObject({ conclusion: 'neutral', title: '2 tests, 1 failing; 2 static analysis findings' });
    expect(readCiFactsCheck(written.text)).toMatchObject({
      facts: {
        tests: { count: 2, failures: 1, files: ['junit.xml'] },
        staticAnalysis: { tools: ['ESLint'], errors: 1 },
      },
    });
    expect(run.summary).toContain('| Tests | 2 run, 1 passed, 1 failed, 0 errors, 0 skipped | `junit.xml` |');
  });

  it("with a read-only token (a fork's pull request) keeps the facts in the job summary and does not fail", async () => {
    const { token } = double.issueWorkflowToken({
      owner: 'acme',
      repo: 'player',
      permissions: { checks: 'read', contents: 'read' },
    });
    const run = await step({ reports: 'junit.xml' }, token);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::warning title=Callboard::The token may not write check runs');
    expect(run.outputs['check-run-id']).toBe('');
    expect(run.summary).toContain('### Callboard / CI facts: 2 tests, 1 failing');
  });

  it('fails only on a usage mistake, saying what to do', async () => {
    const { token } = double.issueWorkflowToken({ owner: 'acme', repo: 'player' });
    const run = await step({ reports: '../elsewhere/*.xml' }, token);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::Input reports must name files inside the workspace (no "..")');
  });
});
