/**
 * Regular expressions that meet repository content, run on RE2's linear-time engine (re2js, a
 * pure JavaScript port): the time to match is proportional to the text, whatever the pattern.
 * Patterns keep JavaScript's syntax and meaning; what RE2 cannot run is refused by a located
 * PatternError. docs/patterns.md says what differs and why this engine was chosen.
 */
import { RegExpParser, RegExpSyntaxError } from '@eslint-community/regexpp';
import { RE2JS } from 're2js';
import { PatternError } from '../errors.ts';
import { re2Syntax } from './re2-syntax.ts';

export interface LinearRegex {
  readonly source: string;
  readonly flags: string;
  test(text: string): boolean;
  /** The UTF-16 index of the first match, or -1: what String.prototype.search answers. */
  search(text: string): number;
  /** The text with the first match (or, with `all`, every match) replaced; `$1` and `$<name>` name groups. */
  replace(text: string, replacement: string, all: boolean): string;
  toString(): string;
}

/** i, m, s and u change the meaning; g, y and d only how a RegExp is stepped, which is never asked here. */
const SUPPORTED_FLAGS = /^[dgimsuy]*$/;
const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Compiles a JavaScript pattern for the linear-time engine; throws PatternError when it cannot.
 * `ignored` names lookarounds (by their text) that the caller has made redundant, e.g. by checking
 * the text beforehand; they are left out rather than refused.
 */
export function linearRegex(source: string, flags = '', ignored: ReadonlySet<string> = new Set()): LinearRegex {
  if (!SUPPORTED_FLAGS.test(flags))
    throw new PatternError(`The flags "${flags}" are not supported`, 0, source.length, 'Use only i, m, s and u.');
  const re2 = compiled(re2Syntax(parsed(source, flags), flags, ignored), flags, source);
  return {
    source,
    flags,
    test: (text) => re2.test(text),
    search(text) {
      const matcher = re2.matcher(text);
      return matcher.find() ? matcher.start() : -1;
    },
    replace: (text, replacement, all) =>
      all ? re2.matcher(text).replaceAll(replacement) : re2.matcher(text).replaceFirst(replacement),
    toString: () => `/${source}/${flags}`,
  };
}

function parsed(source: string, flags: string) {
  try {
    return parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: false });
  } catch (e) {
    if (!(e instanceof RegExpSyntaxError)) throw e;
    // regexpp says "Invalid regular expression: /source/: Unterminated group"; the source is known.
    const reason = e.message.slice(e.message.lastIndexOf(': ') + 2);
    throw new PatternError(
      `${reason} at character ${e.index + 1}`,
      Math.min(e.index, Math.max(source.length - 1, 0)),
      e.index + 1,
      'Check its brackets, parentheses and escapes.',
    );
  }
}

function compiled(re2Source: string, flags: string, source: string): RE2JS {
  try {
    return RE2JS.compile(re2Source, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (e) {
    // Parsed and translated, yet refused: in practice a program too large (nested counted repetitions).
    const reason = String((e as Error).message ?? e).replace(/^error parsing regexp: /, '');
    throw new PatternError(
      `The pattern cannot be compiled for the linear-time engine: ${reason.split(':')[0]}`,
      0,
      source.length,
      'Simplify it: fewer or smaller counted repetitions ({n,m}).',
    );
  }
}
