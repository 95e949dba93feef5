/**
 * Globs matched in linear time. picomatch turns a glob into a JavaScript expression that V8 runs
 * by backtracking: `**\/*a*a*a*a*a*a*b` takes seconds on a path of a hundred characters, and globs
 * come from tracks and from descriptors (a Location's targets). Here picomatch's expression runs on
 * the linear-time engine instead, so its meaning is picomatch's (`dot: true`), except for two kinds
 * of paths that repository listings never hold and that never match: an empty path, and a path
 * with an empty, `.` or `..` segment. That check stands in for the lookarounds picomatch
 * writes to keep `*` and `**` off such segments, which are left out. Globs whose meaning needs
 * other lookarounds (extglob negation `!(…)`, a leading `!`) are refused: docs/patterns.md.
 */
import { LRUCache } from 'lru-cache';
import picomatch from 'picomatch';
import { linearRegex } from './linear-regex.ts';
import { PatternError } from '../errors.ts';

/** picomatch's guards against `.`, `..` and empty segments, made redundant by `plainPath`. */
const SEGMENT_GUARDS: ReadonlySet<string> = new Set([
  '(?!(?:^|\\/)\\.{1,2}(?:\\/|$))',
  '(?!\\.{1,2}(?:\\/|$))',
  '(?!\\.{0,1}(?:\\/|$))',
  '(?=.)',
]);

export type GlobMatcher = (path: string) => boolean;

const compiled = new LRUCache<string, GlobMatcher | PatternError>({ max: 2000 });

/**
 * A one-argument matcher for the glob; throws PatternError when the glob is invalid or cannot be matched in linear
 * time.
 */
export function linearGlob(glob: string, options: { nocase?: boolean } = {}): GlobMatcher {
  const key = `${options.nocase ? 'i' : ''}:${glob}`;
  let matcher = compiled.get(key);
  if (!matcher) compiled.set(key, (matcher = compile(glob, options.nocase ?? false)));
  if (matcher instanceof PatternError) throw matcher;
  return matcher;
}

function compile(glob: string, nocase: boolean): GlobMatcher | PatternError {
  let source: string;
  let flags: string;
  try {
    ({ source, flags } = picomatch.makeRe(glob, { dot: true, nocase }));
  } catch (e) {
    return new PatternError(
      `The glob "${glob}" is not valid: ${(e as Error).message}`,
      0,
      glob.length,
      'Check its brackets and braces.',
    );
  }
  try {
    const regex = linearRegex(source, flags, SEGMENT_GUARDS);
    // The glob's literal folder (`.github/workflows` of `.github/workflows/*.yml`) rules out most
    // paths with a string comparison, before the engine (slower than V8's on short strings) runs.
    const { base } = picomatch.scan(glob);
    const folder = !nocase && !base.includes('\\') ? base : '';
    return (path) =>
      plainPath(path) && (folder === '' || path === folder || path.startsWith(`${folder}/`)) && regex.test(path);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return new PatternError(
      `The glob "${glob}" uses a negation (a leading ! or !(…)), which cannot be matched in linear time`,
      0,
      glob.length,
      'Name what it should match instead, e.g. with braces ({a,b}/*.yaml), or use a separate rule with not:.',
    );
  }
}

/** The glob's matcher, or one that matches nothing when the glob is refused (its user is told elsewhere). */
export function globOrNothing(glob: string, options: { nocase?: boolean } = {}): GlobMatcher {
  try {
    return linearGlob(glob, options);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return () => false;
  }
}

/** A `.` or `..` segment (no nested quantifier: linear on V8's engine, and quicker than splitting every path). */
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;

/** A path as repositories list them: not empty, no empty, `.` or `..` segment. */
const plainPath = (path: string) =>
  path !== '' && !path.startsWith('/') && !path.endsWith('/') && !path.includes('//') && !DOT_SEGMENT.test(path);
