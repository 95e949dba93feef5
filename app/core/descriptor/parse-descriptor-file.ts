/**
 * Parses a descriptor file as Backstage does (`yaml.parseAllDocuments`, merge keys off, empty
 * documents skipped), keeping every node's position so problems can name line and column.
 */
import { LineCounter, type Document } from 'yaml';
import { BUDGETS } from '../budgets.ts';
import { problem, type Problem } from '../validation/problem.ts';
import { parseYamlDocuments } from './parse-yaml.ts';

export interface DescriptorDocument {
  /** 1-based position among the file's non-empty documents. */
  number: number;
  yaml: Document.Parsed;
  /** The document as JSON data; undefined when it has YAML errors. */
  value: unknown;
  /** YAML errors of this document (each placed by its own offset). */
  problems: PlacedProblem[];
}

/** A problem placed by character offsets, before it is turned into lines and columns. */
export interface PlacedProblem extends Problem {
  offset: number;
  endOffset: number;
}

export interface DescriptorFile {
  path: string;
  text: string;
  lineCounter: LineCounter;
  documents: DescriptorDocument[];
}

export function parseDescriptorFile(path: string, text: string): DescriptorFile {
  const lineCounter = new LineCounter();
  const parsed = parseYamlDocuments(text, { lineCounter, merge: false, prettyErrors: false });
  const documents: DescriptorDocument[] = [];
  for (const yaml of parsed) {
    const problems = yaml.errors.map((e) => yamlProblem(e.code, e.message, e.pos));
    let value: unknown;
    if (problems.length === 0) {
      try {
        value = yaml.toJSON();
      } catch (e) {
        // e.g. "Excessive alias count": a document built to expand without bound.
        problems.push(yamlProblem('ALIAS', String((e as Error).message ?? e), [yaml.range[0], yaml.range[1]]));
      }
    }
    // Backstage skips documents that are null (an empty document, a trailing `---`).
    if (problems.length === 0 && value === null) continue;
    documents.push({ number: documents.length + 1, yaml, value, problems });
  }
  return { path, text, lineCounter, documents };
}

const YAML_FIXES: Record<string, string> = {
  DUPLICATE_KEY: 'Remove one of the two entries with this key, or merge them.',
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Align this line with the other keys of the same mapping.',
  MISSING_CHAR: 'Close the quote or bracket that was opened.',
  MULTIPLE_ANCHORS: 'Keep one anchor per node.',
  BLOCK_AS_IMPLICIT_KEY: 'Put a space after the colon, or quote the key.',
  UNEXPECTED_TOKEN: 'Check the indentation and punctuation on this line.',
  ALIAS: 'Remove the aliases (*name) that repeat content without bound.',
  TOO_DEEP: `Flatten the document: at most ${BUDGETS.depth} levels of mappings and lists are read.`,
};

function yamlProblem(code: string, message: string, pos: [number, number]): PlacedProblem {
  // yaml's messages end with " at line L, column C" when prettyErrors is on; it is off, so the text is clean.
  const text = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return {
    ...problem('error', 'yaml-syntax', '', `YAML error: ${text}`, {
      fix: YAML_FIXES[code] ?? 'Correct the YAML syntax at this position.',
    }),
    offset: pos[0],
    endOffset: Math.max(pos[1], pos[0] + 1),
  };
}
