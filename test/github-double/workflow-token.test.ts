import { Octokit } from '@octokit/core';
import { describe, expect, it } from 'vitest';
import { APP_ID, graphql, useDouble } from './fixture.ts';

let installation = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'README.md': '# svc\n' } });
  double.addRepository({ owner: 'acme', name: 'web' });
  installation = double.addInstallation({ account: 'acme' }).id;
});

const ACTIONS_APP_ID = 15368;
const FACTS = 'Callboard / CI facts';
const FORBIDDEN = 'Resource not accessible by integration';

/** A client as a workflow step builds one from GITHUB_TOKEN (`@octokit/core`, as Callboard's Action does). */
function workflowClient(permissions?: Record<string, 'read' | 'write' | 'none'>, repo = 'svc') {
  const { token } = fixture.double.issueWorkflowToken({ owner: 'acme', repo, ...(permissions ? { permissions } : {}) });
  return { token, octokit: new Octokit({ auth: token, baseUrl: `${fixture.double.url}/api/v3` }) };
}

/** A fresh commit on its own branch, so each test sees only its own check runs. */
const commit = (branch: string) =>
  fixture.double.pushCommit({ owner: 'acme', repo: 'svc', branch, files: { [`${branch}.txt`]: branch } });

async function factsRun(octokit: Octokit, sha: string) {
  return octokit.request('POST /repos/{owner}/{repo}/check-runs', {
    owner: 'acme',
    repo: 'svc',
    name: FACTS,
    head_sha: sha,
    conclusion: 'neutral',
    output: { title: '3 facts', summary: 'Coverage 81%', text: '```json\n{"coverage":81}\n```' },
  });
}

describe('a workflow token (GITHUB_TOKEN)', () => {
  it('creates a check run that GitHub Actions owns, with its output kept', async () => {
    const { octokit } = workflowClient();
    const sha = commit('facts');
    const created = await factsRun(octokit, sha);
    expect(created.status).toBe(201);
    expect(created.data.app).toMatchObject({
      id: ACTIONS_APP_ID,
      slug: 'github-actions',
      name: 'GitHub Actions',
      owner: { login: 'github', type: 'Organization' },
    });
    expect(created.data.output).toMatchObject({
      title: '3 facts',
      summary: 'Coverage 81%',
      text: '```json\n{"coverage":81}\n```',
    });
    const suite = await octokit.request('GET /repos/{owner}/{repo}/check-suites/{check_suite_id}', {
      owner: 'acme',
      repo: 'svc',
      check_suite_id: Number(created.data.check_suite?.id),
    });
    expect(suite.data).toMatchObject({
      head_sha: sha,
      head_branch: 'facts',
      status: 'completed',
      conclusion: 'neutral',
      app: { id: ACTIONS_APP_ID, slug: 'github-actions' },
    });
    expect(fixture.double.checkRuns('acme', 'svc').find((r) => r.id === created.data.id)).toMatchObject({
      name: FACTS,
      text: '```json\n{"coverage":81}\n```',
    });
  });

  it('sees only its own repository: another one is Not Found', async () => {
    const { token, octokit } = workflowClient();
    expect((await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'svc' })).data.full_name).toBe(
      'acme/svc',
    );
    await expect(octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'web' })).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('Not Found'),
    });
    const sha = fixture.double.branchHead('acme', 'web', 'main') ?? '';
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: 'acme',
        repo: 'web',
        name: FACTS,
        head_sha: sha,
      }),
    ).rejects.toMatchObject({ status: 404 });
    const listed = await fixture.fetch('/installation/repositories', { token });
    expect(
      ((await listed.json()) as { repositories: { full_name: string }[] }).repositories.map((r) => r.full_name),
    ).toEqual(['acme/svc']);
    // An app JWT's endpoints are not a workflow token's.
    expect((await fixture.fetch('/app', { token })).status).toBe(401);
  });

  it('is refused what its permissions do not allow: 403 Resource not accessible by integration', async () => {
    const sha = commit('fork-pr');
    const { octokit: readOnly } = workflowClient({ checks: 'read' });
    await expect(factsRun(readOnly, sha)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(FORBIDDEN),
    });
    expect(fixture.double.checkRuns('acme', 'svc').filter((r) => r.headSha === sha)).toEqual([]);
    // Reading what it may read still works; contents were not granted at all.
    expect(
      (
        await readOnly.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
          owner: 'acme',
          repo: 'svc',
          ref: sha,
        })
      ).data.total_count,
    ).toBe(0);
    await expect(
      readOnly.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: 'acme', repo: 'svc', path: 'README.md' }),
    ).rejects.toMatchObject({ status: 403 });
    // The default token reads contents and pull requests, and writes only checks.
    const { token, octokit } = workflowClient();
    expect(
      (
        await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: 'acme',
          repo: 'svc',
          path: 'README.md',
        })
      ).status,
    ).toBe(200);
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'svc', title: 'x' }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining(FORBIDDEN) });
    const head = fixture.double.branchHead('acme', 'svc', 'fork-pr') ?? '';
    const mutation = `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`;
    const input = {
      branch: { repositoryNameWithOwner: 'acme/svc', branchName: 'fork-pr' },
      message: { headline: 'x' },
      fileChanges: { additions: [{ path: 'x.txt', contents: 'eA==' }] },
      expectedHeadOid: head,
    };
    const answer = await graphql(fixture, token, mutation, { input });
    expect(answer.body.errors).toMatchObject([{ type: 'FORBIDDEN', message: FORBIDDEN }]);
    expect(fixture.double.branchHead('acme', 'svc', 'fork-pr')).toBe(head);
  });

  it('writes as github-actions[bot] where it may write', async () => {
    const { octokit } = workflowClient({ issues: 'write' });
    const issue = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      owner: 'acme',
      repo: 'svc',
      title: 'Scorecard',
    });
    expect(issue.data.user).toMatchObject({
      login: 'github-actions[bot]',
      type: 'Bot',
      html_url: `${fixture.double.url}/apps/github-actions`,
    });
    expect(issue.data.performed_via_github_app).toMatchObject({ id: ACTIONS_APP_ID, slug: 'github-actions' });
  });
});

