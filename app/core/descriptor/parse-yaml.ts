/**
 * YAML parsed as `yaml.parseAllDocuments` parses it (Backstage's parser), in time linear in the text.
 * `yaml` checks each key of a mapping against every earlier key of it: 20,000 keys in one mapping
 * take 3 s, 100,000 over a minute. Here keys are checked with a set instead, and the same
 * DUPLICATE_KEY error is reported at the same place. And a document nested deeper than the depth
 * budget is refused before it is composed: `yaml`'s composer recurses (its lexer and parser do not),
 * and so does everything that walks a value afterwards.
 */
import {
  Composer,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { BUDGETS } from '../budgets.ts';

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

export function parseYamlDocuments(text: string, options: YamlOptions = {}): Document.Parsed[] {
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(text)];
  // Where each document nests too deep (by its position among the documents, as they are composed).
  const tooDeep: (number | undefined)[] = [];
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    const offset = token.value ? deeperThan(token.value, BUDGETS.depth) : undefined;
    tooDeep.push(offset);
    // Composed empty: the document is reported, not walked.
    if (token.value && offset !== undefined)
      token.value = { type: 'scalar', offset: token.value.offset, indent: 0, source: '' };
  }
  const composer = new Composer({ ...options, uniqueKeys: false });
  const documents = [...composer.compose(tokens)];
  documents.forEach((document, i) => {
    const deep = tooDeep[i];
    if (deep !== undefined) {
      document.errors.push(
        new YAMLParseError(
          [deep, deep + 1],
          TOO_DEEP,
          `Nested deeper than ${BUDGETS.depth} levels of mappings and lists`,
        ),
      );
    }
    if (options.uniqueKeys !== false) for (const error of duplicateKeys(document)) document.errors.push(error);
    document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  });
  return documents;
}

/** The error code of a document over the depth budget (not one of yaml's own). */
export const TOO_DEEP = 'TOO_DEEP' as YAMLParseError['code'];

/**
 * Whether a value (JSON data) is nested deeper than `max` levels of objects and arrays; iterative, so any depth is safe
 * to ask about.
 */
export function nestedDeeperThan(value: unknown, max: number = BUDGETS.depth): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** The offset of a collection nested more than `max` levels deep below `root`, if there is one. */
function deeperThan(root: CST.Token, max: number): number | undefined {
  const stack: [CST.Token, number][] = [[root, 0]];
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (!('items' in token)) continue;
    if (depth >= max) return token.offset;
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
      if ('value' in item && item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

/** yaml's own rule (equal keys are the same node, or scalars with equal values), checked with one set per mapping. */
function duplicateKeys(document: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [document.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        const value = isScalar(key) ? key.value : key;
        // NaN never equals itself: yaml does not count two .nan keys as one.
        if (key !== null && !Number.isNaN(value)) {
          if (seen.has(value) && isScalar(key) && key.range)
            errors.push(new YAMLParseError([key.range[0], key.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
          seen.add(value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  return errors;
}
