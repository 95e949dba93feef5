/**
 * Check runs: create, update (annotations append across requests, as GitHub documents), get,
 * annotations, and the list for a ref (`filter=latest` keeps the newest run of each name).
 */
import { fail, notFound, paginate, str, type Handler, type RestContext } from '../context.ts';
import { timestamp, type AnnotationRecord, type CheckRunRecord, type RepoRecord } from '../../state/store.ts';

const MAX_ANNOTATIONS = 50;
const MAX_OUTPUT = 65535;

interface OutputInput {
  title?: string;
  summary?: string;
  text?: string;
  annotations?: Record<string, unknown>[];
}

function runOf(ctx: RestContext, repo: RepoRecord): CheckRunRecord {
  const run = ctx.world.checkRuns.get(Number(ctx.params.check_run_id));
  return run && run.repo === repo ? run : notFound(ctx);
}

/** The limits GitHub enforces beyond the schema's (the schema states them too; see the dispatcher). */
function checkOutput(ctx: RestContext, output: OutputInput | undefined): void {
  if (!output) return;
  if ((output.annotations?.length ?? 0) > MAX_ANNOTATIONS) fail(422, `Invalid request.\n\nOnly ${MAX_ANNOTATIONS} annotations are allowed per request.`, ctx);
  for (const text of [output.summary, output.text]) {
    if (text !== undefined && text.length > MAX_OUTPUT) fail(422, `Invalid request.\n\nOnly ${MAX_OUTPUT} characters are allowed; ${text.length} were supplied.`, ctx);
  }
}

function annotations(output: OutputInput | undefined): AnnotationRecord[] {
  return (output?.annotations ?? []).map((a) => ({
    path: String(a.path),
    start_line: Number(a.start_line),
    end_line: Number(a.end_line),
    start_column: typeof a.start_column === 'number' ? a.start_column : null,
    end_column: typeof a.end_column === 'number' ? a.end_column : null,
    annotation_level: String(a.annotation_level),
    title: str(a.title) ?? null,
    message: String(a.message),
    raw_details: str(a.raw_details) ?? null,
  }));
}

/** Status, conclusion and output fields common to create and update. */
function apply(ctx: RestContext, run: CheckRunRecord): void {
  const body = ctx.body;
  const output = body.output as OutputInput | undefined;
  checkOutput(ctx, output);
  const conclusion = str(body.conclusion);
  const status = conclusion ? 'completed' : (str(body.status) ?? run.status);
  if (status === 'completed' && !conclusion && !run.conclusion) fail(422, 'Invalid request.\n\n"conclusion" wasn\'t supplied.', ctx);
  run.status = status;
  if (conclusion) run.conclusion = conclusion;
  if (str(body.started_at)) run.startedAt = String(body.started_at);
  if (status === 'completed') run.completedAt = str(body.completed_at) ?? run.completedAt ?? timestamp();
  if (str(body.name)) run.name = String(body.name);
  if (str(body.details_url)) run.detailsUrl = String(body.details_url);
  if (str(body.external_id) !== undefined) run.externalId = String(body.external_id);
  if (output) {
    if (output.title !== undefined) run.output.title = output.title;
    if (output.summary !== undefined) run.output.summary = output.summary;
    if (output.text !== undefined) run.output.text = output.text;
    run.annotations.push(...annotations(output));
  }
}

export const checkHandlers: Record<string, Handler> = {
  'checks/create'(ctx) {
    const repo = ctx.repo();
    const headSha = String(ctx.body.head_sha);
    if (!/^[0-9a-f]{40}$/.test(headSha) || !ctx.world.git.commit(headSha)) fail(422, `No commit found for SHA: ${headSha}`, ctx);
    const id = ctx.world.nextId('check-run') + 9_000_000;
    const run: CheckRunRecord = {
      id,
      nodeId: ctx.world.nodeId('CR', id),
      repo,
      name: String(ctx.body.name),
      headSha,
      status: 'queued',
      conclusion: null,
      startedAt: timestamp(),
      completedAt: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      externalId: null,
      detailsUrl: null,
      checkSuiteId: id + 1_000_000,
    };
    apply(ctx, run);
    ctx.world.checkRuns.set(id, run);
    return { status: 201, body: ctx.objects.checkRun(run) };
  },

  'checks/update'(ctx) {
    const run = runOf(ctx, ctx.repo());
    apply(ctx, run);
    return { status: 200, body: ctx.objects.checkRun(run) };
  },

  'checks/get': (ctx) => ({ status: 200, body: ctx.objects.checkRun(runOf(ctx, ctx.repo())) }),

  'checks/list-annotations'(ctx) {
    const run = runOf(ctx, ctx.repo());
    const page = paginate(ctx, run.annotations.map((_a, i) => ctx.objects.annotation(run, i)));
    return { status: 200, headers: page.headers, body: page.items };
  },

  'checks/list-for-ref'(ctx) {
    const repo = ctx.repo();
    const ref = String(ctx.params.ref);
    const commit = ctx.world.resolve(repo, ref) ?? fail(422, `No commit found for SHA: ${ref}`, ctx);
    const name = str(ctx.query.check_name);
    const status = str(ctx.query.status);
    const appId = typeof ctx.query.app_id === 'number' ? ctx.query.app_id : undefined;
    let runs = [...ctx.world.checkRuns.values()]
      .filter((run) => run.repo === repo && run.headSha === commit.sha)
      .filter((run) => (!name || run.name === name) && (!status || run.status === status) && (appId === undefined || appId === ctx.world.appId))
      .sort((a, b) => b.id - a.id);
    if ((str(ctx.query.filter) ?? 'latest') === 'latest') {
      const seen = new Set<string>();
      runs = runs.filter((run) => !seen.has(run.name) && (seen.add(run.name), true));
    }
    const page = paginate(ctx, runs);
    return { status: 200, headers: page.headers, body: { total_count: runs.length, check_runs: page.items.map((run) => ctx.objects.checkRun(run)) } };
  },
};
