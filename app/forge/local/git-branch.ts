/**
 * A migration's changes committed in a local checkout, on a branch of their own (turbolift's and
 * multi-gitter's job, for teams without the app): the branch is made (or made again) from the
 * checkout's default branch, the changes written and committed as one commit, and the checkout put
 * back on the branch it was on. A checkout with uncommitted changes is left alone: nothing of a
 * person's work is touched. Git runs as a program (no shell), with the person's own configuration.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FileChange } from '../../core/file-change.ts';
import { applyChanges } from './apply-changes.ts';

const run = promisify(execFile);

export interface BranchCommit {
  /** The checkout's folder. */
  dir: string;
  branch: string;
  /** The branch to start from. */
  base: string;
  message: string;
  changes: readonly FileChange[];
}

export type BranchCommitResult =
  { outcome: 'committed'; sha: string } | { outcome: 'unchanged' } | { outcome: 'refused'; reason: string };

const git = async (dir: string, args: string[]) =>
  (await run('git', ['-C', dir, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout.trim();

export async function commitOnBranch(request: BranchCommit): Promise<BranchCommitResult> {
  const { dir, branch, base, message, changes } = request;
  if (!existsSync(join(dir, '.git'))) return { outcome: 'refused', reason: 'not a git checkout' };
  if (await git(dir, ['status', '--porcelain']))
    return { outcome: 'refused', reason: 'it has uncommitted changes: commit or stash them first' };
  const original = await git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const existing = await git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).catch(() => '');
  await git(dir, ['checkout', '--quiet', '-B', branch, base]);
  // The branch as it was, when making it again gives the same files: an apply run twice commits once.
  const keepExisting = async () => {
    if (existing) await git(dir, ['reset', '--quiet', '--hard', existing]);
    return { outcome: 'unchanged' } as const;
  };
  try {
    await applyChanges(dir, changes, { skipUnchanged: true });
    await git(dir, ['add', '--all', '--', ...changes.map((c) => c.path)]);
    if (!(await git(dir, ['status', '--porcelain']))) return await keepExisting();
    const identity = (await git(dir, ['config', 'user.email']).catch(() => ''))
      ? []
      : ['-c', 'user.name=Callboard', '-c', 'user.email=callboard@localhost'];
    await git(dir, [...identity, 'commit', '--quiet', '-m', message]);
    const tree = (ref: string) => git(dir, ['rev-parse', `${ref}^{tree}`]);
    if (existing && (await tree('HEAD')) === (await tree(existing))) return await keepExisting();
    return { outcome: 'committed', sha: await git(dir, ['rev-parse', 'HEAD']) };
  } finally {
    if (original !== 'HEAD' && original !== branch) await git(dir, ['checkout', '--quiet', original]);
  }
}
