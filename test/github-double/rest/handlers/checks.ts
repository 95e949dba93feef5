/**
 * Check runs: create, update (annotations append across requests, as GitHub documents), get,
 * annotations, and the lists for a ref and for a suite (`filter=latest` keeps the newest run of each
 * name in each suite). Check suites: get, and the list for a ref. Every run belongs to the app that
 * created it, in that app's one suite on the commit, and only that app may update it.
 */
import { fail, notFound, paginate, str, type Handler, type RestContext } from '../context.ts';
import {
  timestamp,
  type AnnotationRecord,
  type CheckRunRecord,
  type CheckSuiteRecord,
  type RepoRecord,
} from '../../state/store.ts';

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

function suiteOf(ctx: RestContext, repo: RepoRecord): CheckSuiteRecord {
  const suite = ctx.world.checkSuites.get(Number(ctx.params.check_suite_id));
  return suite && suite.repo === repo ? suite : notFound(ctx);
}

const runsOf = (ctx: RestContext, suite: CheckSuiteRecord) =>
  [...ctx.world.checkRuns.values()].filter((run) => run.suite === suite);

/** Only the app that created a run may change it; GitHub names the run's app in its refusal. */
function ownRun(ctx: RestContext, run: CheckRunRecord): CheckRunRecord {
  const { app } = run.suite;
  if (app !== ctx.app)
    fail(403, `Invalid app_id \`${app.id}\` - check run can only be modified by the GitHub App that created it.`, ctx);
  return run;
}

/** The commit `{ref}` names (branch or sha), or GitHub's 422. */
function commitOf(ctx: RestContext, repo: RepoRecord): string {
  const ref = String(ctx.params.ref);
  return (ctx.world.resolve(repo, ref) ?? fail(422, `No commit found for SHA: ${ref}`, ctx)).sha;
}

/** `check_name`, `status` and `filter` (default latest: the newest run of each name in each suite), newest first. */
function filtered(ctx: RestContext, runs: CheckRunRecord[]): CheckRunRecord[] {
  const name = str(ctx.query.check_name);
  const status = str(ctx.query.status);
  let kept = runs
    .filter((run) => (!name || run.name === name) && (!status || run.status === status))
    .sort((a, b) => b.id - a.id);
  if ((str(ctx.query.filter) ?? 'latest') === 'latest') {
    const seen = new Set<string>();
    kept = kept.filter((run) => {
      const key = `${run.suite.id}/${run.name}`;
      return !seen.has(key) && (seen.add(key), true);
    });
  }
  return kept;
}

function runList(ctx: RestContext, runs: CheckRunRecord[]) {
  const page = paginate(ctx, runs);
  return {
    status: 200,
    headers: page.headers,
    body: { total_count: runs.length, check_runs: page.items.map((run) => ctx.objects.checkRun(run)) },
  };
}

const appFilter = (ctx: RestContext) => (typeof ctx.query.app_id === 'number' ? ctx.query.app_id : undefined);

/** The limits GitHub enforces beyond the schema's (the schema states them too; see the dispatcher). */
function checkOutput(ctx: RestContext, output: OutputInput | undefined): void {
  if (!output) return;
  if ((output.annotations?.length ?? 0) > MAX_ANNOTATIONS)
    fail(422, `Invalid request.\n\nOnly ${MAX_ANNOTATIONS} annotations are allowed per request.`, ctx);
  for (const text of [output.summary, output.text]) {
    if (text !== undefined && text.length > MAX_OUTPUT)
      fail(422, `Invalid request.\n\nOnly ${MAX_OUTPUT} characters are allowed; ${text.length} were supplied.`, ctx);
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
  if (status === 'completed' && !conclusion && !run.conclusion)
    fail(422, 'Invalid request.\n\n"conclusion" wasn\'t supplied.', ctx);
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
    if (!/^[0-9a-f]{40}$/.test(headSha) || !ctx.world.git.commit(headSha))
      fail(422, `No commit found for SHA: ${headSha}`, ctx);
    const id = ctx.world.nextId('check-run') + 9_000_000;
    const suite = ctx.world.checkSuite(repo, headSha, ctx.app);
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
      suite,
    };
    apply(ctx, run);
    ctx.world.checkRuns.set(id, run);
    suite.updatedAt = timestamp();
    return { status: 201, body: ctx.objects.checkRun(run) };
  },

  'checks/update'(ctx) {
    const run = ownRun(ctx, runOf(ctx, ctx.repo()));
    apply(ctx, run);
    run.suite.updatedAt = timestamp();
    return { status: 200, body: ctx.objects.checkRun(run) };
  },

  'checks/get': (ctx) => ({ status: 200, body: ctx.objects.checkRun(runOf(ctx, ctx.repo())) }),

  'checks/list-annotations'(ctx) {
    const run = runOf(ctx, ctx.repo());
    const page = paginate(
      ctx,
      run.annotations.map((_a, i) => ctx.objects.annotation(run, i)),
    );
    return { status: 200, headers: page.headers, body: page.items };
  },

  'checks/list-for-ref'(ctx) {
    const repo = ctx.repo();
    const sha = commitOf(ctx, repo);
    const appId = appFilter(ctx);
    const runs = [...ctx.world.checkRuns.values()].filter(
      (run) => run.repo === repo && run.headSha === sha && (appId === undefined || run.suite.app.id === appId),
    );
    return runList(ctx, filtered(ctx, runs));
  },

  'checks/list-for-suite'(ctx) {
    return runList(ctx, filtered(ctx, runsOf(ctx, suiteOf(ctx, ctx.repo()))));
  },

  'checks/get-suite'(ctx) {
    const suite = suiteOf(ctx, ctx.repo());
    return { status: 200, body: ctx.objects.checkSuite(suite, runsOf(ctx, suite)) };
  },

  /** Each app's suite on the commit, oldest first; `check_name` keeps the suites with a run of that name. */
  'checks/list-suites-for-ref'(ctx) {
    const repo = ctx.repo();
    const sha = commitOf(ctx, repo);
    const appId = appFilter(ctx);
    const name = str(ctx.query.check_name);
    const suites = [...ctx.world.checkSuites.values()]
      .filter(
        (suite) => suite.repo === repo && suite.headSha === sha && (appId === undefined || suite.app.id === appId),
      )
      .map((suite) => ({ suite, runs: runsOf(ctx, suite) }))
      .filter(({ runs }) => !name || runs.some((run) => run.name === name))
      .sort((a, b) => a.suite.id - b.suite.id);
    const page = paginate(ctx, suites);
    return {
      status: 200,
      headers: page.headers,
      body: {
        total_count: suites.length,
        check_suites: page.items.map(({ suite, runs }) => ctx.objects.checkSuite(suite, runs)),
      },
    };
  },
};