describe('check runs of several apps on one commit', () => {
  it("are all listed to Callboard's installation token, and app_id and check_name pick among them", async () => {
    const sha = commit('both');
    const facts = (await factsRun(workflowClient().octokit, sha)).data;
    const callboard = fixture.client(installation);
    const ours = (
      await callboard.rest.checks.create({
        owner: 'acme',
        repo: 'svc',
        name: 'Callboard / scorecard',
        head_sha: sha,
        status: 'in_progress',
      })
    ).data;
    const all = await callboard.rest.checks.listForRef({ owner: 'acme', repo: 'svc', ref: sha });
    expect(all.data.check_runs.map((r) => [r.name, r.app?.slug]).sort()).toEqual([
      ['Callboard / CI facts', 'github-actions'],
      ['Callboard / scorecard', 'callboard'],
    ]);
    const byActions = await callboard.rest.checks.listForRef({
      owner: 'acme',
      repo: 'svc',
      ref: sha,
      app_id: ACTIONS_APP_ID,
    });
    expect(byActions.data.check_runs.map((r) => r.id)).toEqual([facts.id]);
    expect(byActions.data.check_runs[0]?.output.text).toBe('```json\n{"coverage":81}\n```');
    const byName = await callboard.rest.checks.listForRef({
      owner: 'acme',
      repo: 'svc',
      ref: 'both',
      check_name: 'Callboard / scorecard',
    });
    expect(byName.data.check_runs.map((r) => r.id)).toEqual([ours.id]);
    expect(
      (
        await callboard.rest.checks.listForRef({
          owner: 'acme',
          repo: 'svc',
          ref: sha,
          app_id: APP_ID,
          check_name: FACTS,
        })
      ).data.total_count,
    ).toBe(0);
    expect(
      (
        await callboard.rest.checks.listForRef({ owner: 'acme', repo: 'svc', ref: sha, status: 'in_progress' })
      ).data.check_runs.map((r) => r.id),
    ).toEqual([ours.id]);
    // One suite per app on the commit, each showing its app.
    expect(facts.check_suite?.id).not.toBe(ours.check_suite?.id);
    const suites = await callboard.rest.checks.listSuitesForRef({ owner: 'acme', repo: 'svc', ref: sha });
    expect(suites.data.check_suites.map((s) => [s.app?.slug, s.status, s.latest_check_runs_count])).toEqual([
      ['github-actions', 'completed', 1],
      ['callboard', 'in_progress', 1],
    ]);
  });

  it('keep each app to one suite per commit, and filter=latest keeps the newest run of each name in each', async () => {
    const sha = commit('again');
    const { octokit } = workflowClient();
    const first = (await factsRun(octokit, sha)).data;
    const second = (await factsRun(workflowClient().octokit, sha)).data;
    expect(second.check_suite?.id).toBe(first.check_suite?.id);
    const callboard = fixture.client(installation);
    // The same name from another app is another suite's: both stay in the latest.
    const ours = (
      await callboard.rest.checks.create({
        owner: 'acme',
        repo: 'svc',
        name: FACTS,
        head_sha: sha,
        conclusion: 'success',
      })
    ).data;
    const latest = await callboard.rest.checks.listForRef({ owner: 'acme', repo: 'svc', ref: sha });
    expect(latest.data.check_runs.map((r) => r.id)).toEqual([ours.id, second.id]);
    expect(
      (await callboard.rest.checks.listForRef({ owner: 'acme', repo: 'svc', ref: sha, filter: 'all' })).data
        .total_count,
    ).toBe(3);
    const inSuite = await callboard.rest.checks.listForSuite({
      owner: 'acme',
      repo: 'svc',
      check_suite_id: first.check_suite?.id ?? 0,
      filter: 'all',
    });
    expect(inSuite.data.check_runs.map((r) => r.id)).toEqual([second.id, first.id]);
  });

  it('may be updated only by the app that created them', async () => {
    const sha = commit('owned');
    const { octokit } = workflowClient();
    const facts = (await factsRun(octokit, sha)).data;
    const callboard = fixture.client(installation);
    await expect(
      callboard.rest.checks.update({
        owner: 'acme',
        repo: 'svc',
        check_run_id: Number(facts.id),
        conclusion: 'failure',
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(
        `Invalid app_id \`${ACTIONS_APP_ID}\` - check run can only be modified by the GitHub App that created it.`,
      ),
    });
    const ours = (
      await callboard.rest.checks.create({
        owner: 'acme',
        repo: 'svc',
        name: 'Callboard / scorecard',
        head_sha: sha,
        status: 'in_progress',
      })
    ).data;
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner: 'acme',
        repo: 'svc',
        check_run_id: ours.id,
        conclusion: 'success',
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(`Invalid app_id \`${APP_ID}\``),
    });
    const own = await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      owner: 'acme',
      repo: 'svc',
      check_run_id: facts.id,
      conclusion: 'success',
    });
    expect(own.data.conclusion).toBe('success');
    expect(
      fixture.double
        .checkRuns('acme', 'svc')
        .filter((r) => r.headSha === sha)
        .map((r) => r.conclusion)
        .sort(),
    ).toEqual([null, 'success']);
  });
});

