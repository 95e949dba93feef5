/**
 * The sticky comment: one comment per marker on an issue or pull request, created once, edited in
 * place (only when its text changed), removed when there is nothing to say. Only a comment Callboard
 * wrote is ever edited or removed, whatever text a human pastes.
 */
import type { CommentRequest, CommentResult } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { createOnce, NO_RETRY } from './create-once.ts';
import { isOurs, type ForgeIdentity } from './identity.ts';
import { LIMITS, markerComment, truncate } from './markers.ts';

export async function ensureComment(
  octokit: CallboardOctokit,
  identity: ForgeIdentity,
  request: CommentRequest,
): Promise<CommentResult> {
  const { repository, number } = request;
  const marker = markerComment(request.marker);
  const base = { owner: repository.owner, repo: repository.name };
  type Comment = { id: number; body?: string };
  const find = async (): Promise<Comment | undefined> => {
    const comments = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...base,
      issue_number: number,
      per_page: 100,
    });
    const mine = comments.find((c) => isOurs(c, identity) && (c.body ?? '').includes(marker));
    return mine && { id: Number(mine.id), ...(mine.body !== undefined ? { body: mine.body } : {}) };
  };
  const existing = await find();
  if (request.body === null) {
    if (!existing) return { outcome: 'unchanged' };
    await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...base,
      comment_id: existing.id,
    });
    return { outcome: 'deleted', id: existing.id };
  }
  const body = `${truncate(request.body, LIMITS.body - marker.length - 1)}\n${marker}`;
  if (existing) {
    if (existing.body === body) return { outcome: 'unchanged', id: existing.id };
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...base,
      comment_id: existing.id,
      body,
    });
    return { outcome: 'updated', id: existing.id };
  }
  const created = await createOnce(find, async () => {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...base,
      issue_number: number,
      body,
      ...NO_RETRY,
    });
    return { id: Number(data.id), body };
  });
  return { outcome: 'created', id: created.id };
}
