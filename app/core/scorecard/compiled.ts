/**
 * Globs and regular expressions of scorecards, compiled once and reused: the same few patterns are
 * evaluated for every entity of an organisation (500,000 evaluations for 50 checks over 10,000
 * repositories), and compiling is most of a match's cost. Bounded, as the patterns come from files.
 */
import { LRUCache } from 'lru-cache';
import picomatch from 'picomatch';
import type { LinearRegex } from '../patterns/linear-regex.ts';
import { PatternError } from '../patterns/pattern-error.ts';
import { parseRegex } from './regex.ts';

const matchers = new LRUCache<string, (path: string) => boolean>({ max: 2000 });
const regexes = new LRUCache<string, LinearRegex | PatternError>({ max: 2000 });

/** A one-argument matcher (picomatch's own takes a second, `returnObject`, which Array callbacks would fill with an index). */
export function globMatcher(glob: string): (path: string) => boolean {
  let matcher = matchers.get(glob);
  if (!matcher) {
    const isMatch = picomatch(glob, { dot: true });
    matchers.set(glob, (matcher = (path: string) => isMatch(path)));
  }
  return matcher;
}

/** The compiled expression, or why it does not compile. */
export function regexOf(text: string): LinearRegex | string {
  let regex = regexes.get(text);
  if (!regex) regexes.set(text, (regex = parseRegex(text)));
  return regex instanceof PatternError ? regex.message : regex;
}
