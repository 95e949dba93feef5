/**
 * Pull requests: list (state/head/base filters), create (GitHub's 422s for a duplicate head and
 * for a head with nothing beyond base), get, update, and files.
 */
import { notFound, paginate, str, validationFailed, type Handler, type RestContext } from '../context.ts';
import { diffCommits } from '../diff.ts';
import { timestamp, type IssueRecord, type RepoRecord } from '../../state/store.ts';

function pullOf(ctx: RestContext, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.get(Number(ctx.params.pull_number));
  return issue?.pull ? issue : notFound(ctx);
}

/** `branch` or `owner:branch` to the head repository (the base or a fork of it) and branch. */
function headOf(ctx: RestContext, base: RepoRecord, head: string): { repo?: RepoRecord; ref: string; label: string } {
  const colon = head.indexOf(':');
  if (colon < 0) return { repo: base, ref: head, label: `${base.owner.login}:${head}` };
  const owner = head.slice(0, colon);
  const ref = head.slice(colon + 1);
  const repo =
    owner.toLowerCase() === base.owner.login.toLowerCase()
      ? base
      : [...ctx.world.repos.values()].find(
          (r) => r.parent === base && r.owner.login.toLowerCase() === owner.toLowerCase(),
        );
  return { repo, ref, label: `${repo?.owner.login ?? owner}:${ref}` };
}

const labelOf = (issue: IssueRecord) => `${issue.pull?.headRepo.owner.login}:${issue.pull?.headRef}`;

export const pullHandlers: Record<string, Handler> = {
  'pulls/list'(ctx) {
    const repo = ctx.repo();
    const state = str(ctx.query.state) ?? 'open';
    const head = str(ctx.query.head);
    const headLabel = head ? headOf(ctx, repo, head).label.toLowerCase() : undefined;
    const base = str(ctx.query.base);
    const sort = str(ctx.query.sort) ?? 'created';
    const direction = str(ctx.query.direction) ?? (sort === 'created' ? 'desc' : 'asc');
    const pulls = [...repo.issues.values()]
      .filter((i) => i.pull && (state === 'all' || i.state === state))
      .filter((i) => !headLabel || labelOf(i).toLowerCase() === headLabel)
      .filter((i) => !base || i.pull?.baseRef === base)
      .sort((a, b) => {
        const key = (i: IssueRecord) =>
          (sort === 'updated' ? i.updatedAt : i.createdAt) + String(i.number).padStart(9, '0');
        return (key(a) < key(b) ? -1 : 1) * (direction === 'desc' ? -1 : 1);
      });
    const page = paginate(ctx, pulls);
    return { status: 200, headers: page.headers, body: page.items.map((i) => ctx.objects.pullRequestSimple(repo, i)) };
  },

  'pulls/create'(ctx) {
    const repo = ctx.repo();
    const headInput = String(ctx.body.head);
    const baseRef = String(ctx.body.base);
    const head = headOf(ctx, repo, headInput);
    const baseSha = repo.branches.get(baseRef);
    const headSha = head.repo?.branches.get(head.ref);
    const errors: Record<string, unknown>[] = [];
    if (!baseSha) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    if (!headSha) errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    if (errors.length) validationFailed(ctx, errors);
    const duplicate = [...repo.issues.values()].find(
      (i) =>
        i.pull &&
        i.state === 'open' &&
        labelOf(i).toLowerCase() === head.label.toLowerCase() &&
        i.pull.baseRef === baseRef,
    );
    if (duplicate)
      validationFailed(ctx, [
        { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${head.label}.` },
      ]);
    if (baseSha && headSha && ctx.world.git.countAhead(baseSha, headSha) === 0) {
      validationFailed(ctx, [
        { resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${headInput}` },
      ]);
    }
    const issue = ctx.world.addIssue(repo, {
      title: str(ctx.body.title) ?? '',
      body: str(ctx.body.body) ?? '',
      author: ctx.app.bot,
      viaApp: ctx.app,
      pull: {
        headRepo: head.repo ?? repo,
        headRef: head.ref,
        headSha: headSha ?? '',
        baseRef,
        merged: false,
        draft: ctx.body.draft === true,
      },
    });
    return { status: 201, body: ctx.objects.pullRequest(repo, issue) };
  },

  'pulls/get'(ctx) {
    const repo = ctx.repo();
    return { status: 200, body: ctx.objects.pullRequest(repo, pullOf(ctx, repo)) };
  },

  'pulls/update'(ctx) {
    const repo = ctx.repo();
    const issue = pullOf(ctx, repo);
    const base = str(ctx.body.base);
    if (base !== undefined && !repo.branches.has(base))
      validationFailed(ctx, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    if (typeof ctx.body.title === 'string') issue.title = ctx.body.title;
    if (typeof ctx.body.body === 'string') issue.body = ctx.body.body;
    if (base !== undefined && issue.pull) issue.pull.baseRef = base;
    const state = str(ctx.body.state);
    if (state === 'open' || state === 'closed') {
      if (state !== issue.state) issue.closedAt = state === 'closed' ? timestamp() : null;
      issue.state = state;
    }
    issue.updatedAt = timestamp();
    return { status: 200, body: ctx.objects.pullRequest(repo, issue) };
  },

  /** Only teams are asked here: a team of the organisation, else GitHub's 422. */
  'pulls/request-reviewers'(ctx) {
    const repo = ctx.repo();
    const issue = pullOf(ctx, repo);
    const teams = Array.isArray(ctx.body.team_reviewers) ? ctx.body.team_reviewers.map(String) : [];
    const known = ctx.world.teamsOf(repo.owner.login);
    const unknown = teams.filter((slug) => !known.has(slug.toLowerCase()));
    if (unknown.length)
      validationFailed(ctx, [
        {
          resource: 'PullRequest',
          code: 'custom',
          message:
            'Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ' +
            repo.fullName +
            ' repository.',
        },
      ]);
    const pull = issue.pull!;
    pull.requestedTeams = [...new Set([...(pull.requestedTeams ?? []), ...teams.map((t) => t.toLowerCase())])];
    issue.updatedAt = timestamp();
    return { status: 201, body: ctx.objects.pullRequestSimple(repo, issue) };
  },

  'pulls/list-files'(ctx) {
    const repo = ctx.repo();
    const issue = pullOf(ctx, repo);
    const pull = issue.pull;
    const head = pull ? ctx.world.git.commit(ctx.world.pullHead(pull)) : undefined;
    const baseSha = pull ? repo.branches.get(pull.baseRef) : undefined;
    const mergeBase = head && baseSha ? ctx.world.git.mergeBase(baseSha, head.sha) : undefined;
    const base = mergeBase ? ctx.world.git.commit(mergeBase) : undefined;
    const files = head && base ? diffCommits(ctx.world.git, base, head) : [];
    const page = paginate(ctx, files);
    const at = head?.sha ?? '';
    return {
      status: 200,
      headers: page.headers,
      body: page.items.map((f) => ({
        sha: f.sha,
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: `${ctx.objects.url}/${repo.fullName}/blob/${at}/${f.filename}`,
        raw_url: `${ctx.objects.url}/${repo.fullName}/raw/${at}/${f.filename}`,
        contents_url: `${ctx.objects.api}/repos/${repo.fullName}/contents/${f.filename}?ref=${at}`,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      })),
    };
  },
};
