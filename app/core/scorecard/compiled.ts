/**
 * Globs and regular expressions of scorecards, compiled once and reused: the same few patterns are
 * evaluated for every entity of an organisation (500,000 evaluations for 50 checks over 10,000
 * repositories), and compiling is most of a match's cost. Bounded, as the patterns come from files.
 */
import { LRUCache } from 'lru-cache';
import { globOrNothing } from '../patterns/linear-glob.ts';
import type { LinearRegex } from '../patterns/linear-regex.ts';
import { PatternError } from '../errors.ts';
import { parseRegex } from './regex.ts';

const regexes = new LRUCache<string, LinearRegex | PatternError>({ max: 2000 });

/**
 * A glob's matcher, in linear time (cached there); a glob it refuses (the track was refused with it) matches nothing.
 */
export const globMatcher = (glob: string): ((path: string) => boolean) => globOrNothing(glob);

/** The compiled expression, or why it does not compile. */
export function regexOf(text: string): LinearRegex | string {
  let regex = regexes.get(text);
  if (!regex) regexes.set(text, (regex = parseRegex(text)));
  return regex instanceof PatternError ? regex.message : regex;
}
