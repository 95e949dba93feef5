/**
 * A small git object store: blobs, trees and commits hashed exactly as git hashes them, so a
 * blob's sha in the double is the sha `git hash-object` gives, and clients that compare blob shas
 * (to skip unchanged files) behave as they would against GitHub. One store serves every
 * repository, as GitHub's fork networks share objects.
 */
import { createHash } from 'node:crypto';

export interface Commit {
  sha: string;
  tree: string;
  /** Every file of the commit: path → blob sha. */
  files: ReadonlyMap<string, string>;
  /** Files whose mode is not 100644: executables (0o100755) and symbolic links (0o120000). */
  modes: ReadonlyMap<string, number>;
  /** Every folder ('' for the root) → its tree sha. */
  dirs: ReadonlyMap<string, string>;
  parents: string[];
  message: string;
  author: string;
  date: string;
}

export interface TreeEntry {
  name: string;
  type: 'blob' | 'tree';
  oid: string;
  mode: number;
}

export type GitStore = ReturnType<typeof createGitStore>;

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

export function createGitStore() {
  const blobs = new Map<string, Buffer>();
  const trees = new Map<string, TreeEntry[]>();
  const commits = new Map<string, Commit>();

  const putBlob = (content: Buffer | string): string => {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const sha = hashObject('blob', bytes);
    blobs.set(sha, bytes);
    return sha;
  };

  /** Hashes every folder bottom-up; returns folder path → tree sha. */
  const writeTrees = (
    files: ReadonlyMap<string, string>,
    modes: ReadonlyMap<string, number> = new Map(),
  ): Map<string, string> => {
    const children = new Map<string, Map<string, TreeEntry>>([['', new Map()]]);
    const folder = (dir: string) => {
      let entries = children.get(dir);
      if (!entries) children.set(dir, (entries = new Map()));
      return entries;
    };
    for (const [path, sha] of files) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) folder(parts.slice(0, i).join('/'));
      folder(parts.slice(0, -1).join('/')).set(parts.at(-1) ?? path, {
        name: parts.at(-1) ?? path,
        type: 'blob',
        oid: sha,
        mode: modes.get(path) ?? 0o100644,
      });
    }
    const dirs = new Map<string, string>();
    // Deepest folders first, so a parent hashes its children's final shas.
    for (const dir of [...children.keys()].sort(
      (a, b) => b.split('/').length - a.split('/').length || b.length - a.length,
    )) {
      const entries = [...(children.get(dir)?.values() ?? [])];
      for (const entry of entries)
        if (entry.type === 'tree') entry.oid = dirs.get(dir ? `${dir}/${entry.name}` : entry.name) ?? entry.oid;
      // git orders entries by name, a folder's name compared as if it ended in '/'.
      const key = (e: TreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name);
      entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      const body = Buffer.concat(
        entries.flatMap((e) => [Buffer.from(`${e.mode.toString(8)} ${e.name}\0`), Buffer.from(e.oid, 'hex')]),
      );
      const sha = hashObject('tree', body);
      trees.set(sha, entries);
      dirs.set(dir, sha);
      if (dir) {
        const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
        const name = dir.slice(dir.lastIndexOf('/') + 1);
        folder(parent).set(name, { name, type: 'tree', oid: sha, mode: 0o40000 });
      }
    }
    return dirs;
  };

  const createCommit = (options: {
    parents: string[];
    files: ReadonlyMap<string, string>;
    modes?: ReadonlyMap<string, number>;
    message: string;
    author: string;
    date: string;
  }): Commit => {
    const modes = new Map(options.modes ?? []);
    const dirs = writeTrees(options.files, modes);
    const tree = dirs.get('') ?? '';
    const seconds = Math.floor(Date.parse(options.date) / 1000);
    const person = `${options.author} <${options.author}@users.noreply.github.com> ${seconds} +0000`;
    const text = [
      `tree ${tree}`,
      ...options.parents.map((p) => `parent ${p}`),
      `author ${person}`,
      `committer ${person}`,
      '',
      options.message,
    ].join('\n');
    const sha = hashObject('commit', Buffer.from(text, 'utf8'));
    const commit: Commit = {
      sha,
      tree,
      files: new Map(options.files),
      modes,
      dirs,
      parents: options.parents,
      message: options.message,
      author: options.author,
      date: options.date,
    };
    if (!commits.has(sha)) commits.set(sha, commit);
    return commits.get(sha) ?? commit;
  };

  const ancestors = (sha: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [sha];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(commits.get(next)?.parents ?? []));
    }
    return seen;
  };

  return {
    putBlob,
    blob: (sha: string) => blobs.get(sha),
    tree: (sha: string) => trees.get(sha),
    commit: (sha: string) => commits.get(sha),
    createCommit,
    /** The root tree of these files (`POST …/git/trees`), its folders' trees stored. */
    writeTree: (files: ReadonlyMap<string, string>, modes?: ReadonlyMap<string, number>) =>
      writeTrees(files, modes).get('') ?? '',
    /** True when `ancestor` is `descendant` or reachable from it (a fast-forward). */
    isAncestor: (ancestor: string, descendant: string) => ancestors(descendant).has(ancestor),
    /** The nearest common ancestor, found breadth-first from `b`. */
    mergeBase(a: string, b: string): string | undefined {
      const fromA = ancestors(a);
      const queue = [b];
      const seen = new Set<string>();
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        if (fromA.has(next)) return next;
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(...(commits.get(next)?.parents ?? []));
      }
      return undefined;
    },
    /** How many commits `head` has that `base` does not (a pull request's `commits`). */
    countAhead(base: string, head: string): number {
      const fromBase = ancestors(base);
      return [...ancestors(head)].filter((sha) => !fromBase.has(sha)).length;
    },
    /** Commits reachable from `sha` by first parents, newest first. */
    log(sha: string): Commit[] {
      const out: Commit[] = [];
      for (
        let commit = commits.get(sha);
        commit;
        commit = commit.parents[0] ? commits.get(commit.parents[0]) : undefined
      )
        out.push(commit);
      return out;
    },
  };
}
