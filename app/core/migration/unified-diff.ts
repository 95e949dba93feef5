/**
 * A change set as a git-style unified diff (`diff --git a/x b/x`, `/dev/null` for files added or
 * deleted), for `callboard migrate plan` and a reviewer's eyes. The line diff is jsdiff's (the `diff`
 * package: Myers' algorithm, maintained, no dependencies), not written here.
 */
import { createTwoFilesPatch } from 'diff';
import type { FileChange } from '../file-change.ts';

/** At most this many lines of diff per file; the rest is counted. */
const MAX_LINES_PER_FILE = 400;

export function unifiedDiff(changes: readonly FileChange[], before: (path: string) => string | undefined): string {
  return changes
    .map(({ path, content }) => {
      const old = before(path);
      const header = [
        `diff --git a/${path} b/${path}`,
        ...(old === undefined ? ['new file mode 100644'] : content === null ? ['deleted file mode 100644'] : []),
      ];
      const patch = createTwoFilesPatch(
        old === undefined ? '/dev/null' : `a/${path}`,
        content === null ? '/dev/null' : `b/${path}`,
        old ?? '',
        content ?? '',
        undefined,
        undefined,
        { context: 3 },
      )
        .split('\n')
        .slice(1) // jsdiff's "====" line
        .filter((line, i, all) => i < all.length - 1 || line !== '');
      const body =
        patch.length > MAX_LINES_PER_FILE
          ? [...patch.slice(0, MAX_LINES_PER_FILE), `… ${patch.length - MAX_LINES_PER_FILE} more lines`]
          : patch;
      return [...header, ...body].join('\n');
    })
    .join('\n');
}
