/**
 * The paths of a migration's edit operations, as a spec writes them: dotted keys with `[n]` list
 * indexes (`jobs.build.steps[0].uses`), or a YAML list of keys and indexes when a key holds a dot
 * (`[metadata, annotations, backstage.io/techdocs-ref]`). Parsed once, when the spec is read.
 */
import type { DocumentPath } from './migration-model.ts';

export interface DocumentPathError {
  message: string;
  /** 0-based character range of the offending part of the text. */
  index: number;
  end: number;
  fix: string;
}

/** One key (anything but `.`, `[` and `]`), then any `[n]` indexes. */
const SEGMENT = /^([^.[\]]*)((?:\[\d+\])*)$/;

/** A path written as text, or why it is not one. */
export function parseDocumentPath(text: string): DocumentPath | DocumentPathError {
  const path: DocumentPath = [];
  let at = 0;
  for (const [i, segment] of text.split('.').entries()) {
    const match = SEGMENT.exec(segment);
    const fail = (message: string, fix: string): DocumentPathError => ({
      message,
      index: at,
      end: at + Math.max(segment.length, 1),
      fix,
    });
    if (!match)
      return fail(
        `"${segment}" is not a key followed by [n] indexes`,
        'Write list indexes as [0] after a key (steps[0]); for a key holding brackets, write the path as a list.',
      );
    const [, key, indexes] = match as unknown as [string, string, string];
    // A leading index (`[0].name`) addresses a document that is a list; elsewhere a key comes first.
    if (key === '' && !(i === 0 && indexes))
      return fail(
        'The path has an empty key',
        'Remove the extra dot; for a key holding a dot, write the path as a list ([a, b.c]).',
      );
    if (key !== '') path.push(key);
    for (const index of indexes.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
    at += segment.length + 1;
  }
  return path;
}

/** The path as messages show it. */
export const showDocumentPath = (path: DocumentPath): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
