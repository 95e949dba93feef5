/**
 * Which files `validate` looks at: paths, folders and globs, as given; by default every
 * `catalog-info.yaml` below the current folder. A pattern starting with `!` excludes what it
 * matches (as in the actions' path inputs). `node_modules` and `.git` are never entered.
 */
import { stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { byText } from '../core/sort.ts';

export const DEFAULT_PATTERN = '**/catalog-info.yaml';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export class UsageError extends Error {}

export interface FoundFile {
  path: string;
  /** The folder the pattern names (a glob's fixed prefix, a folder, a file's folder). */
  base: string;
}

export async function findDescriptorFiles(patterns: readonly string[], cwd: string): Promise<FoundFile[]> {
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const includes = patterns.filter((p) => !p.startsWith('!'));
  const excluded = picomatch(excludes.length ? excludes : [], { dot: true });
  const found = new Map<string, FoundFile>();
  for (const pattern of includes.length ? includes : [DEFAULT_PATTERN]) {
    const base = baseOf(pattern, cwd);
    for (const path of await expand(pattern, cwd)) {
      if (!found.has(path) && !(excludes.length && excluded(relative(cwd, path).split('\\').join('/')))) found.set(path, { path, base });
    }
  }
  return [...found.values()].sort((a, b) => byText(a.path, b.path));
}

function baseOf(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const fixed = isDynamicPattern(pattern) ? segments.slice(0, segments.findIndex((s) => isDynamicPattern(s))) : segments;
  const path = resolve(cwd, fixed.join('/') || '.');
  return isDynamicPattern(pattern) || !extname(path) ? path : dirname(path);
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  if (isDynamicPattern(pattern)) {
    return glob(pattern, { cwd, absolute: true, ignore: IGNORE, dot: true, onlyFiles: true, expandDirectories: false });
  }
  const path = resolve(cwd, pattern);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`${pattern}: no such file or folder`);
  if (info.isDirectory()) {
    const base = relative(cwd, path) || '.';
    return glob(DEFAULT_PATTERN, { cwd: path, absolute: true, ignore: IGNORE, dot: true, onlyFiles: true }).then((files) =>
      files.length ? files : Promise.reject(new UsageError(`${base}: no ${DEFAULT_PATTERN.split('/').pop()} below this folder`)),
    );
  }
  return [path];
}

/** How a path is shown: relative to the current folder, POSIX separators. */
export const displayPath = (path: string, cwd: string) => {
  const r = relative(cwd, path);
  return (r && !r.startsWith('..') && !isAbsolute(r) ? r : path).split('\\').join('/');
};
