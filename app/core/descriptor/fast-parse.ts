/**
 * A fast way to read descriptors that are plain YAML: js-yaml's core schema, about ten times
 * faster than `yaml`, used only where the two provably read the same data. Anything outside a
 * conservative subset (tags, anchors and aliases, complex or null keys, merge keys, binary
 * integers, tabs, directives, document end markers, content on a `---` line, carriage returns) is
 * left to `yaml`, Backstage's own parser; so is any file in which a problem is found, so every
 * problem is placed, and judged, by `yaml`. test/compat/fast-parse.test.ts holds the two parsers
 * to the same values and lines on the corpus, every variant, and synthetic organisations.
 */
import { CORE_SCHEMA, loadAll } from 'js-yaml';
import { nestedDeeperThan } from './parse-yaml.ts';

export interface FastDocument {
  /** 1-based position among the file's non-empty documents, as `parseDescriptorFile` counts. */
  number: number;
  value: unknown;
  /** 1-based line of the document's first content line. */
  line: number;
}

/**
 * A null or empty key (`: x`, `- null: x`, `~ : x`). `[^\S\n\r\u2028\u2029]` is \s within a line (those
 * four end a line for `^` and `$` under the m flag): no two
 * quantifiers can trade characters and none crosses a line, so a long run of blanks costs one pass
 * (the first form, `^\s*(-\s+)?(null|Null|NULL|~)?\s*:(\s|$)`, took quadratic time). It flags
 * the same texts as that form; test/compat/fast-parse.test.ts checks so.
 */
export const NULL_OR_EMPTY_KEY =
  /^[^\S\n\r\u2028\u2029]*(?:-[^\S\n\r\u2028\u2029]+)?(?:(?:null|Null|NULL|~)[^\S\n\r\u2028\u2029]*)?:(?:[^\S\n\r\u2028\u2029]|$)/m;

/** Constructs where js-yaml and `yaml` may read differently, or where only `yaml` reports problems well. */
const OUTSIDE_SUBSET = [
  /[\t\r\uFEFF]/, // tabs, carriage returns, a byte order mark
  /(^|[\s[{,:-])[!&*]\S/m, // tags, anchors, aliases
  /(^|\s)\?(\s|$)/m, // complex keys
  /<</, // merge keys (Backstage turns them off)
  /(^|[\s[,:-])[-+]?0b[01_]/m, // js-yaml reads 0b101 as a number; YAML 1.2 core does not
  NULL_OR_EMPTY_KEY,
  /^%/m, // directives
  /^\.\.\.(\s|$)/m, // document end markers
  /^---[ \t]*[^\s#]/m, // content on a document start line
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0008\v\f\u000E-\u001F\u007F]/,
];

export function fastParse(text: string): FastDocument[] | undefined {
  if (OUTSIDE_SUBSET.some((pattern) => pattern.test(text))) return undefined;
  let values: unknown[];
  try {
    values = loadAll(text, null, { schema: CORE_SCHEMA }) as unknown[];
  } catch {
    return undefined;
  }
  const segments = documentSegments(text);
  if (segments.length !== values.length) return undefined;
  // Too deep is a problem, and problems are `yaml`'s to place.
  if (values.some((value) => nestedDeeperThan(value))) return undefined;
  const documents: FastDocument[] = [];
  values.forEach((value, i) => {
    const line = segments[i];
    // Empty documents (a trailing `---`) are skipped, as Backstage skips them.
    if (value === null || value === undefined || line === undefined) return;
    documents.push({ number: documents.length + 1, value, line });
  });
  return documents;
}

/**
 * The first content line of each document: documents are separated by `---` lines (at column 0,
 * where nothing else can be); the part before the first marker is a document only if it holds
 * content. A document without content line is `undefined` (an empty document).
 */
function documentSegments(text: string): (number | undefined)[] {
  const lines = text.split('\n');
  const segments: (number | undefined)[] = [];
  let current: number | undefined;
  let started = false;
  lines.forEach((line, i) => {
    if (/^---(?:\s|$)/.test(line)) {
      if (started || current !== undefined) segments.push(current);
      started = true;
      current = undefined;
    } else if (current === undefined && line.trim() !== '' && !line.trimStart().startsWith('#')) {
      current = i + 1;
    }
  });
  if (started || current !== undefined) segments.push(current);
  return segments;
}
