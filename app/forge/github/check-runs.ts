/**
 * One check run per (commit, name), written idempotently. The run's `external_id` carries a hash of
 * everything it shows, set only once every annotation batch is in: a redelivered event finds an
 * identical finished run and leaves it alone. Annotations append across requests (GitHub takes 50
 * per request), so a batch whose answer was lost is verified by the run's annotation count before
 * it is sent again; a run left half-written is superseded by a fresh one, never appended to twice.
 */
import { createHash } from 'node:crypto';
import type { CheckAnnotation, CheckRunRequest, CheckRunResult } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { createOnce, NO_RETRY, outcomeUnknown } from './create-once.ts';
import { isOurs, type ForgeIdentity } from './identity.ts';
import { clip, LIMITS, truncate } from './markers.ts';

type Run = {
  id: number;
  status: string;
  external_id: string | null;
  app?: { id?: number } | null;
  output: { annotations_count: number };
};

export async function ensureCheckRun(
  octokit: CallboardOctokit,
  identity: ForgeIdentity,
  request: CheckRunRequest,
): Promise<CheckRunResult> {
  const { repository } = request;
  const base = { owner: repository.owner, repo: repository.name };
  const output = {
    title: clip(request.title, 1000),
    summary: truncate(request.summary, LIMITS.checkOutput),
    ...(request.text ? { text: truncate(request.text, LIMITS.checkOutput) } : {}),
  };
  const annotations = (request.annotations ?? []).map(toGithubAnnotation);
  const hash = createHash('sha256')
    .update(JSON.stringify([request.status, request.conclusion, output, annotations, request.detailsUrl]))
    .digest('hex')
    .slice(0, 20);
  const doneId = `${request.externalId ?? 'callboard'}@${hash}`;
  const pendingId = `${doneId}~pending`;

  const runs = async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...base,
      ref: request.headSha,
      check_name: request.name,
      filter: 'latest',
      ...(identity.appId !== undefined ? { app_id: identity.appId } : {}),
      per_page: 100,
    });
    return (data.check_runs as Run[]).filter((r) => isOurs(r, identity));
  };
  const latest = (await runs())[0];
  if (latest?.external_id === doneId) return { outcome: 'unchanged', id: latest.id };

  const batches = chunk(annotations, LIMITS.annotationsPerRequest);
  const first = {
    output: { ...output, annotations: batches[0] ?? [] },
    external_id: pendingId,
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
  };
  let run: Run;
  let outcome: CheckRunResult['outcome'];
  // A run of ours still open and empty (queued, in progress) is completed in place; anything else gets a fresh run.
  if (latest && latest.status !== 'completed' && latest.output.annotations_count === 0) {
    run = await appendAnnotations(octokit, base, latest.id, first, 0, batches[0]?.length ?? 0);
    outcome = 'updated';
  } else {
    run = await createOnce(
      async () => (await runs()).find((r) => r.external_id === pendingId),
      async () =>
        (
          await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
            ...base,
            name: request.name,
            head_sha: request.headSha,
            status: 'in_progress',
            ...first,
            ...NO_RETRY,
          })
        ).data as Run,
    );
    outcome = latest ? 'updated' : 'created';
  }
  let count = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    run = await appendAnnotations(
      octokit,
      base,
      run.id,
      { output: { ...output, annotations: batch } },
      count,
      count + batch.length,
    );
    count += batch.length;
  }
  await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    ...base,
    check_run_id: run.id,
    status: request.status,
    ...(request.status === 'completed'
      ? { conclusion: request.conclusion ?? 'neutral', completed_at: new Date().toISOString() }
      : {}),
    external_id: doneId,
    output,
  });
  return { outcome, id: run.id };
}

/** PATCHes one batch of annotations, checking the count (not resending) when the answer was lost. */
async function appendAnnotations(
  octokit: CallboardOctokit,
  base: { owner: string; repo: string },
  id: number,
  body: Record<string, unknown>,
  before: number,
  after: number,
): Promise<Run> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (
        await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...base,
          check_run_id: id,
          ...body,
          ...NO_RETRY,
        })
      ).data as Run;
    } catch (error) {
      if (!outcomeUnknown(error) || attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...base,
        check_run_id: id,
      });
      if (data.output.annotations_count >= after) return data as Run;
      if (data.output.annotations_count !== before) {
        throw new Error(`Check run ${id} holds ${data.output.annotations_count} annotations, expected ${before}`, {
          cause: error,
        });
      }
    }
  }
}

function toGithubAnnotation(a: CheckAnnotation) {
  const sameLine = a.startLine === a.endLine;
  return {
    path: a.path,
    start_line: Math.max(1, a.startLine),
    end_line: Math.max(a.startLine, a.endLine, 1),
    ...(sameLine && a.startColumn !== undefined ? { start_column: a.startColumn } : {}),
    ...(sameLine && a.endColumn !== undefined ? { end_column: a.endColumn } : {}),
    annotation_level: a.level,
    message: truncate(a.message, LIMITS.annotationMessage),
    ...(a.title ? { title: clip(a.title, LIMITS.annotationTitle) } : {}),
    ...(a.rawDetails ? { raw_details: truncate(a.rawDetails, LIMITS.annotationMessage) } : {}),
  };
}

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
