/**
 * A migration's edits of YAML and JSON files, keeping what people wrote: comments, key order,
 * quoting and indentation. YAML through the `yaml` package's Document API (the document is edited as
 * a tree that remembers its source, then printed), JSON (with comments) through `jsonc-parser`'s
 * `modify` and `applyEdits`, which compute text edits for one change and leave everything else
 * byte for byte. Neither is written by hand. A multi-document YAML file has its first document edited.
 *
 * The `yaml` package keeps comments and key order but prints the whole document in its own style
 * (spacing inside flow brackets, before comments, sequence indentation). So only the lines the edit
 * changed are taken from its print: the document is printed before and after the edit, the two
 * prints are compared line by line (jsdiff), and those hunks are applied to the file as written,
 * whose other lines stay byte for byte. When the print does not keep the file's lines one for one,
 * the whole print is taken.
 */
import { applyEdits, modify, parseTree, findNodeAtLocation, getNodeValue, type ParseError } from 'jsonc-parser';
import { structuredPatch } from 'diff';
import { isMap, isSeq, parseDocument, type Document, type ToStringOptions } from 'yaml';
import type { DocumentPath, EditOperation } from '../migration-model.ts';

export type Edited = { text: string } | { error: string };

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (path: DocumentPath) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(the document)';

/** YAML edited in place; the text unchanged when the operations change nothing. */
export function editYaml(text: string, operations: readonly EditOperation[]): Edited {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  if (doc.errors.length) {
    const [first] = doc.errors;
    const at = first!.linePos?.[0];
    return {
      error: `not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${first!.message.split('\n')[0]}`,
    };
  }
  for (const operation of operations) {
    const problem = applyYaml(doc, operation);
    if (problem) return { error: problem };
  }
  const style = styleOf(text);
  const before = parseDocument(text, { uniqueKeys: false }).toString(style);
  const after = doc.toString(style);
  return { text: before === after ? text : onlyChangedLines(text, before, after) };
}

/** How the file writes YAML, so the printed lines look like its own (read line by line: linear in the file). */
function styleOf(text: string): ToStringOptions {
  const lines = text.split('\n');
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const indent = lines.map(indentOf).find((n, i) => n > 0 && lines[i]!.trim() !== '') ?? 2;
  // `key:` followed by `- item` at the same indentation: sequences not indented under their key.
  const flushSequence = lines.some((line, i) => {
    const next = lines[i + 1];
    const body = line.trimEnd();
    return (
      next !== undefined &&
      body.endsWith(':') &&
      !body.trimStart().startsWith('#') &&
      indentOf(next) === indentOf(line) &&
      next.trimStart().startsWith('- ')
    );
  });
  return {
    lineWidth: 0,
    indent,
    indentSeq: !flushSequence,
    flowCollectionPadding: lines.some((line) => line.includes('[ ') && line.includes(' ]')),
  };
}

/** The file with only the lines that differ between the two prints replaced. */
function onlyChangedLines(text: string, before: string, after: string): string {
  const lines = text.split('\n');
  if (lines.length !== before.split('\n').length) return after;
  const { hunks } = structuredPatch('', '', before, after, '', '', { context: 0 });
  for (const hunk of [...hunks].reverse()) {
    const added = hunk.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1));
    lines.splice(hunk.oldStart - 1, hunk.oldLines, ...added);
  }
  return lines.join('\n');
}

function applyYaml(doc: Document, operation: EditOperation): string | undefined {
  const { path } = operation;
  const current: unknown = path.length ? doc.getIn(path) : doc.contents;
  switch (operation.op) {
    case 'set':
      if (equal(plain(current), operation.value)) return undefined;
      {
        const node = doc.createNode(operation.value);
        // A list or mapping written on one line (`[a, b]`) stays on one line.
        if ((isMap(current) || isSeq(current)) && current.flow && (isMap(node) || isSeq(node))) node.flow = true;
        if (!path.length) doc.contents = node;
        else doc.setIn(path, node);
      }
      return undefined;
    case 'delete':
      if (path.length && doc.hasIn(path)) doc.deleteIn(path);
      return undefined;
    case 'merge': {
      if (current !== undefined && !isMap(current)) return `${show(path)} is not a mapping: cannot merge into it`;
      for (const [key, value] of Object.entries(operation.value)) {
        const at = [...path, key];
        const existing = doc.getIn(at);
        const problem =
          isMap(existing) && isRecord(value)
            ? applyYaml(doc, { op: 'merge', path: at, value })
            : applyYaml(doc, { op: 'set', path: at, value });
        if (problem) return problem;
      }
      return undefined;
    }
    case 'append': {
      if (current === undefined) {
        doc.setIn(path, doc.createNode([operation.value]));
        return undefined;
      }
      if (!isSeq(current)) return `${show(path)} is not a list: cannot append to it`;
      if (current.items.some((item) => equal(plain(item), operation.value))) return undefined;
      current.add(doc.createNode(operation.value));
      return undefined;
    }
  }
}

const plain = (node: unknown): unknown =>
  node !== null && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;

/** JSON (comments allowed) edited in place, with the file's own indentation and line ends. */
export function editJson(text: string, operations: readonly EditOperation[]): Edited {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length)
    return { error: `not valid JSON at offset ${errors[0]!.offset}${lineOf(text, errors[0]!.offset)}` };
  const formattingOptions = formattingOf(text);
  let result = text;
  for (const operation of operations) {
    const next = applyJson(result, operation, formattingOptions);
    if ('error' in next) return next;
    result = next.text;
  }
  return { text: result };
}

function applyJson(
  text: string,
  operation: EditOperation,
  formattingOptions: { tabSize: number; insertSpaces: boolean; eol: string },
): Edited {
  const { path } = operation;
  const root = parseTree(text, [], { allowTrailingComma: true });
  const node = root ? findNodeAtLocation(root, path) : undefined;
  const current = node ? getNodeValue(node) : undefined;
  const write = (at: DocumentPath, value: unknown, options: { isArrayInsertion?: boolean } = {}) =>
    ({ text: applyEdits(text, modify(text, at, value, { formattingOptions, ...options })) }) as Edited;
  switch (operation.op) {
    case 'set':
      return equal(current, operation.value) ? { text } : write(path, operation.value);
    case 'delete':
      return node ? write(path, undefined) : { text };
    case 'merge': {
      if (node && !isRecord(current)) return { error: `${show(path)} is not an object: cannot merge into it` };
      let result: Edited = { text };
      for (const [key, value] of Object.entries(operation.value)) {
        const existing = isRecord(current) ? current[key] : undefined;
        const op: EditOperation =
          isRecord(existing) && isRecord(value)
            ? { op: 'merge', path: [...path, key], value }
            : { op: 'set', path: [...path, key], value };
        result = applyJson((result as { text: string }).text, op, formattingOptions);
        if ('error' in result) return result;
      }
      return result;
    }
    case 'append': {
      if (current === undefined) return write(path, [operation.value]);
      if (!Array.isArray(current)) return { error: `${show(path)} is not an array: cannot append to it` };
      if (current.some((item) => equal(item, operation.value))) return { text };
      return write([...path, current.length], operation.value, { isArrayInsertion: true });
    }
  }
}

/** The indentation and line ends the file already uses (two spaces and \n when it cannot say). */
function formattingOf(text: string) {
  const indent = /^( +|\t)"/m.exec(text)?.[1] ?? '  ';
  return {
    tabSize: indent === '\t' ? 1 : indent.length,
    insertSpaces: indent !== '\t',
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

function lineOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return ` (line ${line}, column ${offset - before.lastIndexOf('\n')})`;
}
