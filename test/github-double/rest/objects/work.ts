/**
 * GitHub's JSON for issues, pull requests, comments, check runs and check suites, built like
 * core.ts. Content an app wrote carries `performed_via_github_app`, as GitHub marks it; a check run
 * shows its suite as `{ id }` only and its app in full, and the suite shows the app, as GitHub's do.
 */
import { overlay } from '../../openapi/instantiate.ts';
import { diffCommits } from '../diff.ts';
import type {
  CheckRunRecord,
  CheckSuiteRecord,
  CommentRecord,
  IssueRecord,
  RepoRecord,
  World,
} from '../../state/store.ts';
import type { CoreObjects } from './core.ts';

export type WorkObjects = ReturnType<typeof createWorkObjects>;

// A suite reports its runs' most severe conclusion. GitHub does not publish the whole order; this is the double's.
const SEVERITY = [
  'action_required',
  'cancelled',
  'timed_out',
  'failure',
  'startup_failure',
  'stale',
  'success',
  'neutral',
  'skipped',
];

/** A suite is completed when all its runs are, in progress once any has started or finished, else queued. */
function suiteState(runs: CheckRunRecord[]): { status: string; conclusion: string | null } {
  if (runs.length && runs.every((run) => run.status === 'completed')) {
    const conclusions = new Set(runs.map((run) => run.conclusion));
    return { status: 'completed', conclusion: SEVERITY.find((c) => conclusions.has(c)) ?? null };
  }
  return { status: runs.some((run) => run.status !== 'queued') ? 'in_progress' : 'queued', conclusion: null };
}

