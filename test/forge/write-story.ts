/**
 * A story of writes Callboard makes (a migration branch with three files, its pull request, a
 * check run with 120 annotations, a sticky comment, a dashboard issue), and the end state it leaves,
 * normalised so that two repositories' states can be compared. Used by the fault test and the bench.
 */
import type { Forge, RepositoryId } from '../../app/forge/types.ts';
import type { Fault, GithubDouble } from '../github-double/index.ts';

export const STORY_BRANCH = 'callboard/migrations/node-24';

export async function runStory(forge: Forge, repository: RepositoryId) {
  const commit = await forge.commitFiles({
    repository,
    branch: STORY_BRANCH,
    message: 'Move to Node 24',
    changes: () => [
      { path: '.nvmrc', content: '24\n' },
      { path: 'package.json', content: '{ "engines": { "node": ">=24" } }\n' },
      { path: 'catalog-info.yaml', content: 'apiVersion: backstage.io/v1alpha1\nkind: Component\n' },
    ],
  });
  const pr = await forge.ensurePullRequest({
    repository,
    head: STORY_BRANCH,
    base: 'main',
    title: 'Move to Node 24',
    body: 'Part of the node-24 migration.',
  });
  const annotations = Array.from({ length: 120 }, (_, i) => ({
    path: 'catalog-info.yaml',
    startLine: i + 1,
    endLine: i + 1,
    level: 'warning' as const,
    message: `note ${i}`,
  }));
  const check = await forge.ensureCheckRun({
    repository,
    headSha: commit.sha,
    name: 'Callboard / descriptors',
    status: 'completed',
    conclusion: 'success',
    title: 'ok',
    summary: 'All good',
    annotations,
  });
  const comment = await forge.ensureComment({
    repository,
    number: pr.number,
    marker: 'ownership',
    body: 'Owned by team-a',
  });
  const issue = await forge.ensureIssue({
    repository,
    marker: 'migration:node-24',
    title: 'Node 24 migration',
    body: '1 of 1 pull requests open',
    labels: ['callboard'],
  });
  return {
    commit: commit.outcome,
    pr: pr.outcome,
    check: check.outcome,
    comment: comment.outcome,
    issue: issue.outcome,
    commitRetries: commit.retries,
  };
}

/** What a person sees afterwards, without ids, shas or timestamps. */
export function endState(double: GithubDouble, owner: string, repo: string) {
  const branchCommits = double.commits(owner, repo, STORY_BRANCH).filter((c) => c.author === 'callboard[bot]');
  const runs = double.checkRuns(owner, repo).filter((r) => r.name === 'Callboard / descriptors');
  const latest = runs.at(-1);
  return {
    files: Object.fromEntries(
      ['.nvmrc', 'package.json', 'catalog-info.yaml'].map((p) => [p, double.readFile(owner, repo, p, STORY_BRANCH)]),
    ),
    commitsByCallboard: branchCommits.length,
    pullRequests: double
      .pullRequests(owner, repo)
      .filter((p) => p.head === STORY_BRANCH)
      .map((p) => ({ title: p.title, body: p.body, state: p.state })),
    latestCheckRun: latest && {
      status: latest.status,
      conclusion: latest.conclusion,
      summary: latest.summary,
      annotations: latest.annotations.length,
    },
    comments: double
      .comments(owner, repo, double.pullRequests(owner, repo).find((p) => p.head === STORY_BRANCH)?.number ?? 0)
      .filter((c) => c.author === 'callboard[bot]')
      .map((c) => c.body),
    issues: double
      .issues(owner, repo)
      .filter((i) => i.author === 'callboard[bot]')
      .map((i) => ({ title: i.title, body: i.body, labels: i.labels })),
  };
}

/** Every kind of trouble GitHub can cause, spread over the story's requests. */
export function stormFaults(owner: string, repo: string): Fault[] {
  return [
    { kind: 'status', status: 502, count: 3, match: { graphql: 'query' } },
    { kind: 'move-ref', owner, repo, branch: STORY_BRANCH, count: 1 },
    { kind: 'lose-answer', count: 1, match: { graphql: 'mutation' } },
    {
      kind: 'secondary-rate-limit',
      status: 403,
      retryAfter: 2,
      count: 2,
      match: { method: 'POST', route: '/repos/{owner}/{repo}/pulls' },
    },
    { kind: 'lose-answer', count: 1, match: { method: 'POST', route: '/repos/{owner}/{repo}/pulls' } },
    { kind: 'status', status: 500, count: 1, match: { method: 'POST', route: '/repos/{owner}/{repo}/check-runs' } },
    {
      kind: 'lose-answer',
      count: 1,
      match: { method: 'PATCH', route: '/repos/{owner}/{repo}/check-runs/{check_run_id}' },
    },
    {
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfter: 1,
      count: 1,
      match: { method: 'PATCH', route: '/repos/{owner}/{repo}/check-runs/{check_run_id}' },
    },
    {
      kind: 'drop-connection',
      count: 1,
      match: { method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
    },
    {
      kind: 'lose-answer',
      count: 1,
      match: { method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
    },
    {
      kind: 'primary-rate-limit',
      resetInSeconds: 1,
      count: 1,
      match: { method: 'GET', route: '/repos/{owner}/{repo}/issues' },
    },
    { kind: 'lose-answer', count: 1, match: { method: 'POST', route: '/repos/{owner}/{repo}/issues' } },
    { kind: 'delay', ms: 300, count: 3 },
    { kind: 'status', status: 503, count: 2 },
  ];
}
