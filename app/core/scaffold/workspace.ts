/**
 * The files a template works on, in memory: the template's own folder (read from the catalog
 * repository or from disk) and the workspace its steps fill, which becomes the new repository's
 * first commit. Paths are POSIX and relative; every path a template names is resolved here, and one
 * that would leave its folder (`..`, an absolute path, a symbolic link pointing out) is refused, as
 * Backstage's `resolveSafeChildPath` refuses it.
 */

/** A regular file, an executable one (mode 755 on disk, 100755 in git), or a symbolic link. */
export type FileKind = 'file' | 'executable' | 'symlink';

export interface TreeFile {
  /** The bytes; for a symbolic link, its target's path. */
  content: Uint8Array;
  kind: FileKind;
}

/** Files by relative path; folders are implied by the paths, plus any listed in `folders`. */
export interface FileTree {
  files: ReadonlyMap<string, TreeFile>;
  /** Folders that hold no file (kept so a local render creates them, as Backstage does). */
  folders?: ReadonlySet<string>;
}

/** A path a template named that Callboard refuses: it leaves the folder it must stay in. */
export class UnsafePathError extends Error {}

/**
 * `base` joined with `relative`, normalised (`a/./b/../c` is `a/c`), or an error when the result is
 * outside `base`. An empty result means `base` itself.
 */
export function childPath(base: string, relative: string): string {
  if (relative.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(relative))
    throw new UnsafePathError(`${relative} is an absolute path: name a path inside the folder instead`);
  const parts = base ? base.split('/') : [];
  const floor = parts.length;
  for (const part of relative.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === floor)
        throw new UnsafePathError(`${relative} leaves ${base || 'the workspace'}: name a path inside it`);
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Whether `path` is `folder` or inside it (`folder` '' holds everything). */
export const isInside = (path: string, folder: string) =>
  folder === '' || path === folder || path.startsWith(`${folder}/`);

/** The files under `folder`, keyed by their path inside it. */
export function subtree(tree: FileTree, folder: string): FileTree {
  if (folder === '') return tree;
  const prefix = `${folder}/`;
  const files = new Map<string, TreeFile>();
  for (const [path, file] of tree.files) if (path.startsWith(prefix)) files.set(path.slice(prefix.length), file);
  const folders = new Set<string>();
  for (const path of tree.folders ?? []) if (path.startsWith(prefix)) folders.add(path.slice(prefix.length));
  return { files, folders };
}

/** Whether `folder` exists in the tree: it holds a file, or is listed as an empty folder. */
export function hasFolder(tree: FileTree, folder: string): boolean {
  if (folder === '' || tree.folders?.has(folder)) return true;
  const prefix = `${folder}/`;
  for (const path of tree.files.keys()) if (path.startsWith(prefix)) return true;
  return false;
}

/**
 * A symbolic link's target must stay inside the tree (a link to `/etc/passwd` or `../../x` would
 * make the new repository, or a local render, read outside it).
 */
export function checkLinkTarget(path: string, file: TreeFile): void {
  if (file.kind !== 'symlink') return;
  const target = new TextDecoder().decode(file.content);
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  try {
    childPath('', folder ? `${folder}/${target}` : target);
  } catch {
    throw new UnsafePathError(`${path} is a symbolic link to ${target}, outside the template: copy the file instead`);
  }
}

/** The workspace a template's steps fill: files and (empty) folders, by path. */
export class Workspace {
  readonly files = new Map<string, TreeFile>();
  readonly folders = new Set<string>();

  /** Whether a file or a folder is at `path` (Backstage's `fs.existsSync`). */
  exists(path: string): boolean {
    return path === '' || this.files.has(path) || hasFolder(this, path);
  }

  write(path: string, file: TreeFile): void {
    if (hasFolder(this, path))
      throw new UnsafePathError(`${path} is a folder in the workspace: a file cannot replace it`);
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) {
      const parent = path.slice(0, at);
      if (this.files.has(parent))
        throw new UnsafePathError(`${path} needs ${parent} to be a folder, but a file is there`);
      this.folders.delete(parent);
    }
    this.files.set(path, file);
  }

  makeFolder(path: string): void {
    if (path && !hasFolder(this, path)) this.folders.add(path);
  }

  /** What it holds, for a commit or a local render: files sorted by path. */
  tree(): FileTree {
    const files = new Map([...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { files, folders: new Set(this.folders) };
  }
}

const encoder = new TextEncoder();
export const textFile = (text: string, kind: FileKind = 'file'): TreeFile => ({ content: encoder.encode(text), kind });