export function createWorkObjects(world: World, core: CoreObjects) {
  const { api, url, make, user } = core;
  const repoApi = (repo: RepoRecord) => `${api}/repos/${repo.fullName}`;
  const labels = (repo: RepoRecord, names: string[]) =>
    names.flatMap((name) => {
      const label = repo.labels.get(name.toLowerCase());
      return label ? [core.label(repo, label)] : [];
    });
  const commentCount = (repo: RepoRecord, number: number) =>
    [...world.comments.values()].filter((c) => c.repo === repo && c.issueNumber === number).length;

  /**
   * The open pull requests of the repository (not of forks) whose head is `sha`, as a check run or suite lists them.
   */
  const pullsAt = (repo: RepoRecord, sha: string) => {
    const ref = (name: string, at: string) => ({
      ref: name,
      sha: at,
      repo: { id: repo.id, url: repoApi(repo), name: repo.name },
    });
    return [...repo.issues.values()]
      .filter((i) => i.pull && i.state === 'open' && i.pull.headRepo === repo && world.pullHead(i.pull) === sha)
      .map((i) => ({
        id: i.pull?.id ?? 0,
        number: i.number,
        url: `${repoApi(repo)}/pulls/${i.number}`,
        head: ref(i.pull?.headRef ?? '', sha),
        base: ref(i.pull?.baseRef ?? '', repo.branches.get(i.pull?.baseRef ?? '') ?? ''),
      }));
  };

  const pullFields = (repo: RepoRecord, issue: IssueRecord) => {
    const pull = issue.pull;
    if (!pull) throw new Error(`#${issue.number} is not a pull request`);
    const self = `${repoApi(repo)}/pulls/${issue.number}`;
    const html = `${url}/${repo.fullName}/pull/${issue.number}`;
    const issueUrl = `${repoApi(repo)}/issues/${issue.number}`;
    const headSha = world.pullHead(pull);
    const side = (owner: RepoRecord, ref: string, sha: string) => ({
      label: `${owner.owner.login}:${ref}`,
      ref,
      sha,
      repo: core.repository(owner),
      user: user(owner.owner),
    });
    return {
      url: self,
      id: pull.id,
      node_id: pull.nodeId,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${self}/commits`,
      review_comments_url: `${self}/comments`,
      review_comment_url: `${repoApi(repo)}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${repoApi(repo)}/statuses/${headSha}`,
      number: issue.number,
      state: issue.state,
      locked: false,
      title: issue.title,
      user: user(issue.author),
      body: issue.body,
      // GitHub's schema for a pull request's labels wants a string description (an issue's allows null).
      labels: labels(repo, issue.labels).map((l) => ({ ...l, description: l.description ?? '' })),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt ?? null,
      merge_commit_sha: null,
      draft: pull.draft,
      head: side(pull.headRepo, pull.headRef, headSha),
      base: side(repo, pull.baseRef, repo.branches.get(pull.baseRef) ?? ''),
      author_association: core.association(repo, issue.author),
      auto_merge: null,
      _links: {
        self: { href: self },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${self}/comments` },
        review_comment: { href: `${repoApi(repo)}/pulls/comments{/number}` },
        commits: { href: `${self}/commits` },
        statuses: { href: `${repoApi(repo)}/statuses/${headSha}` },
      },
    };
  };

  return {
    issue(repo: RepoRecord, issue: IssueRecord) {
      const self = `${repoApi(repo)}/issues/${issue.number}`;
      const html = `${url}/${repo.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
      return overlay(make('issue'), {
        id: issue.id,
        node_id: issue.nodeId,
        url: self,
        repository_url: repoApi(repo),
        labels_url: `${self}/labels{/name}`,
        comments_url: `${self}/comments`,
        events_url: `${self}/events`,
        html_url: html,
        number: issue.number,
        state: issue.state,
        state_reason: issue.state === 'closed' ? 'completed' : null,
        title: issue.title,
        body: issue.body,
        user: user(issue.author),
        labels: labels(repo, issue.labels),
        locked: false,
        comments: commentCount(repo, issue.number),
        created_at: issue.createdAt,
        updated_at: issue.updatedAt,
        closed_at: issue.closedAt,
        author_association: core.association(repo, issue.author),
        performed_via_github_app: issue.viaApp ? core.integration(issue.viaApp) : null,
        pull_request: issue.pull
          ? {
              url: `${repoApi(repo)}/pulls/${issue.number}`,
              html_url: html,
              diff_url: `${html}.diff`,
              patch_url: `${html}.patch`,
              merged_at: issue.pull.mergedAt ?? null,
            }
          : undefined,
      });
    },
    pullRequestSimple: (repo: RepoRecord, issue: IssueRecord) =>
      overlay(make('pull-request-simple'), pullFields(repo, issue)),
    pullRequest(repo: RepoRecord, issue: IssueRecord) {
      const fields = pullFields(repo, issue);
      const head = world.git.commit(fields.head.sha);
      const baseSha = repo.branches.get(fields.base.ref);
      const mergeBase = head && baseSha ? world.git.mergeBase(baseSha, head.sha) : undefined;
      const base = mergeBase ? world.git.commit(mergeBase) : undefined;
      const files = head && base ? diffCommits(world.git, base, head) : [];
      return overlay(make('pull-request'), {
        ...fields,
        merged: issue.pull?.merged ?? false,
        mergeable: true,
        mergeable_state: 'clean',
        merged_by: null,
        comments: commentCount(repo, issue.number),
        review_comments: 0,
        maintainer_can_modify: false,
        commits: head && baseSha ? world.git.countAhead(baseSha, head.sha) : 0,
        additions: files.reduce((sum, f) => sum + f.additions, 0),
        deletions: files.reduce((sum, f) => sum + f.deletions, 0),
        changed_files: files.length,
      });
    },
    comment(comment: CommentRecord) {
      const { repo } = comment;
      return overlay(make('issue-comment'), {
        id: comment.id,
        node_id: comment.nodeId,
        url: `${repoApi(repo)}/issues/comments/${comment.id}`,
        html_url: `${url}/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
        issue_url: `${repoApi(repo)}/issues/${comment.issueNumber}`,
        body: comment.body,
        user: user(comment.author),
        created_at: comment.createdAt,
        updated_at: comment.updatedAt,
        author_association: core.association(repo, comment.author),
        performed_via_github_app: comment.viaApp ? core.integration(comment.viaApp) : null,
      });
    },
    checkRun(run: CheckRunRecord) {
      const { repo } = run;
      const self = `${repoApi(repo)}/check-runs/${run.id}`;
      return overlay(make('check-run'), {
        id: run.id,
        node_id: run.nodeId,
        head_sha: run.headSha,
        external_id: run.externalId ?? '',
        url: self,
        html_url: `${url}/${repo.fullName}/runs/${run.id}`,
        // Without one, GitHub uses the app's homepage.
        details_url: run.detailsUrl ?? `${url}/apps/${run.suite.app.slug}`,
        status: run.status,
        conclusion: run.conclusion,
        started_at: run.startedAt,
        completed_at: run.completedAt,
        output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${self}/annotations` },
        name: run.name,
        check_suite: { id: run.suite.id },
        app: core.integration(run.suite.app),
        pull_requests: pullsAt(repo, run.headSha),
      });
    },
    checkSuite(suite: CheckSuiteRecord, runs: CheckRunRecord[]) {
      const { repo } = suite;
      const commit = world.git.commit(suite.headSha);
      const person = commit ? { name: commit.author, email: `${commit.author}@users.noreply.github.com` } : null;
      return overlay(make('check-suite'), {
        id: suite.id,
        node_id: suite.nodeId,
        head_branch: suite.headBranch,
        head_sha: suite.headSha,
        ...suiteState(runs),
        url: `${repoApi(repo)}/check-suites/${suite.id}`,
        before: null,
        after: suite.headSha,
        pull_requests: pullsAt(repo, suite.headSha),
        app: core.integration(suite.app),
        repository: core.minimalRepository(repo),
        created_at: suite.createdAt,
        updated_at: suite.updatedAt,
        head_commit: {
          id: suite.headSha,
          tree_id: commit?.tree ?? '',
          message: commit?.message ?? '',
          timestamp: commit?.date ?? suite.createdAt,
          author: person,
          committer: person,
        },
        latest_check_runs_count: new Set(runs.map((run) => run.name)).size,
        check_runs_url: `${repoApi(repo)}/check-suites/${suite.id}/check-runs`,
      });
    },
    annotation: (run: CheckRunRecord, index: number) => {
      const a = run.annotations[index];
      return a ? { ...a, blob_href: `${url}/${run.repo.fullName}/blob/${run.headSha}/${a.path}` } : undefined;
    },
  };
}