describe("a workflow token's rate limit", () => {
  it("is 1,000 requests an hour per repository, shared by the repository's workflow tokens and apart from the installation's", async () => {
    const svc = async (token: string) => (await fixture.fetch('/repos/acme/svc', { token })).headers;
    const first = await svc(workflowClient().token);
    expect(first.get('x-ratelimit-limit')).toBe('1000');
    expect(first.get('x-ratelimit-resource')).toBe('core');
    const second = await svc(workflowClient().token);
    expect(Number(second.get('x-ratelimit-used'))).toBe(Number(first.get('x-ratelimit-used')) + 1);
    const web = await fixture.fetch('/repos/acme/web', { token: workflowClient(undefined, 'web').token });
    expect(web.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(web.headers.get('x-ratelimit-used')).toBe('1');
    expect((await svc(await fixture.token(installation))).get('x-ratelimit-limit')).toBe('5000');
  });

  it("names GitHub Actions' installation when it is spent", async () => {
    const { token } = workflowClient();
    fixture.double.faults.add({ kind: 'primary-rate-limit', resetInSeconds: 60, count: 1 });
    const answer = await fixture.fetch('/repos/acme/svc', { token });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('x-ratelimit-limit')).toBe('1000');
    const { message } = (await answer.json()) as { message: string };
    expect(message).toMatch(/^API rate limit exceeded for installation ID \d+\.$/);
    expect(message).not.toContain(String(installation));
  });
});
