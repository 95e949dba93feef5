/** From a JSON pointer into a document to the YAML node that holds it, and from there to line and column. */
import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';
import { segmentsOf } from '../validation/json-pointer.ts';

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The offsets of the value at `pointer` (or of its key, with `atKey`). When the pointer goes
 * deeper than the YAML does (into a resolved placeholder, or a missing field), the deepest node
 * that exists is used.
 */
export function offsetsOf(
  doc: Document.Parsed,
  pointer: string,
  atKey = false,
  span?: [number, number],
): [number, number] {
  let node: Node | null = doc.contents;
  let key: Node | null = null;
  for (const segment of segmentsOf(pointer)) {
    if (isAlias(node)) node = node.resolve(doc) ?? null;
    const next = childOf(node, segment);
    if (!next) break;
    [key, node] = next;
  }
  const target = (atKey && key) || node || key;
  const range = target?.range ?? doc.range;
  const within = span && !atKey && isScalar(target) ? spanOffsets(target, span) : undefined;
  return within ?? [range[0], Math.max(range[1], range[0] + 1)];
}

/**
 * A range of characters of a scalar's value, as offsets in the file: only where the source spells
 * the value character for character (plain, or quoted without escapes, on one line); else undefined.
 */
function spanOffsets(scalar: Scalar, [from, to]: [number, number]): [number, number] | undefined {
  const value = scalar.value;
  if (!scalar.range || typeof value !== 'string' || value.includes('\n')) return undefined;
  const [start, end] = scalar.range;
  const quote =
    scalar.type === Scalar.QUOTE_SINGLE || scalar.type === Scalar.QUOTE_DOUBLE
      ? 1
      : scalar.type === Scalar.PLAIN
        ? 0
        : -1;
  const escaped =
    scalar.type === Scalar.QUOTE_SINGLE
      ? value.includes("'")
      : scalar.type === Scalar.QUOTE_DOUBLE && /["\\]/.test(value);
  if (quote < 0 || escaped || end - start !== value.length + 2 * quote) return undefined;
  return [start + quote + from, start + quote + Math.max(to, from + 1)];
}

function childOf(node: Node | null, segment: string): [Node | null, Node | null] | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key as Node | null;
      const keyText = isScalar(k) ? String(k.value) : undefined;
      if (keyText === segment) return [k, (pair.value as Node | null) ?? null];
    }
  }
  if (isSeq(node) && /^\d+$/.test(segment)) {
    const item = node.items[Number(segment)] as Node | undefined;
    if (item) return [null, item];
  }
  return undefined;
}

/** Lines and columns (1-based, end exclusive) of an offset range, trailing blanks and newlines left out. */
export function rangeOf(lineCounter: LineCounter, text: string, [start, end]: [number, number]): SourceRange {
  let last = Math.max(start, end - 1);
  while (last > start && /\s/.test(text[last] ?? '')) last--;
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(last);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col + 1 };
}
