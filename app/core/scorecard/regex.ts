/**
 * Regular expressions in scorecards: a plain pattern (`npm (run )?test`), or a literal with flags
 * (`/license/i`). Multiline by default, so `^` and `$` work per line of a file. They run on the
 * linear-time engine (docs/patterns.md): a repository's files cannot make a check hang.
 */
import { linearRegex, type LinearRegex } from '../patterns/linear-regex.ts';
import { PatternError } from '../errors.ts';

/** The compiled expression, or why not, placed by character offsets into `text`. */
export function parseRegex(text: string): LinearRegex | PatternError {
  const literal = /^\/(.*)\/([imsu]*)$/s.exec(text);
  const [source, flags, offset] = literal
    ? [literal[1]!, literal[2]!.includes('m') ? literal[2]! : `${literal[2]}m`, 1]
    : [text, 'm', 0];
  try {
    return linearRegex(source, flags);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return new PatternError(e.message, e.index + offset, e.end + offset, e.fix);
  }
}
