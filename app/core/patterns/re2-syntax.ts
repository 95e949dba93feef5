/**
 * A JavaScript pattern (regexpp's tree) written out in RE2's syntax with JavaScript's meaning:
 * every character as `\x{…}`, `.` `\s` `\d` `\w` as the code points JavaScript gives them, `^` and
 * `$` as line or text anchors by the `m` flag in force. What RE2 cannot run in linear time
 * (backreferences, lookahead, lookbehind) is refused with the construct's place in the source.
 */
import type { AST } from '@eslint-community/regexpp';
import { RE2JS } from 're2js';
import { PatternError } from '../errors.ts';

type Ranges = readonly (readonly [number, number])[];

const DIGIT: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
/** JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262, wider than RE2's [\t\n\f\r ]. */
const SPACE: Ranges = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: Ranges = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];
const MAX_CODE_POINT = 0x10ffff;
const LINEAR = 'cannot be run in linear time (docs/patterns.md)';
/** RE2 refuses larger repetition counts (each copy is compiled). */
export const MAX_REPEAT = 1000;

interface Modes {
  multiline: boolean;
  dotAll: boolean;
  /** Lookarounds (by their text) the caller has made redundant and that are left out. */
  ignored: ReadonlySet<string>;
}

export function re2Syntax(pattern: AST.Pattern, flags: string, ignored: ReadonlySet<string> = new Set()): string {
  return disjunction(pattern.alternatives, { multiline: flags.includes('m'), dotAll: flags.includes('s'), ignored });
}

const disjunction = (alternatives: AST.Alternative[], modes: Modes) =>
  alternatives.map((a) => sequence(a.elements, modes)).join('|');

function sequence(elements: AST.Element[], modes: Modes): string {
  let out = '';
  for (let i = 0; i < elements.length; i++) {
    const [element, next] = [elements[i]!, elements[i + 1]];
    // Without the u flag a character above U+FFFF is written as two halves; RE2 reads code points.
    if (element.type === 'Character' && next?.type === 'Character' && isPair(element.value, next.value)) {
      out += hex(pairOf(element.value, next.value));
      i++;
    } else out += atom(element, modes);
  }
  return out;
}

function atom(node: AST.Element, modes: Modes): string {
  switch (node.type) {
    case 'Character':
      return hex(checkedCharacter(node));
    case 'CharacterClass':
      return characterClass(node);
    case 'CharacterSet':
      return characterSet(node, modes);
    case 'Group': {
      const inner = node.modifiers
        ? {
            ...modes,
            multiline: flagAfter(node.modifiers, 'multiline', modes.multiline),
            dotAll: flagAfter(node.modifiers, 'dotAll', modes.dotAll),
          }
        : modes;
      return `(?${caseModifier(node.modifiers)}:${disjunction(node.alternatives, inner)})`;
    }
    case 'CapturingGroup':
      // Groups are kept, numbered as JavaScript numbers them, for replacements ($1, $<name>).
      return node.name
        ? `(?P<${node.name}>${disjunction(node.alternatives, modes)})`
        : `(${disjunction(node.alternatives, modes)})`;
    case 'Quantifier':
      return quantifier(node, modes);
    case 'Assertion':
      return assertion(node, modes);
    case 'Backreference':
      throw refused(
        node,
        `the backreference ${node.raw}`,
        LINEAR,
        "Repeat the group's pattern instead of referring back to it, e.g. (\"|').*\\1 becomes \".*\"|'.*'.",
      );
    default:
      throw refused(
        node,
        `the construct ${node.raw}`,
        'is not supported',
        'Rewrite it with plain characters, classes, groups and quantifiers.',
      );
  }
}

function assertion(node: AST.Assertion, modes: Modes): string {
  if (node.kind === 'start') return modes.multiline ? '(?m:^)' : '\\A';
  // `$` in a file with CRLF line ends: JavaScript stops before the \r, so RE2 may step over it.
  if (node.kind === 'end') return modes.multiline ? '(?m:\\r?$)' : '\\z';
  if (node.kind === 'word') return node.negate ? '\\B' : '\\b';
  if (modes.ignored.has(node.raw)) return '';
  const look = node as AST.LookaroundAssertion;
  const what = `${look.kind} ${look.raw}`;
  const fix = look.negate
    ? 'Drop it and state the exclusion as a second rule that must not match (doesNotMatch, or not:).'
    : 'Drop it and match the text itself, or state it as a second rule that must match as well (all:).';
  throw refused(look, `the ${look.negate ? 'negative ' : ''}${what}`, LINEAR, fix);
}

