/**
 * Safe XML reading for the JUnit and Cobertura parsers.
 *
 * Why fast-xml-parser: it is pure JavaScript (no native build in the Action), fast on reports of
 * tens of megabytes, actively maintained, and its validator reports the line and column of a syntax
 * error, which is what a user needs to find the broken spot. It is configured so entities, including
 * those declared in a DTD, are never expanded (no billion-laughs), and deep nesting is capped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { refused, withoutBom, type ParseResult } from './parse-result.ts';

/** An element as fast-xml-parser gives it: an object of attributes and children, or a string when it has neither. */
export type XmlElement = Record<string, unknown> | string;

export interface XmlDocument {
  rootName: string;
  root: XmlElement;
}

const ATTRIBUTE_PREFIX = '@_';

/** Reports nest a handful of levels; anything deeper is hostile, and the cap also bounds our recursion. */
const MAX_NESTED_TAGS = 100;

const parser = new XMLParser({
  ignoreAttributes: false,
  // A prefix keeps attributes apart from child elements of the same name (<testsuite skipped="1"> vs <skipped/>).
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_NESTED_TAGS,
});

/** Validate then parse; `expected` names the format in problems ("expected a JUnit XML report …"). */
export function parseXml(path: string, text: string, expected: string): ParseResult<XmlDocument> {
  const xml = withoutBom(text);
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const where = { line, ...(col ? { column: col } : {}) };
    return refused(
      path,
      `${expected}, but the XML is malformed: ${msg} Fix the XML there; a truncated file usually means the step writing it was interrupted.`,
      where,
    );
  }
  try {
    return documentOf(path, parser.parse(xml) as Record<string, unknown>, expected);
  } catch (error) {
    // The parser refuses some of what the validator lets through: nesting over the cap, names like
    // __proto__, external entities (SYSTEM/PUBLIC) declared in a DTD.
    return refused(
      path,
      `${expected}, but the XML could not be read: ${(error as Error).message.replace(/\.$/, '')}. Regenerate the report with the tool that produced it.`,
    );
  }
}

function documentOf(path: string, document: Record<string, unknown>, expected: string): ParseResult<XmlDocument> {
  const rootName = Object.keys(document).find((key) => !key.startsWith('#'));
  if (rootName === undefined) return refused(path, `${expected}, but the file has no root element.`);
  return { ok: true, facts: { rootName, root: document[rootName] as XmlElement } };
}

/** Child elements of one name, whether the parser gave one (object or string) or several (array). */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  if (typeof element === 'string' || !Object.hasOwn(element, name)) return [];
  const value = element[name];
  return (Array.isArray(value) ? value : [value]).filter(isElement);
}

export const hasChild = (element: XmlElement, name: string): boolean => childElements(element, name).length > 0;

export function attribute(element: XmlElement, name: string): string | undefined {
  if (typeof element === 'string') return undefined;
  const value = element[ATTRIBUTE_PREFIX + name];
  return typeof value === 'string' ? value : undefined;
}

const isElement = (value: unknown): value is XmlElement =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));

// The name ends at the first character that cannot be in it, so name and attributes never trade characters.
const ROOT_OPEN_TAG = /<([A-Za-z_][\w.:-]*)(?:[^\w.:>-][^>]*)?>/y;

/**
 * The root element's name and opening tag, read without parsing the document, so a format can be
 * recognised even in a file too broken to parse (the parser then says where it is broken).
 */
export function xmlRootElement(text: string): { name: string; openTag: string } | undefined {
  const xml = withoutBom(text);
  const start = rootElementStart(xml);
  if (start === undefined) return undefined;
  ROOT_OPEN_TAG.lastIndex = start;
  const match = ROOT_OPEN_TAG.exec(xml);
  return match ? { name: match[1] ?? '', openTag: match[0] } : undefined;
}

/**
 * Where the root element starts, after the declaration, processing instructions, comments and a
 * DOCTYPE. A plain scan rather than a regular expression: on hostile input a regex over a DOCTYPE's
 * brackets can backtrack for minutes.
 */
function rootElementStart(xml: string): number | undefined {
  let offset: number | undefined = 0;
  while (offset !== undefined) {
    offset = skipWhitespace(xml, offset);
    if (xml.startsWith('<?', offset)) offset = after(xml, '?>', offset);
    else if (xml.startsWith('<!--', offset)) offset = after(xml, '-->', offset);
    else if (xml.startsWith('<!DOCTYPE', offset)) offset = afterDoctype(xml, offset);
    else return offset;
  }
  return undefined;
}

function skipWhitespace(text: string, offset: number): number {
  while (offset < text.length && /\s/.test(text.charAt(offset))) offset++;
  return offset;
}

function after(text: string, end: string, from: number): number | undefined {
  const index = text.indexOf(end, from);
  return index === -1 ? undefined : index + end.length;
}

/** A DOCTYPE ends at the first `>` unless an internal subset (`[ … ]`) comes first. */
function afterDoctype(xml: string, from: number): number | undefined {
  const subsetStart = xml.indexOf('[', from);
  const close = xml.indexOf('>', from);
  if (close === -1) return undefined;
  if (subsetStart === -1 || subsetStart > close) return close + 1;
  const subsetEnd = xml.indexOf(']', subsetStart);
  return subsetEnd === -1 ? undefined : after(xml, '>', subsetEnd);
}
