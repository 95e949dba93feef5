/**
 * Issues (pull requests appear among them, with a `pull_request` key, as on GitHub) and their
 * comments. Labels named on an issue are created on the repository when missing, as GitHub does.
 */
import { createHash } from 'node:crypto';
import { notFound, paginate, str, validationFailed, type Handler, type RestContext } from '../context.ts';
import { timestamp, type CommentRecord, type IssueRecord, type RepoRecord } from '../../state/store.ts';

const MAX_BODY = 65536;

function issueOf(ctx: RestContext, repo: RepoRecord): IssueRecord {
  return repo.issues.get(Number(ctx.params.issue_number)) ?? notFound(ctx);
}

function commentOf(ctx: RestContext, repo: RepoRecord): CommentRecord {
  const comment = ctx.world.comments.get(Number(ctx.params.comment_id));
  return comment && comment.repo === repo ? comment : notFound(ctx);
}

/** Label names from `["bug", { name: "x" }]`, each created on the repository when new. */
function labelNames(ctx: RestContext, repo: RepoRecord, input: unknown): string[] {
  const names = (Array.isArray(input) ? input : []).flatMap((l: unknown) => {
    const name = typeof l === 'string' ? l : str((l as Record<string, unknown> | null)?.name);
    return name ? [name] : [];
  });
  return names.map((name) => {
    const known = repo.labels.get(name.toLowerCase());
    if (known) return known.name;
    const id = ctx.world.nextId('label');
    const color = createHash('sha1').update(name).digest('hex').slice(0, 6);
    repo.labels.set(name.toLowerCase(), { id, nodeId: ctx.world.nodeId('LA', id), name, color });
    return name;
  });
}

function bodyLimit(ctx: RestContext, resource: string, body: unknown): void {
  if (typeof body === 'string' && body.length > MAX_BODY) {
    validationFailed(ctx, [
      {
        resource,
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ]);
  }
}

/** GitHub's issue order: by creation (the number) or last update; newest first unless asc. */
const ordered = (sort: string, direction: string) => (a: IssueRecord, b: IssueRecord) => {
  const by = sort === 'updated' ? a.updatedAt.localeCompare(b.updatedAt) || a.number - b.number : a.number - b.number;
  return by * (direction === 'asc' ? 1 : -1);
};

export const issueHandlers: Record<string, Handler> = {
  'issues/list-for-repo'(ctx) {
    const repo = ctx.repo();
    const state = str(ctx.query.state) ?? 'open';
    const creator = str(ctx.query.creator)?.toLowerCase();
    const wanted = (str(ctx.query.labels) ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const since = str(ctx.query.since);
    const issues = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => !creator || i.author.login.toLowerCase() === creator)
      .filter((i) => wanted.every((l) => i.labels.some((have) => have.toLowerCase() === l)))
      .filter((i) => !since || i.updatedAt >= since)
      .sort(ordered(str(ctx.query.sort) ?? 'created', str(ctx.query.direction) ?? 'desc'));
    const page = paginate(ctx, issues);
    return { status: 200, headers: page.headers, body: page.items.map((i) => ctx.objects.issue(repo, i)) };
  },

  'issues/add-labels'(ctx) {
    const repo = ctx.repo();
    const issue = repo.issues.get(Number(ctx.params.issue_number)) ?? notFound(ctx);
    const input = Array.isArray(ctx.body) ? ctx.body : (ctx.body.labels as unknown);
    for (const name of labelNames(ctx, repo, input))
      if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(name);
    issue.updatedAt = timestamp();
    return {
      status: 200,
      body: issue.labels.flatMap((name) => {
        const label = repo.labels.get(name.toLowerCase());
        return label ? [ctx.objects.label(repo, label)] : [];
      }),
    };
  },

  'issues/create'(ctx) {
    const repo = ctx.repo();
    bodyLimit(ctx, 'Issue', ctx.body.body);
    const issue = ctx.world.addIssue(repo, {
      title: String(ctx.body.title),
      body: str(ctx.body.body) ?? '',
      labels: labelNames(ctx, repo, ctx.body.labels),
      author: ctx.app.bot,
      viaApp: ctx.app,
    });
    return { status: 201, body: ctx.objects.issue(repo, issue) };
  },

  'issues/get'(ctx) {
    const repo = ctx.repo();
    return { status: 200, body: ctx.objects.issue(repo, issueOf(ctx, repo)) };
  },

  'issues/update'(ctx) {
    const repo = ctx.repo();
    const issue = issueOf(ctx, repo);
    bodyLimit(ctx, 'Issue', ctx.body.body);
    if (ctx.body.title !== undefined && ctx.body.title !== null) issue.title = String(ctx.body.title);
    if ('body' in ctx.body) issue.body = str(ctx.body.body) ?? '';
    if (Array.isArray(ctx.body.labels)) issue.labels = labelNames(ctx, repo, ctx.body.labels);
    const state = str(ctx.body.state);
    if ((state === 'open' || state === 'closed') && state !== issue.state) {
      issue.state = state;
      issue.closedAt = state === 'closed' ? timestamp() : null;
    }
    issue.updatedAt = timestamp();
    return { status: 200, body: ctx.objects.issue(repo, issue) };
  },

  'issues/list-comments'(ctx) {
    const repo = ctx.repo();
    const issue = issueOf(ctx, repo);
    const since = str(ctx.query.since);
    const comments = [...ctx.world.comments.values()]
      .filter((c) => c.repo === repo && c.issueNumber === issue.number && (!since || c.updatedAt >= since))
      .sort((a, b) => a.id - b.id);
    const page = paginate(ctx, comments);
    return { status: 200, headers: page.headers, body: page.items.map((c) => ctx.objects.comment(c)) };
  },

  'issues/create-comment'(ctx) {
    const repo = ctx.repo();
    const issue = issueOf(ctx, repo);
    bodyLimit(ctx, 'IssueComment', ctx.body.body);
    const id = ctx.world.nextId('comment') + 1_000_000;
    const now = timestamp();
    const comment: CommentRecord = {
      id,
      nodeId: ctx.world.nodeId('IC', id),
      repo,
      issueNumber: issue.number,
      body: String(ctx.body.body),
      author: ctx.app.bot,
      createdAt: now,
      updatedAt: now,
      viaApp: ctx.app,
    };
    ctx.world.comments.set(id, comment);
    issue.updatedAt = now;
    return { status: 201, body: ctx.objects.comment(comment) };
  },

  'issues/update-comment'(ctx) {
    const comment = commentOf(ctx, ctx.repo());
    bodyLimit(ctx, 'IssueComment', ctx.body.body);
    comment.body = String(ctx.body.body);
    comment.updatedAt = timestamp();
    return { status: 200, body: ctx.objects.comment(comment) };
  },

  'issues/delete-comment'(ctx) {
    const comment = commentOf(ctx, ctx.repo());
    ctx.world.comments.delete(comment.id);
    return { status: 204 };
  },
};
