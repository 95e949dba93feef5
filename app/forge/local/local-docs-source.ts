/**
 * Docs folders from a folder of repositories on disk (`callboard catalog build`): the folder of
 * the repository's checkout, walked without following links (a link could lead anywhere on the
 * machine), within budgets of files and bytes.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { DocsSource } from '../../core/site/read-site-docs.ts';
import type { DocsTree } from '../../core/site/techdocs.ts';

export const MAX_DOCS_FILES = 2_000;
export const MAX_DOCS_BYTES = 50_000_000;
const MAX_FILE_BYTES = 10_000_000;

export function localDocsSource(root: string): DocsSource {
  return {
    async readTree({ repository, dir }) {
      const name = repository.slice(repository.indexOf('/') + 1);
      const top = join(root, name, dir);
      const stat = await lstat(top).catch(() => undefined);
      if (!stat?.isDirectory() || relative(join(root, name), top).startsWith('..')) return undefined;
      return walk(top);
    },
  };
}

async function walk(top: string): Promise<DocsTree> {
  const files = new Map<string, Uint8Array>();
  const problems: string[] = [];
  let bytes = 0;
  const folders = [top];
  while (folders.length) {
    const folder = folders.pop()!;
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      const rel = relative(top, path).split(sep).join('/');
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      if (entry.isSymbolicLink()) {
        problems.push(`${rel} is a link, not followed`);
      } else if (entry.isDirectory()) {
        folders.push(path);
      } else if (entry.isFile()) {
        const size = (await lstat(path)).size;
        if (files.size >= MAX_DOCS_FILES || bytes + size > MAX_DOCS_BYTES || size > MAX_FILE_BYTES) {
          problems.push(
            `${rel} and what follows are not read: the docs folder is over its budget (${MAX_DOCS_FILES} files, ${MAX_DOCS_BYTES / 1e6} MB)`,
          );
          return { files, problems };
        }
        bytes += size;
        files.set(rel, await readFile(path));
      }
    }
  }
  return { files, problems };
}
