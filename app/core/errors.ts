/**
 * The core's named errors, in one place: what a caller may catch and turn into a message for the
 * person who can fix the input. Everything else thrown by the core is a bug.
 */

/** The catalog index in the catalog repository is not what Callboard wrote (edited by hand, truncated). */
export class CatalogIndexError extends Error {}

/** A schema given with `--schema-dir` cannot be used: the message says which file and why. */
export class UserSchemaError extends Error {}

/**
 * A pattern (a scorecard rule's regular expression or glob, a user schema's `pattern`) that Callboard
 * refuses. `index`/`end` are 0-based offsets into the pattern's source, so a caller can place the
 * problem on the very characters (docs/patterns.md lists what is refused and how to rewrite it).
 */
export class PatternError extends SyntaxError {
  readonly index: number;
  readonly end: number;
  readonly fix: string;

  constructor(message: string, index: number, end: number, fix: string) {
    super(message);
    this.name = 'PatternError';
    this.index = index;
    this.end = Math.max(end, index + 1);
    this.fix = fix;
  }
}
