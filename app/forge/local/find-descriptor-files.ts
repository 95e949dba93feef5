/**
 * Which files `validate` looks at: paths, folders and globs, as given; by default every
 * `catalog-info.yaml` below the current folder. A pattern starting with `!` excludes what it
 * matches (as in the actions' path inputs). `node_modules` and `.git` are never entered.
 */
import { lstat, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { byText } from '../../core/sort.ts';
import { UsageError } from './usage-error.ts';
import { walkFiles } from './walk-files.ts';
import { DESCRIPTOR_GLOB } from '../../core/descriptor/descriptor-files.ts';

export const DEFAULT_PATTERN = DESCRIPTOR_GLOB;

export interface FoundFile {
  path: string;
  /** The folder the pattern names (a glob's fixed prefix, a folder, a file's folder). */
  base: string;
}

export interface FoundFiles {
  files: FoundFile[];
  /** Symbolic links where a descriptor could be: not followed, and said so. */
  links: FoundLink[];
}

export interface FoundLink {
  path: string;
  /** A link to a folder (its descriptors are not read), or to a file named like a descriptor (not read). */
  to: 'folder' | 'file';
}

export async function findDescriptorFiles(patterns: readonly string[], cwd: string): Promise<FoundFiles> {
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const includes = patterns.filter((p) => !p.startsWith('!'));
  const excluded = (path: string) =>
    excludes.length > 0 && picomatch.isMatch(relative(cwd, path).split('\\').join('/'), excludes, { dot: true });
  const files = new Map<string, FoundFile>();
  const links = new Map<string, FoundLink>();
  for (const pattern of includes.length ? includes : [DEFAULT_PATTERN]) {
    const base = baseOf(pattern, cwd);
    const found = await expand(pattern, cwd);
    if (!found.files.length && !found.links.length)
      throw new UsageError(nothingFound(pattern, cwd, includes.length === 0));
    for (const path of found.files) if (!files.has(path) && !excluded(path)) files.set(path, { path, base });
    for (const link of found.links) if (!excluded(link.path)) links.set(link.path, link);
  }
  return {
    files: [...files.values()].sort((a, b) => byText(a.path, b.path)),
    links: [...links.values()].sort((a, b) => byText(a.path, b.path)),
  };
}

const DESCRIPTOR_NAME = DEFAULT_PATTERN.split('/').pop()!;

function nothingFound(pattern: string, cwd: string, byDefault: boolean): string {
  if (byDefault) return `no ${DESCRIPTOR_NAME} below the current folder (${cwd}); give the files or folders to check`;
  return isDynamicPattern(pattern)
    ? `${pattern}: matches no file`
    : `${pattern}: no ${DESCRIPTOR_NAME} below this folder`;
}

function baseOf(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const fixed = isDynamicPattern(pattern)
    ? segments.slice(
        0,
        segments.findIndex((s) => isDynamicPattern(s)),
      )
    : segments;
  const path = resolve(cwd, fixed.join('/') || '.');
  return isDynamicPattern(pattern) || !extname(path) ? path : dirname(path);
}

/** What a pattern names: absolute paths of files, and the links met where a descriptor could be. */
async function expand(pattern: string, cwd: string): Promise<{ files: string[]; links: FoundLink[] }> {
  if (isDynamicPattern(pattern)) {
    const segments = pattern.split('/');
    const fixed = segments.findIndex((s) => isDynamicPattern(s));
    return walkMatching(resolve(cwd, segments.slice(0, fixed).join('/') || '.'), segments.slice(fixed).join('/'));
  }
  const path = resolve(cwd, pattern);
  const info = await lstat(path).catch(() => undefined);
  if (!info) throw new UsageError(`${pattern}: no such file or folder`);
  if (info.isSymbolicLink())
    return {
      files: [],
      links: [{ path, to: (await stat(path).catch(() => undefined))?.isDirectory() ? 'folder' : 'file' }],
    };
  return info.isDirectory() ? walkMatching(path, DEFAULT_PATTERN) : { files: [path], links: [] };
}

/** The files below `folder` that `pattern` (relative to it) matches, without following a link. */
async function walkMatching(folder: string, pattern: string): Promise<{ files: string[]; links: FoundLink[] }> {
  const isMatch = picomatch(pattern, { dot: true });
  const walked = await walkFiles(folder);
  const links: FoundLink[] = [];
  for (const link of walked.links) {
    const target = await stat(join(folder, link)).catch(() => undefined);
    // A link to a folder may hide descriptors below it (when the pattern reaches below); a link named like a match is a
    // descriptor not read.
    if (target?.isDirectory() && pattern.includes('**')) links.push({ path: join(folder, link), to: 'folder' });
    else if (!target?.isDirectory() && isMatch(link)) links.push({ path: join(folder, link), to: 'file' });
  }
  return { files: walked.files.filter((f) => isMatch(f)).map((f) => join(folder, f)), links };
}

/** How a path is shown: relative to the current folder, POSIX separators. */
export const displayPath = (path: string, cwd: string) => {
  const r = relative(cwd, path);
  return (r && !r.startsWith('..') && !isAbsolute(r) ? r : path).split('\\').join('/');
};
