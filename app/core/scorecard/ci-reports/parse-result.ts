/**
 * What every per-format parser returns: its partial facts, or the one problem that made the file
 * unusable. One problem per file is enough: the fix is to regenerate the report, not to patch it.
 */

/** A report file as read: its repository path and its text. */
export interface CiReportFile {
  path: string;
  text: string;
}

/** Why a report file was not counted. `message` says what was expected and how to fix it. */
export interface CiReportProblem {
  path: string;
  /** 1-based, when the problem is at a known place in the file. */
  line?: number;
  /** 1-based, when the problem is at a known place in the file. */
  column?: number;
  message: string;
}

export type ParseResult<T> = { ok: true; facts: T } | { ok: false; problem: CiReportProblem };

export const parsed = <T>(facts: T): ParseResult<T> => ({ ok: true, facts });

export const mapParsed = <T, U>(result: ParseResult<T>, map: (facts: T) => U): ParseResult<U> =>
  result.ok ? parsed(map(result.facts)) : result;

export const refused = (
  path: string,
  message: string,
  where: { line?: number; column?: number } = {},
): ParseResult<never> => ({
  ok: false,
  problem: { path, ...where, message },
});

/** 1-based line and column of a character offset, for parsers (JSON.parse) that only give an offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: countNewlines(before) + 1, column: before.length - lineStart + 1 };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** A leading byte order mark is legal in reports written on Windows but trips JSON.parse. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
