/** From a JSON pointer into a document to the YAML node that holds it, and from there to line and column. */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
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
export function offsetsOf(doc: Document.Parsed, pointer: string, atKey = false): [number, number] {
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
  return [range[0], Math.max(range[1], range[0] + 1)];
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
