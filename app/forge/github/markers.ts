/**
 * Hidden markers that identify what Callboard wrote (a sticky comment, a dashboard issue), and
 * GitHub's size limits for what it writes, with honest truncation.
 */
const SAFE_MARKER = /^[\w.:/-]+$/;

export function markerComment(marker: string): string {
  if (!SAFE_MARKER.test(marker)) throw new Error(`Invalid marker "${marker}": use letters, digits and . : / - _`);
  return `<!-- callboard:${marker} -->`;
}

/** GitHub refuses comment and issue bodies over 65,536 characters, check run output over 65,535. */
export const LIMITS = {
  body: 65_536,
  checkOutput: 65_535,
  annotationMessage: 64 * 1024,
  annotationTitle: 255,
  annotationsPerRequest: 50,
} as const;

export function truncate(
  text: string,
  limit: number,
  note = 'Truncated: the full text is longer than GitHub allows here.',
): string {
  if (text.length <= limit) return text;
  const suffix = `\n\n… ${note}`;
  return text.slice(0, limit - suffix.length) + suffix;
}

/** A one-line text cut to `limit` characters, ending in an ellipsis when cut. */
export const clip = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);
