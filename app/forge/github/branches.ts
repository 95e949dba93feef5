/**
 * Branches Callboard keeps in many repositories (a migration's), read and written as a campaign
 * needs: one branch of one name read in every repository at once, with its head commit (who made it)
 * and its pull requests; a branch made again on the default branch by compare-and-swap; a branch
 * deleted only if it has not moved. GitHub's `updateRefs` takes the head a ref must have
 * (`beforeOid`), so even a forced move never loses a push that landed meanwhile.
 */
import { randomUUID } from 'node:crypto';
import type { FileChange } from '../../core/file-change.ts';
import type { BranchPullRequest, BranchRewrite, BranchState, CommitResult, RepositoryId } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { createBranch, createCommit, deleteStagingBranch, isStaleHead } from './commit-files.ts';
import { despiteNotFound } from './graphql-not-found.ts';
import type { ForgeIdentity } from './identity.ts';
import { halvedWhenTooBig, type ReadBatching } from './read-files.ts';

const ZERO = '0000000000000000000000000000000000000000';

interface RepositoryNode {
  id: string;
  defaultBranchRef: { name: string; target: { oid: string } } | null;
  ref: {
    target: {
      oid: string;
      parents?: { nodes: { oid: string }[] };
      author?: { name: string | null; email: string | null; user: { login: string } | null } | null;
    };
  } | null;
  pullRequests: {
    nodes: {
      number: number;
      url: string;
      state: 'OPEN' | 'CLOSED' | 'MERGED';
      title: string;
      body: string;
      mergeable: BranchPullRequest['mergeable'];
      closedAt: string | null;
      labels: { nodes: { name: string }[] } | null;
    }[];
  };
}

export async function branchStates(
  octokit: CallboardOctokit,
  identity: ForgeIdentity,
  repositories: readonly RepositoryId[],
  branch: string,
  batching: ReadBatching,
): Promise<(BranchState | undefined)[]> {
  const out: (BranchState | undefined)[] = [];
  for (let i = 0; i < repositories.length; i += batching.snapshotsPerQuery)
    out.push(...(await statesBatch(octokit, identity, repositories.slice(i, i + batching.snapshotsPerQuery), branch)));
  return out;
}

async function statesBatch(
  octokit: CallboardOctokit,
  identity: ForgeIdentity,
  batch: RepositoryId[],
  branch: string,
): Promise<(BranchState | undefined)[]> {
  const fields = batch.map(
    (r, i) =>
      `  r${i}: repository(owner: ${JSON.stringify(r.owner)}, name: ${JSON.stringify(r.name)}) { ...branchState }`,
  );
  const query = `query CallboardBranchStates($ref: String!, $branch: String!) {\n${fields.join('\n')}\n}
fragment branchState on Repository {
  id
  defaultBranchRef { name target { oid } }
  ref(qualifiedName: $ref) { target { oid ... on Commit { parents(first: 2) { nodes { oid } } author { name email user { login } } } } }
  pullRequests(headRefName: $branch, first: 5, orderBy: { field: CREATED_AT, direction: DESC }, states: [OPEN, CLOSED, MERGED]) {
    nodes { number url state title body mergeable closedAt labels(first: 20) { nodes { name } } }
  }
}`;
  const answer = await halvedWhenTooBig(
    batch,
    () =>
      despiteNotFound(() =>
        octokit.graphql<Record<string, RepositoryNode | null>>(query, { ref: `refs/heads/${branch}`, branch }),
      ),
    (half) => statesBatch(octokit, identity, half, branch),
  );
  if ('halves' in answer) return answer.halves;
  return batch.map((repository, i) => stateOf(repository, answer.data[`r${i}`] ?? null, identity));
}

