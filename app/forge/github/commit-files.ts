/**
 * Commits several files to a branch in one atomic commit, compare-and-swap on the branch: if the
 * branch moved between our read and our write, GitHub refuses, and we re-read, recompute the
 * changes from the new head and try again. Nothing is ever forced. Changes that would not change a
 * file are dropped, so an unchanged result commits nothing; a missing branch is created only when
 * there is something to commit on it.
 *
 * A change set GitHub could not take in one request (the first build of a large organisation's
 * catalog: hundreds of thousands of files) is staged: committed in parts to a private branch, then
 * squashed into one commit on top of the branch head, which the branch is moved to only by a
 * fast-forward. The branch sees one commit or none, never a part.
 */
import { randomUUID } from 'node:crypto';
import { gitBlobSha } from '../git-blob-sha.ts';
import {
  changesOf,
  ForgeWriteError,
  messageOf,
  type BranchHead,
  type CommitRequest,
  type CommitResult,
  type RepositoryId,
} from '../types.ts';
import type { CommitFileChange as FileChange } from '../../core/file-change.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';
import { readFiles } from './read-files.ts';
import { listFiles } from './repositories.ts';

const MAX_ATTEMPTS = 6;

/**
 * One `createCommitOnBranch` carries at most this much. GitHub documents no limit; requests of a
 * few megabytes and a few hundred files are known to pass, larger ones to time out.
 */
export interface CommitLimits {
  files: number;
  bytes: number;
}

export const DEFAULT_COMMIT_LIMITS: CommitLimits = { files: 300, bytes: 3 * 1024 * 1024 };

export async function commitFiles(
  octokit: CallboardOctokit,
  request: CommitRequest,
  limits = DEFAULT_COMMIT_LIMITS,
): Promise<CommitResult> {
  const { repository, branch } = request;
  let retries = 0;
  let attempted = false;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const heads = await branchHeads(octokit, repository, branch, request.createFrom);
    const existing = heads.branch;
    const base: BranchHead = existing ?? { branch, sha: heads.from };
    const computed = await request.changes(base);
    const message = messageOf(computed, request.message);
    const parts = inParts(changesOf(computed), limits)[Symbol.iterator]();
    const first = parts.next();
    const second = first.done ? first : parts.next();
    let sha: string | undefined;
    if (second.done) {
      // One request carries it: the common case.
      const changes = await effectiveChanges(octokit, repository, base.sha, first.done ? [] : first.value);
      if (changes.length === 0) return { outcome: attempted ? 'updated' : 'unchanged', sha: base.sha, retries };
      if (!existing && !(await createBranch(octokit, repository, branch, base.sha))) {
        retries++;
        continue; // someone created it meanwhile: start over from its head
      }
      attempted = true;
      sha = (await createCommit(octokit, repository, branch, base.sha, message, changes))?.oid;
    } else {
      const staged = await commitStaged(octokit, repository, base.sha, message, [first.value, second.value], parts);
      if (staged === 'unchanged') return { outcome: attempted ? 'updated' : 'unchanged', sha: base.sha, retries };
      attempted = true;
      sha = existing
        ? await fastForward(octokit, repository, branch, staged)
        : (await createBranch(octokit, repository, branch, staged))
          ? staged
          : undefined;
    }
    if (sha) return { outcome: existing ? 'updated' : 'created', sha, retries };
    retries++;
    await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
  }
  throw new ForgeWriteError(
    `${repository.owner}/${repository.name}@${branch} kept moving; gave up after ${MAX_ATTEMPTS} attempts`,
    true,
  );
}

/**
 * The changes in parts that each fit one request, taken as they come (a large change set is produced as it is taken).
 */
function* inParts(changes: Iterable<FileChange>, limits: CommitLimits): Generator<FileChange[]> {
  let part: FileChange[] = [];
  let bytes = 0;
  for (const change of changes) {
    const size = change.content === null ? 0 : Buffer.byteLength(change.content);
    if (part.length && (part.length >= limits.files || bytes + size > limits.bytes)) {
      yield part;
      part = [];
      bytes = 0;
    }
    part.push(change);
    bytes += size;
  }
  if (part.length) yield part;
}

/**
 * Commits the parts to a private staging branch made at `base`, then makes one commit of the
 * staged tree on `base`. Returns that commit (not yet on any branch), or 'unchanged'. What is
 * already there is known from one listing of the tree (blob ids), so no file is read.
 */
async function commitStaged(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  base: string,
  message: string,
  firstParts: FileChange[][],
  rest: Iterator<FileChange[]>,
): Promise<string | 'unchanged'> {
  const listing = await listFiles(octokit, repository, base);
  if (!listing || listing.truncated || !listing.shas)
    throw new ForgeWriteError(
      `${repository.owner}/${repository.name}: cannot list ${base} to stage a large commit`,
      true,
    );
  const present = new Map(listing.shas);
  const staging = `callboard-staging/${randomUUID()}`;
  if (!(await createBranch(octokit, repository, staging, base)))
    throw new ForgeWriteError(`${repository.owner}/${repository.name}: cannot create ${staging}`, true);
  try {
    let head = base;
    let tree: string | undefined;
    let part = 0;
    const parts = function* () {
      yield* firstParts;
      for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
    };
    for (const changes of parts()) {
      const last = new Map(changes.map((c) => [c.path, c]));
      const effective = [...last.values()].filter((c) =>
        c.content === null ? present.has(c.path) : present.get(c.path) !== gitBlobSha(c.content),
      );
      if (effective.length === 0) continue;
      const made = await createCommit(
        octokit,
        repository,
        staging,
        head,
        `${message.split('\n')[0]} (part ${++part})`,
        effective,
      );
      if (!made)
        throw new ForgeWriteError(`${repository.owner}/${repository.name}: ${staging} moved under Callboard`, true);
      ({ oid: head, tree } = made);
      for (const c of effective) {
        if (c.content === null) present.delete(c.path);
        else present.set(c.path, gitBlobSha(c.content));
      }
    }
    if (!tree) return 'unchanged';
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
      owner: repository.owner,
      repo: repository.name,
      message,
      tree,
      parents: [base],
    });
    return data.sha;
  } finally {
    await deleteStagingBranch(octokit, repository, staging);
  }
}

