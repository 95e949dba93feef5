import type { Problem } from '../validation/problem.ts';

/** A problem as a few plain lines (what, what was expected, how to fix): annotations and check runs use it. */
export const problemText = (p: Pick<Problem, 'message' | 'expected' | 'fix'>): string =>
  [p.message, p.expected && `Expected: ${p.expected}`, p.fix && `Fix: ${p.fix}`].filter(Boolean).join('\n');
