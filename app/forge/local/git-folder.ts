/**
 * A folder as a commit of its Git checkout holds it (`git ls-tree`, `git cat-file`): the version of a
 * template a repository recorded, read without touching the working tree.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FileTree, TreeFile } from '../../core/scaffold/workspace.ts';
import { TREE_LIMITS } from './file-tree.ts';

const run = promisify(execFile);
const git = (dir: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8') =>
  run('git', ['-C', dir, ...args], { encoding, maxBuffer: TREE_LIMITS.bytes }).then((r) => r.stdout);

/** The checkout's root and the folder's path in it; undefined when the folder is not in a Git checkout. */
export async function checkoutOf(folder: string): Promise<{ root: string; path: string } | undefined> {
  try {
    const root = (await git(folder, ['rev-parse', '--show-toplevel'])).toString().trim();
    const prefix = (await git(folder, ['rev-parse', '--show-prefix'])).toString().trim().replace(/\/$/, '');
    return { root, path: prefix };
  } catch {
    return undefined;
  }
}

/** The commit the checkout is at; undefined outside Git. */
export async function headOf(folder: string): Promise<string | undefined> {
  try {
    return (await git(folder, ['rev-parse', 'HEAD'])).toString().trim();
  } catch {
    return undefined;
  }
}

/** Every file under `folder` at `commit`, with bytes and modes; undefined when the commit is unknown. */
export async function readGitFolder(root: string, commit: string, folder: string): Promise<FileTree | undefined> {
  let listing: string;
  try {
    listing = (await git(root, ['ls-tree', '-r', '-z', commit, '--', folder || '.'])).toString();
  } catch {
    return undefined;
  }
  const files = new Map<string, TreeFile>();
  const prefix = folder ? `${folder}/` : '';
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, sha] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (type !== 'blob' || !path.startsWith(prefix)) continue;
    if (files.size >= TREE_LIMITS.files)
      throw new Error(`${folder} at ${commit} holds more than ${TREE_LIMITS.files} files`);
    const content = (await git(root, ['cat-file', 'blob', sha!], 'buffer')) as unknown as Buffer;
    const kind = mode === '100755' ? 'executable' : mode === '120000' ? 'symlink' : 'file';
    files.set(path.slice(prefix.length), { content: new Uint8Array(content), kind });
  }
  return { files };
}