/** A private staging branch removed once used; one that cannot be removed is left (it holds nothing of value). */
export const deleteStagingBranch = (octokit: CallboardOctokit, repository: RepositoryId, staging: string) =>
  octokit
    .request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
      owner: repository.owner,
      repo: repository.name,
      ref: `heads/${staging}`,
    })
    .then(() => undefined)
    .catch(() => undefined);

/** Moves the branch to `sha` if that is a fast-forward; undefined when the branch moved meanwhile. */
async function fastForward(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  branch: string,
  sha: string,
): Promise<string | undefined> {
  try {
    await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      owner: repository.owner,
      repo: repository.name,
      ref: `heads/${branch}`,
      sha,
      force: false,
    });
    return sha;
  } catch (error) {
    if ((error as { status?: number }).status === 422) return undefined;
    throw error;
  }
}

interface Heads {
  branch?: BranchHead;
  /** Head of the branch to create it from (createFrom, or the default branch). */
  from: string;
}

async function branchHeads(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  branch: string,
  createFrom?: string,
): Promise<Heads> {
  type Ref = { target: { oid: string } } | null;
  const data = await octokit.graphql<{
    repository: { ref: Ref; from: Ref; defaultBranchRef: { name: string; target: { oid: string } } | null };
  }>(
    `query CallboardBranchHead($owner: String!, $name: String!, $ref: String!, $from: String!, $hasFrom: Boolean!) {
      repository(owner: $owner, name: $name) {
        ref(qualifiedName: $ref) { target { oid } }
        from: ref(qualifiedName: $from) @include(if: $hasFrom) { target { oid } }
        defaultBranchRef { name target { oid } }
      }
    }`,
    {
      owner: repository.owner,
      name: repository.name,
      ref: `refs/heads/${branch}`,
      from: `refs/heads/${createFrom ?? ''}`,
      hasFrom: createFrom !== undefined,
    },
  );
  const from =
    createFrom !== undefined ? data.repository.from?.target.oid : data.repository.defaultBranchRef?.target.oid;
  if (!from)
    throw new ForgeWriteError(
      `${repository.owner}/${repository.name}: no branch ${createFrom ?? '(default)'} to start ${branch} from`,
      false,
    );
  const head = data.repository.ref?.target.oid;
  return { from, ...(head ? { branch: { branch, sha: head } } : {}) };
}

/** The changes that would actually change something at `sha`. */
async function effectiveChanges(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  sha: string,
  changes: FileChange[],
): Promise<FileChange[]> {
  const last = new Map(changes.map((c) => [c.path, c])); // a path changed twice: the last change wins
  const current = await readFiles(
    octokit,
    [...last.keys()].map((path) => ({ repository, path, ref: sha })),
  );
  return current.flatMap((file) => {
    const change = last.get(file.path)!;
    if (change.content === null) return file.sha ? [change] : [];
    // Bytes are compared by blob id: a binary file has no text to compare.
    const same =
      typeof change.content === 'string' ? file.text === change.content : file.sha === gitBlobSha(change.content);
    return same ? [] : [change];
  });
}

/** Creates the branch at `sha`; false when it already exists (a concurrent writer). */
export async function createBranch(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  branch: string,
  sha: string,
): Promise<boolean> {
  try {
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
      owner: repository.owner,
      repo: repository.name,
      ref: `refs/heads/${branch}`,
      sha,
    });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 422) return false;
    throw error;
  }
}

/** The new commit and its tree, or undefined when the branch moved away from `expectedHeadOid`. */
export async function createCommit(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  branch: string,
  expectedHeadOid: string,
  message: string,
  changes: FileChange[],
): Promise<{ oid: string; tree: string } | undefined> {
  const [headline, ...rest] = message.split('\n');
  const input = {
    branch: { repositoryNameWithOwner: `${repository.owner}/${repository.name}`, branchName: branch },
    message: { headline: headline ?? 'Update files', body: rest.join('\n').trim() },
    expectedHeadOid,
    fileChanges: {
      additions: changes
        .filter((c) => c.content !== null)
        .map((c) => ({ path: c.path, contents: Buffer.from(c.content!).toString('base64') })),
      deletions: changes.filter((c) => c.content === null).map((c) => ({ path: c.path })),
    },
  };
  try {
    const data = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string; tree: { oid: string } } } }>(
      `mutation CallboardCommit($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid tree { oid } } } }`,
      { input },
    );
    const { commit } = data.createCommitOnBranch;
    return { oid: commit.oid, tree: commit.tree.oid };
  } catch (error) {
    if (isStaleHead(error)) return undefined;
    throw new ForgeWriteError(
      `Could not commit to ${repository.owner}/${repository.name}@${branch}: ${(error as Error).message}`,
      false,
      { cause: error },
    );
  }
}

/** GitHub's answer when `expectedHeadOid` is not the branch head any more. */
export function isStaleHead(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? [];
  return errors.some((e) => e.type === 'STALE_DATA' || /expected branch to point to/i.test(e.message ?? ''));
}
