/**
 * Webhook payloads: GitHub's own examples (@octokit/webhooks-examples), as they are for the replay,
 * and one of them reshaped to name a repository and pull request that exist in the double.
 */
import { createRequire } from 'node:module';

interface ExampleGroup {
  name: string;
  examples: Record<string, unknown>[];
}

const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as ExampleGroup[];

/** Every example payload of these events, as [event, payload]. */
export function examplePayloads(events: readonly string[]): [string, Record<string, unknown>][] {
  return examples
    .filter((g) => events.includes(g.name))
    .flatMap((g) => g.examples.map((p): [string, Record<string, unknown>] => [g.name, p]));
}

export function example(event: string, action: string): Record<string, unknown> {
  const found = examples.find((g) => g.name === event)?.examples.find((p) => p.action === action);
  if (!found) throw new Error(`No example ${event}.${action}`);
  return structuredClone(found);
}

export interface PullRequestTarget {
  installationId: number;
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  head: string;
  base: string;
  headOwner?: string;
  /** The base branch's commit the pull request was opened against. */
  baseSha?: string;
  baseUrl: string;
}

/** GitHub's `pull_request` example, reshaped to point at a pull request that exists in the double. */
export function pullRequestPayload(
  action: 'opened' | 'synchronize' | 'closed',
  t: PullRequestTarget & { merged?: boolean },
): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an example reshaped in place
  const payload = example('pull_request', action) as Record<string, any>;
  const repository = {
    ...payload.repository,
    name: t.repo,
    full_name: `${t.owner}/${t.repo}`,
    html_url: `${t.baseUrl}/${t.owner}/${t.repo}`,
    default_branch: t.base,
    owner: { ...payload.repository.owner, login: t.owner },
  };
  const headOwner = t.headOwner ?? t.owner;
  const headRepo = {
    ...repository,
    full_name: `${headOwner}/${t.repo}`,
    owner: { ...repository.owner, login: headOwner },
    fork: headOwner !== t.owner,
  };
  payload.action = action;
  payload.number = t.number;
  payload.repository = repository;
  payload.installation = { id: t.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  payload.pull_request = {
    ...payload.pull_request,
    ...(action === 'closed' ? { state: 'closed', merged: t.merged ?? false } : {}),
    number: t.number,
    head: {
      ...payload.pull_request.head,
      ref: t.head,
      sha: t.headSha,
      repo: headRepo,
      label: `${headOwner}:${t.head}`,
    },
    base: {
      ...payload.pull_request.base,
      ref: t.base,
      ...(t.baseSha ? { sha: t.baseSha } : {}),
      repo: repository,
      label: `${t.owner}:${t.base}`,
    },
  };
  return payload;
}

/** GitHub's `installation.created` example, for an installation that exists in the double. */
export function installationCreatedPayload(installationId: number, account: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an example reshaped in place
  const payload = example('installation', 'created') as Record<string, any>;
  payload.installation = {
    ...payload.installation,
    id: installationId,
    account: { ...payload.installation.account, login: account, type: 'Organization' },
  };
  payload.repositories = [];
  return payload;
}

/** GitHub's `push` example, for a push that happened in the double. */
export function pushPayload(t: {
  installationId: number;
  owner: string;
  repo: string;
  before: string;
  after: string;
  modified: string[];
  added?: string[];
  removed?: string[];
  baseUrl: string;
  /** The pushed branch (default `main`, the default branch). */
  branch?: string;
  /** Who pushed: a person (the example's sender) unless a bot's login is given. */
  bot?: string;
}): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an example reshaped in place
  const payload = examples.find((g) => g.name === 'push')!.examples[0]! as Record<string, any>;
  const copy = structuredClone(payload);
  copy.ref = `refs/heads/${t.branch ?? 'main'}`;
  if (t.bot) copy.sender = { ...copy.sender, login: t.bot, type: 'Bot' };
  copy.before = t.before;
  copy.after = t.after;
  copy.deleted = false;
  copy.installation = { id: t.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  copy.repository = {
    ...copy.repository,
    name: t.repo,
    full_name: `${t.owner}/${t.repo}`,
    html_url: `${t.baseUrl}/${t.owner}/${t.repo}`,
    default_branch: 'main',
    master_branch: 'main',
    owner: { ...copy.repository.owner, login: t.owner, name: t.owner },
  };
  const commit = {
    ...(copy.commits[0] ?? copy.head_commit ?? {}),
    id: t.after,
    added: t.added ?? [],
    removed: t.removed ?? [],
    modified: t.modified,
  };
  copy.commits = [commit];
  copy.head_commit = commit;
  return copy;
}

