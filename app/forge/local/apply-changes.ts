/**
 * Applies file changes to a folder on disk: each file is written beside its place and renamed into
 * it (a reader never sees half a file), `null` removes one. Changes are taken as they come, a few
 * at a time, so a change set produced as it is rendered is never held whole. Nothing is written
 * outside the folder: not by a path that climbs out, nor through a symbolic link inside it.
 */
import { mkdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { repositoryPathOf } from '../../core/validation/placeholders.ts';
import type { CommitFileChange } from '../../core/file-change.ts';

/** Writes in flight at once: enough to keep the file system busy, few enough to hold little. */
const IN_FLIGHT = 8;

export interface ApplyOptions {
  /** Read each file first and leave it alone when it already has the content (no timestamp churn). */
  skipUnchanged?: boolean;
}

export interface ApplyResult {
  written: number;
  removed: number;
}

export async function applyChanges(
  root: string,
  changes: Iterable<CommitFileChange>,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const folders = new Map<string, Promise<boolean>>();
  const result: ApplyResult = { written: 0, removed: 0 };

  /**
   * Creates the folder once (for a write) and checks that it resolves inside the root; false when it does not exist.
   */
  const folderOf = (path: string, create: boolean) => {
    const folder = dirname(join(realRoot, path));
    const key = `${create ? '+' : '?'}${folder}`;
    let ready = folders.get(key);
    if (!ready) {
      const made = create ? mkdir(folder, { recursive: true }) : Promise.resolve();
      ready = made
        .then(() => realpath(folder))
        .then(
          (real) => {
            if (real !== realRoot && !real.startsWith(realRoot + sep))
              throw new Error(`Refusing to write ${path}: its folder leads outside ${root}`);
            return true;
          },
          (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' && !create ? false : Promise.reject(e)),
        );
      folders.set(key, ready);
    }
    return ready;
  };

  const apply = async ({ path: given, content }: CommitFileChange) => {
    const path = repositoryPathOf(given, '');
    if (!path) throw new Error(`Refusing to write ${given}: it is outside ${root}`);
    const target = join(realRoot, path);
    if (content === null) {
      if (!(await folderOf(path, false))) return;
      const removed = await rm(target).then(
        () => true,
        (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? false : Promise.reject(e)),
      );
      if (removed) result.removed++;
      return;
    }
    await folderOf(path, true);
    if (options.skipUnchanged && sameContent(await readFile(target).catch(() => undefined), content)) return;
    await writeFile(`${target}.callboard-tmp`, content);
    await rename(`${target}.callboard-tmp`, target);
    result.written++;
  };

  // A path changed twice is changed in order: the last change wins.
  const byPath = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  for (const change of changes) {
    if (failure) break;
    const before = byPath.get(change.path) ?? Promise.resolve();
    const write: Promise<void> = before
      .then(() => apply(change))
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => {
        pending.delete(write);
        if (byPath.get(change.path) === write) byPath.delete(change.path);
      });
    byPath.set(change.path, write);
    pending.add(write);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure) throw failure;
  return result;
}

const sameContent = (bytes: Buffer | undefined, content: string | Uint8Array) =>
  bytes !== undefined && bytes.equals(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