function stateOf(
  repository: RepositoryId,
  node: RepositoryNode | null,
  identity: ForgeIdentity,
): BranchState | undefined {
  if (!node?.defaultBranchRef) return undefined;
  const head = node.ref?.target;
  return {
    repository,
    defaultBranch: node.defaultBranchRef.name,
    baseSha: node.defaultBranchRef.target.oid,
    ...(head
      ? {
          head: {
            sha: head.oid,
            parents: head.parents?.nodes.map((p) => p.oid) ?? [],
            byCallboard: madeBy(head.author ?? null, identity),
          },
        }
      : {}),
    pullRequests: node.pullRequests.nodes.map((p) => ({
      number: p.number,
      url: p.url,
      state: p.state === 'OPEN' ? 'open' : p.state === 'MERGED' ? 'merged' : 'closed',
      title: p.title,
      body: p.body,
      mergeable: p.mergeable,
      labels: p.labels?.nodes.map((l) => l.name) ?? [],
      closedAt: p.closedAt,
    })),
  };
}

/**
 * Whether the app's bot authored a commit. A bot is not a GraphQL `User`, so the author's name is
 * compared: GitHub writes the app's bot login (`callboard[bot]`) as the name of the commits it makes
 * for an app, and a person's push carries their own name.
 */
function madeBy(author: { name: string | null; user: { login: string } | null } | null, identity: ForgeIdentity) {
  if (!author) return false;
  if (author.user) return author.user.login === identity.login;
  return author.name === identity.login;
}

/**
 * One commit of the changes on the default branch's head, made on a private staging branch (so the
 * branch is not touched while it is made), then the branch moved to it only if it still points at
 * `expectedHead`. The staging branch is always deleted.
 */
export async function rewriteBranch(
  octokit: CallboardOctokit,
  request: BranchRewrite,
): Promise<CommitResult | 'moved'> {
  const { repository, branch, expectedHead, message, changes } = request;
  const { data: repo } = await octokit.request('GET /repos/{owner}/{repo}', {
    owner: repository.owner,
    repo: repository.name,
  });
  const base = await headOf(octokit, repository, repo.default_branch);
  const staging = `callboard-staging/${randomUUID()}`;
  if (!(await createBranch(octokit, repository, staging, base))) return 'moved';
  try {
    const made = await createCommit(octokit, repository, staging, base, message, [...changes] as FileChange[]);
    if (!made) return 'moved';
    const moved = await updateRef(octokit, repo.node_id, branch, expectedHead, made.oid);
    return moved ? { outcome: 'updated', sha: made.oid, retries: 0 } : 'moved';
  } finally {
    await deleteStagingBranch(octokit, repository, staging);
  }
}

/** Deletes the branch if it still points at `expectedHead`. */
export async function deleteBranch(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  branch: string,
  expectedHead: string,
): Promise<boolean> {
  const { data: repo } = await octokit.request('GET /repos/{owner}/{repo}', {
    owner: repository.owner,
    repo: repository.name,
  });
  return updateRef(octokit, repo.node_id, branch, expectedHead, ZERO);
}

async function headOf(octokit: CallboardOctokit, repository: RepositoryId, branch: string): Promise<string> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
    owner: repository.owner,
    repo: repository.name,
    ref: `heads/${branch}`,
  });
  return data.object.sha;
}

/** GitHub's compare-and-swap on a ref: false when it did not point at `before` (or is gone). */
export async function updateRef(
  octokit: CallboardOctokit,
  repositoryId: string,
  branch: string,
  before: string,
  after: string,
): Promise<boolean> {
  try {
    await octokit.graphql(
      `mutation CallboardUpdateRef($input: UpdateRefsInput!) { updateRefs(input: $input) { clientMutationId } }`,
      {
        input: {
          repositoryId,
          refUpdates: [{ name: `refs/heads/${branch}`, beforeOid: before, afterOid: after, force: true }],
        },
      },
    );
    return true;
  } catch (error) {
    if (isStaleHead(error) || isRefRefused(error)) return false;
    throw error;
  }
}

/** GitHub's answer when a ref update's `beforeOid` does not hold. */
const isRefRefused = (error: unknown) =>
  ((error as { errors?: { type?: string; message?: string }[] }).errors ?? []).some(
    (e) =>
      e.type === 'STALE_DATA' ||
      e.type === 'UNPROCESSABLE' ||
      /expected|does not match|not found/i.test(e.message ?? ''),
  );