/**
 * GitHub's `check_run.completed` example, for a check run written on a commit in the double (by a workflow, for
 * instance).
 */
export function checkRunCompletedPayload(t: {
  installationId: number;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  headBranch: string;
  appSlug: string;
  baseUrl: string;
  pullRequests?: { number: number; baseSha: string }[];
}): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an example reshaped in place
  const payload = example('check_run', 'completed') as Record<string, any>;
  payload.installation = { id: t.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  payload.repository = {
    ...payload.repository,
    name: t.repo,
    full_name: `${t.owner}/${t.repo}`,
    html_url: `${t.baseUrl}/${t.owner}/${t.repo}`,
    default_branch: 'main',
    owner: { ...payload.repository.owner, login: t.owner },
  };
  const pullRequests = (t.pullRequests ?? []).map((p) => ({
    ...payload.check_run.pull_requests?.[0],
    number: p.number,
    base: { ...payload.check_run.pull_requests?.[0]?.base, sha: p.baseSha },
  }));
  payload.check_run = {
    ...payload.check_run,
    name: t.name,
    head_sha: t.headSha,
    status: 'completed',
    app: { ...payload.check_run.app, slug: t.appSlug },
    check_suite: { ...payload.check_run.check_suite, head_sha: t.headSha, head_branch: t.headBranch },
    pull_requests: pullRequests,
  };
  return payload;
}

/** GitHub's `issue_comment.created` example: `login` commented `body` on an issue of a repository in the double. */
export function issueCommentPayload(t: {
  installationId: number;
  owner: string;
  repo: string;
  number: number;
  login: string;
  body: string;
  baseUrl: string;
}): Record<string, unknown> {
  const payload = inRepository(example('issue_comment', 'created'), t);
  payload.issue = { ...payload.issue, number: t.number };
  payload.comment = { ...payload.comment, body: t.body, user: { ...payload.comment.user, login: t.login } };
  payload.sender = { ...payload.sender, login: t.login };
  return payload;
}

/** GitHub's `issues.opened` example, for an issue a person opened in the double. */
export const issueOpenedPayload = (t: IssueTarget) => issuePayload('opened', t);

/** GitHub's `issues.edited` example, for an issue in the double edited by a person. */
export const issueEditedPayload = (t: IssueTarget) => issuePayload('edited', t);

interface IssueTarget {
  installationId: number;
  owner: string;
  repo: string;
  number: number;
  body: string;
  login: string;
  baseUrl: string;
}

function issuePayload(action: 'opened' | 'edited', t: IssueTarget): Record<string, unknown> {
  const payload = inRepository(example('issues', action), t);
  payload.issue = { ...payload.issue, number: t.number, body: t.body, user: { ...payload.issue.user, login: t.login } };
  payload.sender = { ...payload.sender, login: t.login, type: 'User' };
  return payload;
}

/** An example payload moved to a repository and installation of the double. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an example reshaped in place
function inRepository(example: Record<string, unknown>, t: PayloadTarget): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an example reshaped in place
  const payload = example as Record<string, any>;
  payload.installation = { id: t.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  payload.repository = {
    ...payload.repository,
    name: t.repo,
    full_name: `${t.owner}/${t.repo}`,
    html_url: `${t.baseUrl}/${t.owner}/${t.repo}`,
    owner: { ...payload.repository.owner, login: t.owner },
  };
  return payload;
}

interface PayloadTarget {
  installationId: number;
  owner: string;
  repo: string;
  baseUrl: string;
}
