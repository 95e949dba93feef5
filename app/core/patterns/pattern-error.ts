/**
 * Why a regular expression is not run: a syntax error, or a construct the linear-time engine
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
