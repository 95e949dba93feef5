/**
 * Seeding and inspection: the plain function calls a test uses to set the world up and to look
 * at what the code under test did, without going through HTTP (and so without being recorded).
 */
import { timestamp, type NewRepo, type RepoRecord, type World } from './store.ts';
import type { GithubDouble } from '../types.ts';

type Seeding = Pick<
  GithubDouble,
  | 'addOrganization'
  | 'addInstallation'
  | 'addRepository'
  | 'pushCommit'
  | 'openPullRequest'
  | 'mergePullRequest'
  | 'closePullRequest'
  | 'setTeamRepositoryPermission'
  | 'addComment'
  | 'openIssue'
  | 'repositories'
  | 'editIssue'
  | 'addTeam'
  | 'setPermission'
  | 'setBranchProtection'
  | 'addBranchRuleset'
  | 'setSecurity'
  | 'readFile'
  | 'files'
  | 'branchHead'
  | 'branches'
  | 'commits'
  | 'pullRequests'
  | 'checkRuns'
  | 'comments'
  | 'issues'
>;

const DEFAULT_AUTHOR = 'octocat';

export function createSeeding(world: World): Seeding {
  const need = (owner: string, name: string): RepoRecord => {
    const repo = world.repo(owner, name);
    if (!repo) throw new Error(`github-double: no repository ${owner}/${name} (seed it with addRepository)`);
    return repo;
  };
  const owner = (login: string) => world.findAccount(login) ?? world.account(login);
  const newRepo = (options: NewRepo) => world.createRepo(options);

  const seeding: Seeding = {
    addOrganization(login) {
      owner(login).type = 'Organization';
    },
    addInstallation({ account, repositories = 'all', permissions, events }) {
      const id = world.nextId('installation') + 40_000_000;
      const selected = repositories === 'all' ? 'all' : new Set(repositories.map((name) => name.toLowerCase()));
      // metadata: read is always granted, as on GitHub.
      const granted = permissions ? { ...permissions, metadata: 'read' } : undefined;
      world.installations.set(id, {
        id,
        account: owner(account),
        repositories: selected,
        createdAt: timestamp(),
        ...(granted ? { permissions: granted } : {}),
        ...(events ? { events: [...events] } : {}),
      });
      return { id };
    },
    addRepository(options) {
      const repo = newRepo(options);
      // Always one commit, so the default branch exists (GitHub's "initialize with a README").
      world.commit(repo, repo.defaultBranch, options.files ?? {}, 'Initial commit', DEFAULT_AUTHOR);
    },
    pushCommit({ owner: o, repo, branch, files, message, author }) {
      return world.commit(
        need(o, repo),
        branch,
        files,
        message ?? `Update ${Object.keys(files).join(', ')}`,
        author ?? DEFAULT_AUTHOR,
      ).sha;
    },
    openPullRequest(options) {
      const base = need(options.owner, options.repo);
      let headRepo = base;
      if (options.headOwner && options.headOwner.toLowerCase() !== base.owner.login.toLowerCase()) {
        headRepo =
          world.repo(options.headOwner, base.name) ??
          newRepo({ owner: options.headOwner, name: base.name, defaultBranch: base.defaultBranch, parent: base });
        if (!headRepo.branches.size)
          headRepo.branches.set(base.defaultBranch, base.branches.get(base.defaultBranch) ?? '');
      }
      const author = options.author ?? DEFAULT_AUTHOR;
      if (options.files)
        world.commit(headRepo, options.head, options.files, options.title ?? `Change ${options.head}`, author);
      else if (!headRepo.branches.has(options.head))
        headRepo.branches.set(options.head, headRepo.branches.get(headRepo.defaultBranch) ?? '');
      const headSha = headRepo.branches.get(options.head) ?? '';
      const { number } = world.addIssue(base, {
        title: options.title ?? `Change ${options.head}`,
        body: options.body ?? '',
        author: owner(author),
        viaApp: null,
        pull: {
          headRepo,
          headRef: options.head,
          headSha,
          baseRef: options.base ?? base.defaultBranch,
          merged: false,
          draft: false,
        },
      });
      return { number, headSha };
    },
    repositories() {
      return [...world.repos.values()].map((r) => r.fullName).sort();
    },
    openIssue({ owner: o, repo, title, body, author }) {
      return world.addIssue(need(o, repo), { title, body, author: owner(author), viaApp: null }).number;
    },
    editIssue({ owner: o, repo, number, body }) {
      const issue = need(o, repo).issues.get(number);
      if (!issue) throw new Error(`github-double: no issue #${number} in ${o}/${repo}`);
      issue.body = body;
      issue.updatedAt = timestamp();
    },
    addComment({ owner: o, repo, number, body, author }) {
      const record = need(o, repo);
      if (!record.issues.has(number)) throw new Error(`No issue or pull request #${number} in ${o}/${repo}`);
      const id = world.nextId('comment') + 1_000_000;
      const now = timestamp();
      world.comments.set(id, {
        id,
        nodeId: world.nodeId('IC', id),
        repo: record,
        issueNumber: number,
        body,
        author: owner(author ?? DEFAULT_AUTHOR),
        createdAt: now,
        updatedAt: now,
        viaApp: null,
      });
      return { id };
    },
    addTeam({ org, slug, name, parent, members = [], description }) {
      const id = world.nextId('team');
      owner(org).type = 'Organization';
      for (const member of members) owner(member);
      world.teamsOf(org).set(slug.toLowerCase(), {
        id,
        nodeId: world.nodeId('T', id),
        org: owner(org),
        slug,
        name: name ?? slug,
        description: description ?? null,
        parent,
        members: [...members],
      });
    },
    mergePullRequest({ owner: o, repo, number, author }) {
      const base = need(o, repo);
      const issue = base.issues.get(number);
      if (!issue?.pull || issue.state !== 'open') throw new Error(`No open pull request #${number} in ${o}/${repo}`);
      const pull = issue.pull;
      const head = world.git.commit(world.pullHead(pull));
      const baseSha = base.branches.get(pull.baseRef);
      const mergeBase = head && baseSha ? world.git.mergeBase(baseSha, head.sha) : undefined;
      const ancestor = mergeBase ? world.git.commit(mergeBase) : undefined;
      if (!head || !ancestor) throw new Error(`#${number} in ${o}/${repo} has no merge base`);
      if (world.conflicts(base, pull)) throw new Error(`#${number} in ${o}/${repo} has conflicts`);
      // A squash merge: what the head changed since the merge base, as one commit on the base branch.
      const changes: Record<string, Buffer | null> = {};
      for (const path of new Set([...head.files.keys(), ...ancestor.files.keys()])) {
        const theirs = head.files.get(path);
        if (theirs === ancestor.files.get(path)) continue;
        changes[path] = theirs === undefined ? null : (world.git.blob(theirs) ?? Buffer.alloc(0));
      }
      world.commit(base, pull.baseRef, changes, `${issue.title} (#${number})`, author ?? DEFAULT_AUTHOR);
      const now = timestamp();
      pull.merged = true;
      pull.mergedAt = now;
      issue.state = 'closed';
      issue.closedAt = now;
      issue.updatedAt = now;
    },
    closePullRequest({ owner: o, repo, number }) {
      const issue = need(o, repo).issues.get(number);
      if (!issue?.pull) throw new Error(`No pull request #${number} in ${o}/${repo}`);
      const now = timestamp();
      issue.state = 'closed';
      issue.closedAt = now;
      issue.updatedAt = now;
    },
    setTeamRepositoryPermission({ org, team, repo, permission }) {
      const found = world.teamsOf(org).get(team.toLowerCase());
      if (!found) throw new Error(`No team ${team} in ${org}`);
      (found.repositoryPermissions ??= new Map()).set(repo.toLowerCase(), permission);
    },
    setPermission({ owner: o, repo, login, permission }) {
      owner(login);
      need(o, repo).permissions.set(login.toLowerCase(), permission);
    },
    setBranchProtection({
      owner: o,
      repo,
      branch,
      requiredReviews,
      codeOwnerReviews,
      requiredChecks,
      allowForcePushes,
      allowDeletions,
    }) {
      const record = need(o, repo);
      if (!record.branches.has(branch)) throw new Error(`github-double: no branch ${branch} in ${o}/${repo}`);
      record.protection.set(branch, {
        requiredReviews: requiredReviews ?? (codeOwnerReviews ? 1 : null),
        codeOwnerReviews: codeOwnerReviews ?? false,
        requiredChecks: requiredChecks ?? null,
        allowForcePushes: allowForcePushes ?? false,
        allowDeletions: allowDeletions ?? false,
      });
    },
    addBranchRuleset({ owner: o, repo, name, branches = ['~DEFAULT_BRANCH'], rules }) {
      const id = world.nextId('ruleset');
      need(o, repo).rulesets.push({
        id,
        name: name ?? `ruleset-${id}`,
        include: [...branches],
        rules: rules.map((r) => ({ ...r })),
      });
      return { id };
    },
    setSecurity({ owner: o, repo, secretScanning, dependabotSecurityUpdates, vulnerabilityAlerts }) {
      need(o, repo).security = { secretScanning, dependabotSecurityUpdates, vulnerabilityAlerts };
    },
    readFile(o, repo, path, ref) {
      const commit = world.resolve(need(o, repo), ref);
      const blob = commit?.files.get(path);
      return blob ? world.git.blob(blob)?.toString('utf8') : undefined;
    },
    files(o, repo, ref) {
      const commit = world.resolve(need(o, repo), ref);
      return new Map(
        [...(commit?.files ?? [])].map(([path, blob]) => [path, world.git.blob(blob)?.toString('utf8') ?? '']),
      );
    },
    branchHead: (o, repo, branch) => need(o, repo).branches.get(branch),
    branches: (o, repo) => [...need(o, repo).branches.keys()].sort(),
    commits(o, repo, branch) {
      const head = need(o, repo).branches.get(branch);
      return head
        ? world.git
            .log(head)
            .map((c) => ({ sha: c.sha, message: c.message, author: c.author, parents: [...c.parents] }))
        : [];
    },
    pullRequests(o, repo) {
      return [...need(o, repo).issues.values()].flatMap((issue) =>
        issue.pull
          ? [
              {
                number: issue.number,
                head: issue.pull.headRef,
                base: issue.pull.baseRef,
                title: issue.title,
                body: issue.body,
                state: issue.state,
                merged: issue.pull.merged,
                draft: issue.pull.draft,
                author: issue.author.login,
                labels: [...issue.labels],
                requestedTeams: [...(issue.pull.requestedTeams ?? [])],
              },
            ]
          : [],
      );
    },
    checkRuns(o, repo) {
      const record = need(o, repo);
      return [...world.checkRuns.values()]
        .filter((run) => run.repo === record)
        .map((run) => ({
          id: run.id,
          name: run.name,
          headSha: run.headSha,
          status: run.status,
          conclusion: run.conclusion,
          title: run.output.title ?? undefined,
          summary: run.output.summary ?? undefined,
          text: run.output.text ?? undefined,
          annotations: run.annotations.map((a) => ({ ...a })),
          externalId: run.externalId ?? undefined,
          detailsUrl: run.detailsUrl ?? undefined,
        }));
    },
    comments(o, repo, number) {
      const record = need(o, repo);
      return [...world.comments.values()]
        .filter((c) => c.repo === record && c.issueNumber === number)
        .map((c) => ({ id: c.id, body: c.body, author: c.author.login }));
    },
    issues(o, repo) {
      return [...need(o, repo).issues.values()]
        .filter((issue) => !issue.pull)
        .map((issue) => ({
          number: issue.number,
          title: issue.title,
          body: issue.body,
          state: issue.state,
          labels: [...issue.labels],
          author: issue.author.login,
        }));
    },
  };
  return seeding;
}
