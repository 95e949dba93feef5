/**
 * The checks of a rule condition that its schema cannot make (fact names, globs, JSONPaths, regular
 * expressions, what each operator needs), written once for every file that holds conditions: the
 * scorecard tracks' rules and the migrations' `migrated`. `rule` is the problem's rule id.
 */
import { JSONPath } from 'jsonpath-plus';
import { PatternError } from '../errors.ts';
import { linearGlob } from '../patterns/linear-glob.ts';
import { closest } from '../validation/closest.ts';
import { problem, type Problem, type RuleId } from '../validation/problem.ts';
import { FACT_NAMES, FACTS_BY_NAME } from './fact-names.ts';
import { parseRegex } from './regex.ts';
import type { Condition } from './scorecard-model.ts';

const NUMERIC = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const LEAVES_FIX = 'Write it from the repository root with a leading "/", or from the entity\'s folder, without "..".';

/** A file condition without an operator asks whether the file exists. */
export function conditionWithDefaults(c: Condition): Condition {
  if ('all' in c) return { all: c.all.map(conditionWithDefaults) };
  if ('any' in c) return { any: c.any.map(conditionWithDefaults) };
  if ('not' in c) return { not: conditionWithDefaults(c.not) };
  return 'file' in c && !c.operator ? { ...c, operator: 'exists' } : c;
}

export function conditionProblems(c: Condition, at: string, rule: RuleId): Problem[] {
  if ('all' in c) return c.all.flatMap((x, i) => conditionProblems(x, `${at}/all/${i}`, rule));
  if ('any' in c) return c.any.flatMap((x, i) => conditionProblems(x, `${at}/any/${i}`, rule));
  if ('not' in c) return conditionProblems(c.not, `${at}/not`, rule);
  const out: Problem[] = [];
  if ('fact' in c && !FACTS_BY_NAME.has(c.fact)) {
    const guess = closest(
      c.fact,
      FACT_NAMES.map((f) => f.name),
    );
    // The facts of the same source (`ci.`, `github.`…) are the likely ones; all of them would be a wall of names.
    const family = FACT_NAMES.filter((f) => f.name.split('.')[0] === c.fact.split('.')[0]).map((f) => f.name);
    out.push(
      problem('error', rule, `${at}/fact`, `There is no fact "${c.fact}"`, {
        ...(family.length ? { expected: `one of ${family.join(', ')}` } : {}),
        fix: guess ? `Did you mean "${guess}"?` : 'Use one of the facts docs/scorecards.md lists ("Facts").',
      }),
    );
  }
  if ('file' in c) out.push(...globProblems(c.file, `${at}/file`, rule, LEAVES_FIX));
  if (c.path !== undefined) out.push(...pathProblems(c.path, `${at}/path`, rule));
  out.push(...valueProblems(c.operator ?? 'exists', c.value, at, rule));
  return out;
}

/** A glob's problems: one that leaves the repository, or that the linear-time engine refuses. */
export function globProblems(glob: string, at: string, rule: RuleId, leavesFix: string): Problem[] {
  if (glob.split('/').some((segment) => segment === '..')) {
    return [
      problem('error', rule, at, `The glob "${glob}" leaves the repository ("..")`, {
        fix: leavesFix,
      }),
    ];
  }
  try {
    linearGlob(glob.replace(/^\/+/, ''));
    return [];
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return [problem('error', rule, at, e.message, { fix: e.fix })];
  }
}

function pathProblems(path: string, at: string, rule: RuleId): Problem[] {
  try {
    // Evaluated on nothing, to learn whether it parses; filter expressions are never run (eval: false).
    JSONPath({ path, json: {}, eval: false, wrap: true });
    return /\?\(|\(@/.test(path)
      ? [
          problem(
            'error',
            rule,
            at,
            `The path "${path}" uses a filter or script expression, which Callboard does not run`,
            { fix: 'Use plain member and index steps, e.g. $.spec.owner or $.jobs.*.steps.' },
          ),
        ]
      : [];
  } catch (e) {
    return [
      problem('error', rule, at, `The path "${path}" is not a valid JSONPath: ${(e as Error).message}`, {
        fix: 'Write it as $.field.subfield, with ["odd/key"] for keys with dots or slashes.',
      }),
    ];
  }
}

function valueProblems(operator: string, value: unknown, at: string, rule: RuleId): Problem[] {
  const bad = (expected: string, fix: string) => [
    problem(
      'error',
      rule,
      `${at}/value`,
      `The operator ${operator} needs ${expected}, but found ${JSON.stringify(value) ?? 'nothing'}`,
      { fix },
    ),
  ];
  if (operator === 'exists')
    return value === undefined || typeof value === 'boolean'
      ? []
      : bad('true, false or no value', 'Write "value: false" to ask that it does not exist, or leave value out.');
  if (NUMERIC.has(operator))
    return typeof value === 'number' ? [] : bad('a number', 'Write the value as a number, e.g. "value: 80".');
  if (operator === 'in' || operator === 'notIn')
    return Array.isArray(value)
      ? []
      : bad('a list', 'Write the value as a list, e.g. "value: [production, experimental]".');
  if (operator === 'matches' || operator === 'doesNotMatch') {
    if (typeof value !== 'string')
      return bad('a regular expression as a string', 'Write the value as a string, e.g. "value: npm (run )?test".');
    const regex = parseRegex(value);
    return regex instanceof PatternError
      ? [
          problem(
            'error',
            rule,
            `${at}/value`,
            `The regular expression ${JSON.stringify(value)} is not valid: ${regex.message}`,
            { fix: regex.fix, span: [regex.index, regex.end] },
          ),
        ]
      : [];
  }
  return value === undefined ? bad('a value', 'Add "value:".') : [];
}
