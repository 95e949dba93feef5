/**
 * A pull request's files: its head compared with the merge base of base and head (GitHub's
 * three-dot diff). Exact renames (same blob, new path) are `renamed`, as git detects them. Line
 * counts come from trimming the common prefix and suffix of lines: exact for one changed region,
 * an upper bound otherwise. No `patch` is produced.
 */
import type { Commit, GitStore } from '../state/git.ts';

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  sha: string;
  additions: number;
  deletions: number;
  previous_filename?: string;
}

function lines(bytes: Buffer | undefined): string[] | undefined {
  if (!bytes || bytes.includes(0)) return undefined;
  const text = bytes.toString('utf8');
  if (text === '') return [];
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

function lineCounts(before: Buffer | undefined, after: Buffer | undefined): { additions: number; deletions: number } {
  const a = lines(before) ?? [];
  const b = lines(after) ?? [];
  if ((before && !lines(before)) || (after && !lines(after))) return { additions: 0, deletions: 0 };
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { additions: b.length - start - end, deletions: a.length - start - end };
}

export function diffCommits(git: GitStore, base: Commit, head: Commit): FileChange[] {
  const changes: FileChange[] = [];
  const removed = new Map<string, string>();
  for (const [path, sha] of base.files) if (!head.files.has(path)) removed.set(path, sha);
  const renamedFrom = new Map<string, string>();
  for (const [path, sha] of head.files) {
    if (base.files.has(path)) continue;
    const from = [...removed].find(([, old]) => old === sha)?.[0];
    if (from !== undefined) {
      removed.delete(from);
      renamedFrom.set(path, from);
    }
  }
  for (const [path, sha] of head.files) {
    const old = base.files.get(path);
    if (old === sha) continue;
    const from = renamedFrom.get(path);
    if (from !== undefined) {
      changes.push({ filename: path, status: 'renamed', sha, additions: 0, deletions: 0, previous_filename: from });
      continue;
    }
    const counts = lineCounts(old ? git.blob(old) : undefined, git.blob(sha));
    changes.push({ filename: path, status: old ? 'modified' : 'added', sha, ...counts });
  }
  for (const [path, sha] of removed)
    changes.push({ filename: path, status: 'removed', sha, ...lineCounts(git.blob(sha), undefined) });
  return changes.sort((x, y) => (x.filename < y.filename ? -1 : x.filename > y.filename ? 1 : 0));
}
