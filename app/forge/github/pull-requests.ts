/**
 * Pull requests by head branch: one per branch, found again by its head, so a redelivered event or
 * a restart never opens a second one. A closed pull request is left closed (callers decide whether
 * a closed PR means "no"); GitHub itself refuses a second open PR for a head, which settles races.
 */
import type { Outcome, PullRequestFile, PullRequestRequest, PullRequestResult, RepositoryId } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { createOnce, NO_RETRY } from './create-once.ts';
import { LIMITS, truncate } from './markers.ts';

type Pull = {
  number: number;
  html_url: string;
  state: string;
  merged_at?: string | null;
  title: string;
  body?: string | null;
};

export async function ensurePullRequest(
  octokit: CallboardOctokit,
  request: PullRequestRequest,
): Promise<PullRequestResult> {
  const { repository } = request;
  const body = truncate(request.body, LIMITS.body);
  const open = await findPull(octokit, request, 'open');
  if (open) {
    if (open.title === request.title && (open.body ?? '') === body) return result(open, 'unchanged');
    const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: repository.owner,
      repo: repository.name,
      pull_number: open.number,
      title: request.title,
      body,
    });
    return result(data, 'updated');
  }
  const closed = await findPull(octokit, request, 'closed');
  if (closed) return result(closed, 'unchanged');
  const created = await createOnce(
    () => findPull(octokit, request, 'open'),
    async () => {
      try {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
          owner: repository.owner,
          repo: repository.name,
          head: request.head,
          base: request.base,
          title: request.title,
          body,
          draft: request.draft ?? false,
          ...NO_RETRY,
        });
        return data as Pull;
      } catch (error) {
        // Another delivery opened it first: GitHub allows one open pull request per head.
        const found =
          (error as { status?: number }).status === 422 ? await findPull(octokit, request, 'open') : undefined;
        if (found) return found;
        throw error;
      }
    },
  );
  return result(created, 'created');
}

async function findPull(
  octokit: CallboardOctokit,
  request: PullRequestRequest,
  state: 'open' | 'closed',
): Promise<Pull | undefined> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
    owner: request.repository.owner,
    repo: request.repository.name,
    head: `${request.repository.owner}:${request.head}`,
    base: request.base,
    state,
    per_page: 1,
  });
  return (data as Pull[])[0];
}

function result(pull: Pull, outcome: PullRequestResult['outcome']): PullRequestResult {
  const state = pull.state === 'open' ? 'open' : pull.merged_at ? 'merged' : 'closed';
  return { outcome, number: pull.number, url: pull.html_url, state };
}

export async function listPullRequestFiles(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  number: number,
): Promise<PullRequestFile[]> {
  const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: repository.owner,
    repo: repository.name,
    pull_number: number,
    per_page: 100,
  });
  return files.map((f) => ({
    path: f.filename,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    status: f.status,
  }));
}

/** A pull request's state, title or text, open or closed; only what differs is sent. */
export async function updatePullRequest(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  number: number,
  fields: { state?: 'open' | 'closed'; title?: string; body?: string },
): Promise<Outcome> {
  const base = { owner: repository.owner, repo: repository.name, pull_number: number };
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', base);
  const body = fields.body === undefined ? undefined : truncate(fields.body, LIMITS.body);
  const changed = {
    ...(fields.state !== undefined && fields.state !== data.state ? { state: fields.state } : {}),
    ...(fields.title !== undefined && fields.title !== data.title ? { title: fields.title } : {}),
    ...(body !== undefined && body !== (data.body ?? '') ? { body } : {}),
  };
  if (!Object.keys(changed).length) return 'unchanged';
  await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, ...changed });
  return 'updated';
}

/**
 * Asks a team to review. A team GitHub will not ask (no such team, or no access to the repository)
 * answers 422: nothing is asked, and that is not an error — the pull request stands without it.
 */
export async function requestTeamReview(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  number: number,
  teamSlug: string,
): Promise<Outcome> {
  try {
    await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      owner: repository.owner,
      repo: repository.name,
      pull_number: number,
      team_reviewers: [teamSlug],
    });
    return 'updated';
  } catch (error) {
    if ((error as { status?: number }).status === 422) return 'unchanged';
    throw error;
  }
}

export async function addLabels(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  number: number,
  labels: readonly string[],
): Promise<Outcome> {
  if (!labels.length) return 'unchanged';
  await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
    owner: repository.owner,
    repo: repository.name,
    issue_number: number,
    labels: [...labels],
  });
  return 'updated';
}