function quantifier(node: AST.Quantifier, modes: Modes): string {
  if (node.min > MAX_REPEAT || (node.max !== Infinity && node.max > MAX_REPEAT)) {
    throw refused(
      node,
      `the repetition count in ${node.raw}`,
      `is above ${MAX_REPEAT}`,
      `Counts above ${MAX_REPEAT} are not supported; use a smaller count, or * or +.`,
    );
  }
  const { min, max } = node;
  const count =
    min === 0 && max === Infinity
      ? '*'
      : min === 1 && max === Infinity
        ? '+'
        : min === 0 && max === 1
          ? '?'
          : max === Infinity
            ? `{${min},}`
            : min === max
              ? `{${min}}`
              : `{${min},${max}}`;
  const element =
    node.element.type === 'Character' ? hex(checkedCharacter(node.element)) : `(?:${atom(node.element, modes)})`;
  return `${element}${count}${node.greedy ? '' : '?'}`;
}

function characterSet(node: AST.CharacterSet, modes: Modes): string {
  if (node.kind === 'any') return modes.dotAll ? '(?s:.)' : bracket(LINE_TERMINATORS, true);
  if (node.kind === 'property') return property(node);
  return bracket(ESCAPE_SETS[node.kind], node.negate);
}

const ESCAPE_SETS = { digit: DIGIT, word: WORD, space: SPACE } as const;

function characterClass(node: AST.CharacterClass): string {
  if (node.unicodeSets)
    throw refused(
      node,
      `the class ${node.raw}`,
      'needs the v flag, which is not supported',
      'Use the u flag and a plain class.',
    );
  let body = '';
  const elements = node.elements as AST.ClassRangesCharacterClassElement[];
  for (let i = 0; i < elements.length; i++) {
    const [element, next] = [elements[i]!, elements[i + 1]];
    if (element.type === 'Character' && next?.type === 'Character' && isPair(element.value, next.value)) {
      body += hex(pairOf(element.value, next.value));
      i++;
    } else if (element.type === 'Character') body += hex(checkedCharacter(element));
    else if (element.type === 'CharacterClassRange')
      body += `${hex(checkedCharacter(element.min))}-${hex(checkedCharacter(element.max))}`;
    else if (element.kind === 'property') body += property(element);
    else body += rangesText(element.negate ? complement(ESCAPE_SETS[element.kind]) : ESCAPE_SETS[element.kind]);
  }
  // An empty class matches nothing, its negation anything; RE2 has no syntax for either.
  if (body === '') return node.negate ? '(?s:.)' : bracket([[0, MAX_CODE_POINT]], true);
  return `[${node.negate ? '^' : ''}${body}]`;
}

/** \p{…}: general categories and scripts by RE2's names; other properties only where RE2 knows them. */
function property(node: AST.UnicodePropertyCharacterSet): string {
  if (node.strings || node.key === 'Script_Extensions' || node.key === 'scx') {
    throw refused(
      node,
      `the property ${node.raw}`,
      'is not supported',
      'Use a general category or a script, e.g. \\p{L} or \\p{Script=Greek}.',
    );
  }
  const name = node.value ?? node.key;
  const text = `\\${node.negate ? 'P' : 'p'}{${name}}`;
  try {
    RE2JS.compile(text);
  } catch {
    throw refused(
      node,
      `the property ${node.raw}`,
      'is not known to the linear-time engine',
      'Use the short name of a general category (\\p{L}, \\p{Lu}, \\p{Nd}) or a script (\\p{Script=Greek}).',
    );
  }
  return text;
}

function checkedCharacter(node: AST.Character): number {
  if (node.value >= 0xd800 && node.value <= 0xdfff)
    throw refused(
      node,
      `the lone surrogate ${node.raw}`,
      'is not supported',
      'Write the whole character, e.g. \\u{1F600} with the u flag.',
    );
  return node.value;
}

function flagAfter(modifiers: AST.Modifiers, flag: 'multiline' | 'dotAll', current: boolean): boolean {
  if (modifiers.add[flag]) return true;
  if (modifiers.remove?.[flag]) return false;
  return current;
}

const caseModifier = (modifiers: AST.Modifiers | null) =>
  modifiers?.add.ignoreCase ? 'i' : modifiers?.remove?.ignoreCase ? '-i' : '';

const isPair = (high: number, low: number) => high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
const pairOf = (high: number, low: number) => (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
const hex = (codePoint: number) => `\\x{${codePoint.toString(16)}}`;
const rangesText = (ranges: Ranges) => ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
const bracket = (ranges: Ranges, negate: boolean) => `[${negate ? '^' : ''}${rangesText(ranges)}]`;

function complement(ranges: Ranges): Ranges {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

/** `The lookahead (?=x) at character 4 cannot be run in linear time…`, placed on the construct. */
function refused(node: AST.Node, construct: string, reason: string, fix: string): PatternError {
  const shown = construct.length > 60 ? `${construct.slice(0, 59)}…` : construct;
  return new PatternError(
    `${shown[0]!.toUpperCase()}${shown.slice(1)} at character ${node.start + 1} ${reason}`,
    node.start,
    node.end,
    fix,
  );
}
