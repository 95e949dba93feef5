/**
 * The files below a folder, as a Git tree holds them: symbolic links are never followed (a link
 * in a repository is its own entry, not its target: Backstage reading the repository from GitHub
 * sees the same), so no walk can leave the repository, loop, or see a file twice. The links met are
 * returned, so what was skipped can be said. `node_modules` and `.git` are never entered.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkedFiles {
  /** Regular files, POSIX paths relative to the folder, sorted. */
  files: string[];
  /** Symbolic links met (to files or folders, or broken), relative to the folder, sorted. */
  links: string[];
}

const NEVER_ENTERED = new Set(['node_modules', '.git']);

export async function walkFiles(root: string): Promise<WalkedFiles> {
  const files: string[] = [];
  const links: string[] = [];
  const folders = [''];
  while (folders.length) {
    const folder = folders.pop()!;
    // A folder that cannot be read (permissions, removed meanwhile) holds nothing for us.
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) {
        if (!NEVER_ENTERED.has(entry.name)) folders.push(path);
      } else if (entry.isFile()) files.push(path);
    }
  }
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byPath), links: links.sort(byPath) };
}
