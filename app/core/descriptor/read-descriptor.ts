/**
 * A descriptor file's documents as values, read the fast way when it applies (see fast-parse.ts)
 * and the exact way (`yaml`, with positions) otherwise. The exact parse is also there on demand,
 * for placing problems: a file whose documents are all fine never needs it.
 */
import { BUDGETS } from '../budgets.ts';
import { fastParse } from './fast-parse.ts';
import { parseDescriptorFile, type DescriptorFile, type PlacedProblem } from './parse-descriptor-file.ts';
import { offsetsOf, rangeOf } from './source-position.ts';

export interface DescriptorValue {
  /** 1-based position among the file's non-empty documents. */
  number: number;
  /** The document's data; undefined when it has YAML errors. */
  value: unknown;
  /** 1-based line of its first content line. */
  line: number;
  /** YAML errors of the document (only the exact parse finds any). */
  problems: PlacedProblem[];
}

export interface DescriptorValues {
  path: string;
  text: string;
  documents: DescriptorValue[];
  /** Read by the fast path (the exact parse has not been needed yet). */
  fast: boolean;
  /** The exact parse, with every node's position; made once, when first asked for. */
  exact(): DescriptorFile;
  /** How many documents the file holds, when that is more than are read (BUDGETS.documentsPerFile). */
  documentsInFile?: number;
}

export function readDescriptor(path: string, text: string): DescriptorValues {
  const read = readAll(path, text);
  const count = read.documents.length;
  return count > BUDGETS.documentsPerFile
    ? { ...read, documents: read.documents.slice(0, BUDGETS.documentsPerFile), documentsInFile: count }
    : read;
}

function readAll(path: string, text: string): DescriptorValues {
  let exact: DescriptorFile | undefined;
  const parseExact = () => (exact ??= parseDescriptorFile(path, text));
  const fast = fastParse(text);
  if (fast) return { path, text, fast: true, exact: parseExact, documents: fast.map((d) => ({ ...d, problems: [] })) };
  const file = parseExact();
  return {
    path,
    text,
    fast: false,
    exact: parseExact,
    documents: file.documents.map((d) => ({
      number: d.number,
      value: d.value,
      line: rangeOf(file.lineCounter, text, offsetsOf(d.yaml, '')).line,
      problems: d.problems,
    })),
  };
}
