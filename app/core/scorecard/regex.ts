/**
 * Regular expressions in scorecards: a plain pattern (`npm (run )?test`), or a literal with flags
 * (`/license/i`). Multiline by default, so `^` and `$` work per line of a file.
 */
export function parseRegex(text: string): RegExp | string {
  const literal = /^\/(.*)\/([imsu]*)$/s.exec(text);
  try {
    return literal ? new RegExp(literal[1]!, literal[2]!.includes('m') ? literal[2] : `${literal[2]}m`) : new RegExp(text, 'm');
  } catch (e) {
    return (e as Error).message;
  }
}
