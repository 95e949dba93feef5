/**
 * Pull requests by head branch: one per branch, found again by its head, so a redelivered event or
 * a restart never opens a second one. A closed pull request is left closed (callers decide whether
 * a closed PR means "no"); GitHub itself refuses a second open PR for a head, which settles races.
 */
import type { PullRequestFile, PullRequestRequest, PullRequestResult, RepositoryId } from '../types.ts';
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
