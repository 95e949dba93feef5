/**
 * Commits several files to a branch in one atomic commit with GraphQL `createCommitOnBranch`,
 * whose `expectedHeadOid` is a compare-and-swap on the branch head: if the branch moved between
 * our read and our write, GitHub refuses the commit, and we re-read, recompute the changes from
 * the new head and try again. Nothing is ever forced. Changes that would not change a file are
 * dropped, so an unchanged result commits nothing; a missing branch is created only when there is
 * something to commit on it.
 */
import { changesOf, ForgeWriteError, messageOf, type BranchHead, type CommitRequest, type CommitResult, type FileChange, type RepositoryId } from '../types.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { readFiles } from './read-files.ts';

const MAX_ATTEMPTS = 6;

export async function commitFiles(octokit: CallboardOctokit, request: CommitRequest): Promise<CommitResult> {
  const { repository, branch } = request;
  let retries = 0;
  let attempted = false;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const heads = await branchHeads(octokit, repository, branch, request.createFrom);
    const existing = heads.branch;
    const base: BranchHead = existing ?? { branch, sha: heads.from };
    const computed = await request.changes(base);
    const changes = await effectiveChanges(octokit, repository, base.sha, [...changesOf(computed)]);
    if (changes.length === 0) return { outcome: attempted ? 'updated' : 'unchanged', sha: base.sha, retries };
    if (!existing && !(await createBranch(octokit, repository, branch, base.sha))) {
      retries++;
      continue; // someone created it meanwhile: start over from its head
    }
    attempted = true;
    const sha = await createCommit(octokit, repository, branch, base.sha, messageOf(computed, request.message), changes);
    if (sha) return { outcome: existing ? 'updated' : 'created', sha, retries };
    retries++;
    await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
  }
  throw new ForgeWriteError(`${repository.owner}/${repository.name}@${branch} kept moving; gave up after ${MAX_ATTEMPTS} attempts`, true);
}

interface Heads {
  branch?: BranchHead;
  /** Head of the branch to create it from (createFrom, or the default branch). */
  from: string;
}

async function branchHeads(octokit: CallboardOctokit, repository: RepositoryId, branch: string, createFrom?: string): Promise<Heads> {
  type Ref = { target: { oid: string } } | null;
  const data = await octokit.graphql<{ repository: { ref: Ref; from: Ref; defaultBranchRef: { name: string; target: { oid: string } } | null } }>(
    `query CallboardBranchHead($owner: String!, $name: String!, $ref: String!, $from: String!, $hasFrom: Boolean!) {
      repository(owner: $owner, name: $name) {
        ref(qualifiedName: $ref) { target { oid } }
        from: ref(qualifiedName: $from) @include(if: $hasFrom) { target { oid } }
        defaultBranchRef { name target { oid } }
      }
    }`,
    { owner: repository.owner, name: repository.name, ref: `refs/heads/${branch}`, from: `refs/heads/${createFrom ?? ''}`, hasFrom: createFrom !== undefined },
  );
  const from = createFrom !== undefined ? data.repository.from?.target.oid : data.repository.defaultBranchRef?.target.oid;
  if (!from) throw new ForgeWriteError(`${repository.owner}/${repository.name}: no branch ${createFrom ?? '(default)'} to start ${branch} from`, false);
  const head = data.repository.ref?.target.oid;
  return { from, ...(head ? { branch: { branch, sha: head } } : {}) };
}

/** The changes that would actually change something at `sha`. */
async function effectiveChanges(octokit: CallboardOctokit, repository: RepositoryId, sha: string, changes: FileChange[]): Promise<FileChange[]> {
  const last = new Map(changes.map((c) => [c.path, c])); // a path changed twice: the last change wins
  const current = await readFiles(octokit, [...last.keys()].map((path) => ({ repository, path, ref: sha })));
  return current.flatMap((file) => {
    const change = last.get(file.path)!;
    if (change.content === null) return file.sha ? [change] : [];
    return file.text === change.content ? [] : [change];
  });
}

/** Creates the branch at `sha`; false when it already exists (a concurrent writer). */
async function createBranch(octokit: CallboardOctokit, repository: RepositoryId, branch: string, sha: string): Promise<boolean> {
  try {
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: repository.owner, repo: repository.name, ref: `refs/heads/${branch}`, sha });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 422) return false;
    throw error;
  }
}

/** The new commit's SHA, or undefined when the branch moved away from `expectedHeadOid`. */
async function createCommit(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  branch: string,
  expectedHeadOid: string,
  message: string,
  changes: FileChange[],
): Promise<string | undefined> {
  const [headline, ...rest] = message.split('\n');
  const input = {
    branch: { repositoryNameWithOwner: `${repository.owner}/${repository.name}`, branchName: branch },
    message: { headline: headline ?? 'Update files', body: rest.join('\n').trim() },
    expectedHeadOid,
    fileChanges: {
      additions: changes.filter((c) => c.content !== null).map((c) => ({ path: c.path, contents: Buffer.from(c.content!, 'utf8').toString('base64') })),
      deletions: changes.filter((c) => c.content === null).map((c) => ({ path: c.path })),
    },
  };
  try {
    const data = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
      `mutation CallboardCommit($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`,
      { input },
    );
    return data.createCommitOnBranch.commit.oid;
  } catch (error) {
    if (isStaleHead(error)) return undefined;
    throw new ForgeWriteError(`Could not commit to ${repository.owner}/${repository.name}@${branch}: ${(error as Error).message}`, false, { cause: error });
  }
}

/** GitHub's answer when `expectedHeadOid` is not the branch head any more. */
export function isStaleHead(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? [];
  return errors.some((e) => e.type === 'STALE_DATA' || /expected branch to point to/i.test(e.message ?? ''));
}
