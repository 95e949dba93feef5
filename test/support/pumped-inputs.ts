/**
 * Adversarial inputs for a regular expression, made from its own characters: each character it
 * names (literals, a member of each class), each literal run, and common separators, pumped into a
 * long run between a prefix it expects and a suffix that makes it fail. A super-linear expression
 * retries a quantifier from every position of such a run; a linear one reads it once.
 */
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';

/** Separators and characters that commonly end a match, added to the expression's own. */
const COMMON = [
  ' ',
  '\t',
  '\n',
  '\r',
  'a',
  'A',
  '0',
  '_',
  '/',
  '\\',
  '-',
  '.',
  ':',
  '#',
  '"',
  "'",
  '<',
  '>',
  '{',
  '[',
  ',',
  '=',
  '\u2028',
  '\u00a0',
  '\u0000',
];
const SUFFIXES = ['', '\n', '!', '\u0000'];

export interface Pump {
  prefix: string;
  unit: string;
  suffix: string;
}

export const pumped = ({ prefix, unit, suffix }: Pump, length: number) =>
  prefix + unit.repeat(Math.ceil(length / unit.length)) + suffix;

export function pumpsFor(source: string, flags: string): Pump[] {
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
    unicode: flags.includes('u') || flags.includes('v'),
    unicodeSets: flags.includes('v'),
  });
  const own = new Set<string>();
  const runs = new Set<string>();
  visitRegExpAST(pattern, {
    onCharacterEnter: (node) => void own.add(String.fromCodePoint(node.value)),
    onCharacterClassEnter: (node) => void (member(node, flags) && own.add(member(node, flags)!)),
    onCharacterSetEnter: (node) =>
      void (node.kind === 'any'
        ? own.add('a')
        : node.kind === 'digit'
          ? own.add('1')
          : node.kind === 'space'
            ? own.add(' ')
            : node.kind === 'word'
              ? own.add('w')
              : own.add('é')),
    onAlternativeEnter: (node) => literalRuns(node).forEach((r) => runs.add(r)),
  });
  const singles = [...new Set([...own, ...COMMON])];
  const pairs = [...own].flatMap((c) => [' ', '\n', '/', 'a', ...own].map((d) => c + d));
  const units = [...new Set([...singles, ...runs, ...pairs])];
  const prefixes = ['', '\u0000', ...[...runs].slice(0, 2)];
  return prefixes.flatMap((prefix) => units.flatMap((unit) => SUFFIXES.map((suffix) => ({ prefix, unit, suffix }))));
}

/** A character the class accepts (the expression's own test decides, so negation and escapes are right). */
function member(node: AST.CharacterClass, flags: string): string | undefined {
  const test = new RegExp(`^${node.raw}$`, flags.replace(/[gy]/g, ''));
  return [...COMMON, 'w', 'z', 'Z', '9', '~', '*', '+', '@', 'é'].find((c) => test.test(c));
}

/** The runs of literal characters in an alternative (`mvn `, `.json`), up to eight characters each. */
function literalRuns(node: AST.Alternative): string[] {
  const out: string[] = [];
  let run = '';
  for (const element of [...node.elements, undefined]) {
    if (element?.type === 'Character') run += String.fromCodePoint(element.value);
    else if (run) {
      out.push(run.slice(0, 8));
      run = '';
    }
  }
  return out;
}
