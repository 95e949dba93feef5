/**
 * The root fields the double implements: `repository`, `rateLimit`, and the mutation
 * `createCommitOnBranch`, GitHub's compare-and-swap commit (the branch must still point at
 * `expectedHeadOid`, or nothing is written and the error is STALE_DATA). The commit is the
 * acting app's bot's; a workflow token needs `contents: write` for it.
 */
import type { Caller } from '../server/auth.ts';
import { actingApp, credentialOf, visibleTo, type Env } from '../server/env.ts';
import { holds } from '../rest/permissions.ts';
import type { RepoRecord } from '../state/store.ts';
import { GithubGraphqlError, type Node, type Nodes } from './nodes.ts';

interface UpdateRefsInput {
  clientMutationId?: string;
  repositoryId: string;
  refUpdates: { name: string; afterOid: string; beforeOid?: string; force?: boolean }[];
}

const ZERO = '0'.repeat(40);

interface CommitOnBranchInput {
  clientMutationId?: string;
  branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string };
  message: { headline: string; body?: string };
  fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
  expectedHeadOid: string;
}

export function createRoot(env: Env, nodes: Nodes, caller: Caller, cost: number): Node {
  const { world } = env;
  const notFound = (nameWithOwner: string) =>
    new GithubGraphqlError('NOT_FOUND', `Could not resolve to a Repository with the name '${nameWithOwner}'.`);
  const visible = (owner: string, name: string): RepoRecord => {
    const repo = world.repo(owner, name);
    if (!visibleTo(env, caller, repo)) throw notFound(`${owner}/${name}`);
    return repo;
  };

  return {
    __typename: 'Query',
    repository: ({ owner, name }: { owner: string; name: string }) => nodes.repositoryNode(visible(owner, name)),
    rateLimit: () => {
      const rate = env.rates.snapshot(credentialOf(caller), 'graphql');
      return {
        __typename: 'RateLimit',
        cost,
        limit: rate.limit,
        // The snapshot is taken before this query is charged; report it as charged, as GitHub does.
        remaining: Math.max(0, rate.remaining - cost),
        used: rate.used + cost,
        resetAt: new Date(rate.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        nodeCount: 0,
      };
    },
    /**
     * `updateRefs`: each ref moved to `afterOid` (40 zeros delete it) only if it points at `beforeOid`
     * (all or nothing); without `force`, only by a fast-forward.
     */
    updateRefs: ({ input }: { input: UpdateRefsInput }) => {
      const repo = [...world.repos.values()].find((r) => r.nodeId === input.repositoryId);
      if (!repo || !visibleTo(env, caller, repo))
        throw new GithubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.repositoryId}'`,
        );
      if (!holds(caller, ['contents'], 'write'))
        throw new GithubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
      if (repo.archived) throw new GithubGraphqlError('FORBIDDEN', 'Repository was archived so is read-only.');
      const updates = input.refUpdates.map((update) => {
        if (!update.name.startsWith('refs/heads/')) {
          env.violations.push(`updateRefs: the double supports branches (refs/heads/…) only, not ${update.name}`);
          throw new GithubGraphqlError('UNPROCESSABLE', 'the double supports branches only');
        }
        const branch = update.name.slice('refs/heads/'.length);
        env.faults.beforeBranchWrite(repo.owner.login, repo.name, branch);
        const current = repo.branches.get(branch) ?? ZERO;
        if (update.beforeOid !== undefined && update.beforeOid !== current)
          throw new GithubGraphqlError(
            'STALE_DATA',
            `${update.name} is at ${current}, but expected ${update.beforeOid}.`,
          );
        if (update.afterOid !== ZERO && !world.git.commit(update.afterOid))
          throw new GithubGraphqlError('UNPROCESSABLE', `Object ${update.afterOid} does not exist.`);
        if (
          !update.force &&
          current !== ZERO &&
          update.afterOid !== ZERO &&
          world.git.mergeBase(current, update.afterOid) !== current
        )
          throw new GithubGraphqlError('UNPROCESSABLE', `${update.name} cannot be updated: not a fast forward.`);
        return { branch, after: update.afterOid };
      });
      for (const { branch, after } of updates)
        if (after === ZERO) repo.branches.delete(branch);
        else repo.branches.set(branch, after);
      return { __typename: 'UpdateRefsPayload', clientMutationId: input.clientMutationId ?? null };
    },
    createCommitOnBranch: ({ input }: { input: CommitOnBranchInput }) => {
      const { branch } = input;
      if (!branch.repositoryNameWithOwner || !branch.branchName) {
        env.violations.push(
          'createCommitOnBranch: the double supports branch { repositoryNameWithOwner, branchName } only',
        );
        throw new GithubGraphqlError(
          'UNPROCESSABLE',
          'the double supports branch { repositoryNameWithOwner, branchName } only',
        );
      }
      const [owner = '', name = ''] = branch.repositoryNameWithOwner.split('/');
      const repo = visible(owner, name);
      if (!holds(caller, ['contents'], 'write'))
        throw new GithubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
      if (repo.archived) throw new GithubGraphqlError('FORBIDDEN', 'Repository was archived so is read-only.');
      const branchName = branch.branchName.replace(/^refs\/heads\//, '');
      env.faults.beforeBranchWrite(repo.owner.login, repo.name, branchName);
      const head = repo.branches.get(branchName);
      if (!head) throw new GithubGraphqlError('NOT_FOUND', `A ref named "refs/heads/${branchName}" does not exist.`);
      if (head !== input.expectedHeadOid) {
        throw new GithubGraphqlError(
          'STALE_DATA',
          `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
        );
      }
      const files = world.git.commit(head)?.files;
      const changes: Record<string, Buffer | null> = {};
      for (const { path } of input.fileChanges?.deletions ?? []) {
        if (!files?.has(path))
          throw new GithubGraphqlError(
            'UNPROCESSABLE',
            `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
          );
        changes[path] = null;
      }
      for (const { path, contents } of input.fileChanges?.additions ?? [])
        changes[path] = Buffer.from(contents, 'base64');
      const message = input.message.body
        ? `${input.message.headline}\n\n${input.message.body}`
        : input.message.headline;
      const commit = world.commit(repo, branchName, changes, message, actingApp(world, caller).bot.login);
      return {
        __typename: 'CreateCommitOnBranchPayload',
        clientMutationId: input.clientMutationId ?? null,
        commit: nodes.commitNode(repo, commit),
        ref: nodes.refNode(repo, branchName),
      };
    },
  };
}
