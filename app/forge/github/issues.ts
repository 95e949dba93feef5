/**
 * An issue Callboard keeps (a dashboard, a progress board): found again by the hidden marker in
 * its body among the issues it opened, updated only when something changed.
 */
import type { IssueRequest, IssueResult } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { createOnce, NO_RETRY } from './create-once.ts';
import { isOurs, type ForgeIdentity } from './identity.ts';
import { LIMITS, markerComment, truncate } from './markers.ts';

type Issue = {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
};

export async function ensureIssue(
  octokit: CallboardOctokit,
  identity: ForgeIdentity,
  request: IssueRequest,
): Promise<IssueResult> {
  const { repository } = request;
  const base = { owner: repository.owner, repo: repository.name };
  const marker = markerComment(request.marker);
  const body = `${truncate(request.body, LIMITS.body - marker.length - 1)}\n${marker}`;
  const state = request.state ?? 'open';
  const labels = [...new Set(request.labels ?? [])].sort();
  const find = async () => {
    const issues = (await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      ...base,
      state: 'all',
      creator: identity.login,
      per_page: 100,
    })) as Issue[];
    return issues.find((i) => !i.pull_request && isOurs(i as never, identity) && (i.body ?? '').includes(marker));
  };
  const existing = await find();
  if (existing) {
    const current = existing.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).sort();
    const same =
      existing.title === request.title &&
      existing.body === body &&
      existing.state === state &&
      (!request.labels || current.join() === labels.join());
    if (same) return { outcome: 'unchanged', number: existing.number, url: existing.html_url };
    const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...base,
      issue_number: existing.number,
      title: request.title,
      body,
      state,
      ...(request.labels ? { labels } : {}),
    });
    return { outcome: 'updated', number: data.number, url: data.html_url };
  }
  const created = await createOnce(find, async () => {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...base,
      title: request.title,
      body,
      labels,
      ...NO_RETRY,
    });
    return data as Issue;
  });
  if (state === 'closed')
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...base,
      issue_number: created.number,
      state,
    });
  return { outcome: 'created', number: created.number, url: created.html_url };
}
