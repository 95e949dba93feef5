/**
 * The operators of a condition, applied to a value that was found. Each answers with the words
 * that say what was seen, which become the result's evidence.
 */
import { isDeepStrictEqual } from 'node:util';
import { regexOf } from './compiled.ts';
import type { Operator } from './scorecard-model.ts';

export interface Comparison {
  ok: boolean;
  /** What was seen, e.g. `is 42`, `is "team-a"`, `is not set`. */
  seen: string;
}

export const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

const present = (v: unknown) => v !== undefined && v !== null;
const textOf = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

export function compare(value: unknown, operator: Operator, expected: unknown): Comparison {
  const seen = present(value) ? `is ${show(value)}` : 'is not set';
  switch (operator) {
    case 'exists':
      return { ok: present(value) === (expected ?? true), seen: present(value) ? 'is set' : 'is not set' };
    case 'equal':
      return { ok: isDeepStrictEqual(value, expected), seen };
    case 'notEqual':
      return { ok: !isDeepStrictEqual(value, expected), seen };
    case 'in':
      return { ok: Array.isArray(expected) && expected.some((e) => isDeepStrictEqual(e, value)), seen };
    case 'notIn':
      return { ok: Array.isArray(expected) && !expected.some((e) => isDeepStrictEqual(e, value)), seen };
    case 'contains':
      return { ok: contains(value, expected), seen };
    case 'doesNotContain':
      return { ok: present(value) && !contains(value, expected), seen };
    case 'matches':
    case 'doesNotMatch': {
      const regex = regexOf(String(expected));
      const hit =
        typeof regex !== 'string' &&
        present(value) &&
        (Array.isArray(value) ? value : [value]).some((v) => regex.test(textOf(v)));
      return { ok: operator === 'matches' ? hit : present(value) && !hit, seen };
    }
    default: {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : Number.NaN;
      if (!Number.isFinite(n) || typeof expected !== 'number')
        return { ok: false, seen: present(value) ? `${seen}, not a number` : seen };
      const ok =
        operator === 'lessThan'
          ? n < expected
          : operator === 'lessThanInclusive'
            ? n <= expected
            : operator === 'greaterThan'
              ? n > expected
              : n >= expected;
      return { ok, seen };
    }
  }
}

function contains(value: unknown, expected: unknown): boolean {
  if (Array.isArray(value)) return value.some((v) => isDeepStrictEqual(v, expected));
  if (typeof value === 'string') return typeof expected === 'string' && value.includes(expected);
  if (value && typeof value === 'object') return typeof expected === 'string' && expected in value;
  return false;
}

/** The operator in words, for evidence: `greaterThan 0` → `> 0`. */
export function wanted(operator: Operator, expected: unknown): string {
  const words: Record<Operator, string> = {
    exists: expected === false ? 'absent' : 'set',
    equal: `= ${show(expected)}`,
    notEqual: `≠ ${show(expected)}`,
    in: `one of ${show(expected)}`,
    notIn: `none of ${show(expected)}`,
    contains: `containing ${show(expected)}`,
    doesNotContain: `not containing ${show(expected)}`,
    matches: `matching ${String(expected)}`,
    doesNotMatch: `not matching ${String(expected)}`,
    lessThan: `< ${show(expected)}`,
    lessThanInclusive: `≤ ${show(expected)}`,
    greaterThan: `> ${show(expected)}`,
    greaterThanInclusive: `≥ ${show(expected)}`,
  };
  return words[operator];
}
