/**
 * GitHub's JSON for issues, pull requests, comments and check runs, built like core.ts. Content the
 * app wrote carries `performed_via_github_app`, as GitHub marks it.
 */
import { overlay } from '../../openapi/instantiate.ts';
import { diffCommits } from '../diff.ts';
import type { CheckRunRecord, CommentRecord, IssueRecord, RepoRecord, World } from '../../state/store.ts';
import type { CoreObjects } from './core.ts';

export type WorkObjects = ReturnType<typeof createWorkObjects>;

export function createWorkObjects(world: World, core: CoreObjects) {
  const { api, url, make, user } = core;
  const repoApi = (repo: RepoRecord) => `${api}/repos/${repo.fullName}`;
  const labels = (repo: RepoRecord, names: string[]) =>
    names.flatMap((name) => {
      const label = repo.labels.get(name.toLowerCase());
      return label ? [core.label(repo, label)] : [];
    });
  const commentCount = (repo: RepoRecord, number: number) => [...world.comments.values()].filter((c) => c.repo === repo && c.issueNumber === number).length;

  const pullFields = (repo: RepoRecord, issue: IssueRecord) => {
    const pull = issue.pull;
    if (!pull) throw new Error(`#${issue.number} is not a pull request`);
    const self = `${repoApi(repo)}/pulls/${issue.number}`;
    const html = `${url}/${repo.fullName}/pull/${issue.number}`;
    const issueUrl = `${repoApi(repo)}/issues/${issue.number}`;
    const headSha = world.pullHead(pull);
    const side = (owner: RepoRecord, ref: string, sha: string) => ({ label: `${owner.owner.login}:${ref}`, ref, sha, repo: core.repository(owner), user: user(owner.owner) });
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
      labels: labels(repo, issue.labels),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: null,
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
        performed_via_github_app: issue.viaApp ? core.integration() : null,
        pull_request: issue.pull
          ? { url: `${repoApi(repo)}/pulls/${issue.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null }
          : undefined,
      });
    },
    pullRequestSimple: (repo: RepoRecord, issue: IssueRecord) => overlay(make('pull-request-simple'), pullFields(repo, issue)),
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
        performed_via_github_app: comment.viaApp ? core.integration() : null,
      });
    },
    checkRun(run: CheckRunRecord) {
      const { repo } = run;
      const self = `${repoApi(repo)}/check-runs/${run.id}`;
      const pulls = [...repo.issues.values()].filter((i) => i.pull && i.state === 'open' && i.pull.headRepo === repo && world.pullHead(i.pull) === run.headSha);
      const ref = (ref: string, sha: string) => ({ ref, sha, repo: { id: repo.id, url: repoApi(repo), name: repo.name } });
      return overlay(make('check-run'), {
        id: run.id,
        node_id: run.nodeId,
        head_sha: run.headSha,
        external_id: run.externalId ?? '',
        url: self,
        html_url: `${url}/${repo.fullName}/runs/${run.id}`,
        details_url: run.detailsUrl ?? `${url}/apps/${world.appSlug}`,
        status: run.status,
        conclusion: run.conclusion,
        started_at: run.startedAt,
        completed_at: run.completedAt,
        output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${self}/annotations` },
        name: run.name,
        check_suite: { id: run.checkSuiteId },
        app: core.integration(),
        pull_requests: pulls.map((i) => ({
          id: i.pull?.id ?? 0,
          number: i.number,
          url: `${repoApi(repo)}/pulls/${i.number}`,
          head: ref(i.pull?.headRef ?? '', run.headSha),
          base: ref(i.pull?.baseRef ?? '', repo.branches.get(i.pull?.baseRef ?? '') ?? ''),
        })),
      });
    },
    annotation: (run: CheckRunRecord, index: number) => {
      const a = run.annotations[index];
      return a ? { ...a, blob_href: `${url}/${run.repo.fullName}/blob/${run.headSha}/${a.path}` } : undefined;
    },
  };
}
