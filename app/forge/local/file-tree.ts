/**
 * A folder on disk as a FileTree (what a template's folder holds), and a FileTree written to disk
 * (what `callboard scaffold` renders). Links are read as links, never followed; executable files
 * keep their bit; `.git` and `node_modules` are not read. Reading stops at a size a template folder
 * never needs, so a mistaken path (a home folder) fails fast with a clear message.
 */
import { existsSync, statSync } from 'node:fs';
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileTree, TreeFile } from '../../core/scaffold/workspace.ts';
import { UsageError } from './usage-error.ts';
import { walkFiles } from './walk-files.ts';

export const TREE_LIMITS = { files: 5_000, bytes: 50_000_000 } as const;

export async function readFileTree(root: string): Promise<FileTree> {
  const { files, links } = await walkFiles(root);
  if (files.length + links.length > TREE_LIMITS.files)
    throw new UsageError(`${root} holds more than ${TREE_LIMITS.files} files: is it a template's folder?`);
  const tree = new Map<string, TreeFile>();
  let bytes = 0;
  for (const path of files) {
    const full = join(root, path);
    const [content, stats] = await Promise.all([readFile(full), lstat(full)]);
    bytes += content.length;
    if (bytes > TREE_LIMITS.bytes)
      throw new UsageError(`${root} holds more than ${TREE_LIMITS.bytes / 1e6} MB: is it a template's folder?`);
    tree.set(path, { content: new Uint8Array(content), kind: stats.mode & 0o111 ? 'executable' : 'file' });
  }
  for (const path of links)
    tree.set(path, { content: new TextEncoder().encode(await readlink(join(root, path))), kind: 'symlink' });
  return { files: new Map([...tree].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** Writes every file and folder of the tree under `out` (which the caller made sure is empty). */
export async function writeFileTree(out: string, tree: FileTree): Promise<void> {
  for (const folder of tree.folders ?? []) await mkdir(join(out, folder), { recursive: true });
  for (const [path, file] of tree.files) {
    const full = join(out, path);
    await mkdir(dirname(full), { recursive: true });
    if (file.kind === 'symlink') await symlink(new TextDecoder().decode(file.content), full);
    else await writeFile(full, file.content, { mode: file.kind === 'executable' ? 0o755 : 0o644 });
  }
}

/** A template's `template.yaml`: the path itself, or the one in the folder it names; `missing` says why not. */
export function templateYamlPath(path: string, missing = 'no such file'): string {
  if (existsSync(path) && statSync(path).isDirectory()) {
    const inside = ['template.yaml', 'template.yml'].map((name) => join(path, name)).find((p) => existsSync(p));
    if (!inside) throw new UsageError(`${path} holds no template.yaml`);
    return inside;
  }
  if (!existsSync(path)) throw new UsageError(`${path}: ${missing}`);
  return path;
}
