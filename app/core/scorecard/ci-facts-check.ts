/**
 * How CI facts travel from a workflow to the app through GitHub itself: the scorecard action writes
 * them on the commit as a check run, "Callboard / CI facts", whose output carries a summary for
 * people and the facts as JSON for the app; the app reads the newest such run on the commit. No
 * side channel, no secret to share: the facts are as trustworthy as the workflow that wrote them.
 *
 * The app reads them as untrusted input: the JSON is checked against a schema, and anything else
 * is ignored with a reason.
 */
import type { SchemaObject } from 'ajv';
import { createSchemaCompiler } from '../validation/schema-compiler.ts';
import type { CiFacts } from './ci-reports/ci-facts.ts';
import type { ReportedCiFacts } from './scoring-subject.ts';

export const CI_FACTS_CHECK = 'Callboard / CI facts';
const MARKER = '<!-- callboard:ci-facts -->';
/** GitHub refuses check run text over 65,535 characters. */
const MAX_TEXT = 65_535;

export interface CheckOutput {
  title: string;
  summary: string;
  text: string;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the action writes: a title and summary for people, the facts for the app. */
export function ciFactsCheckOutput(facts: CiFacts, reportedAt: string): CheckOutput {
  const parts = [
    facts.tests && `${count(facts.tests.count, 'test')}, ${facts.tests.failures + facts.tests.errors} failing`,
    facts.coverage?.lines !== undefined && `${facts.coverage.lines}% of lines covered`,
    facts.staticAnalysis && `${count(facts.staticAnalysis.results, 'static analysis finding')}`,
  ].filter(Boolean);
  const rows = [
    [
      'Tests',
      facts.tests
        ? `${facts.tests.count} run, ${facts.tests.passed} passed, ${facts.tests.failures} failed, ${facts.tests.errors} errors, ${facts.tests.skipped} skipped`
        : 'not reported',
      facts.tests?.files,
    ],
    [
      'Coverage',
      facts.coverage
        ? ['lines', 'branches', 'functions']
            .flatMap((m) =>
              facts.coverage![m as 'lines'] === undefined ? [] : [`${m} ${facts.coverage![m as 'lines']}%`],
            )
            .join(', ') || 'no data'
        : 'not reported',
      facts.coverage?.files,
    ],
    [
      'Static analysis',
      facts.staticAnalysis
        ? `${facts.staticAnalysis.results} findings (${facts.staticAnalysis.errors} errors) from ${facts.staticAnalysis.tools.join(', ') || 'unnamed tools'}`
        : 'not reported',
      facts.staticAnalysis?.files,
    ],
  ];
  const summary = [
    '| fact | value | from |',
    '|---|---|---|',
    ...rows.map(
      ([name, value, files]) =>
        `| ${name} | ${value} | ${(files as string[] | undefined)?.map((f) => `\`${f}\``).join(', ') ?? ''} |`,
    ),
  ].join('\n');
  const json = JSON.stringify({ ...facts, reportedAt } satisfies ReportedCiFacts);
  return {
    title: parts.length ? parts.join('; ') : 'No CI report found',
    summary: `${summary}\n\nCallboard's scorecards read these facts from this check run.`,
    text: `${MARKER}\n\`\`\`json\n${json.length + MARKER.length + 20 > MAX_TEXT ? JSON.stringify(trimmed(facts, reportedAt)) : json}\n\`\`\``,
  };
}

/** Past GitHub's text limit, the file lists go (the counts stay). */
const trimmed = (facts: CiFacts, reportedAt: string): ReportedCiFacts => ({
  ...(facts.tests ? { tests: { ...facts.tests, files: [] } } : {}),
  ...(facts.coverage ? { coverage: { ...facts.coverage, files: [] } } : {}),
  ...(facts.staticAnalysis ? { staticAnalysis: { ...facts.staticAnalysis, files: [] } } : {}),
  reportedAt,
});

const count0 = { type: 'integer', minimum: 0 };
const percent = { type: 'number', minimum: 0, maximum: 100 };
const files = { type: 'array', items: { type: 'string', maxLength: 1000 }, maxItems: 10_000 };
const FACTS_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  properties: {
    tests: {
      type: 'object',
      additionalProperties: false,
      required: ['run', 'count', 'passed', 'failures', 'errors', 'skipped', 'files'],
      properties: {
        run: { const: true },
        count: count0,
        passed: count0,
        failures: count0,
        errors: count0,
        skipped: count0,
        files,
      },
    },
    coverage: {
      type: 'object',
      additionalProperties: false,
      required: ['files'],
      properties: { lines: percent, branches: percent, functions: percent, files },
    },
    staticAnalysis: {
      type: 'object',
      additionalProperties: false,
      required: ['run', 'tools', 'results', 'errors', 'warnings', 'notes', 'files'],
      properties: {
        run: { const: true },
        tools: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 100 },
        results: count0,
        errors: count0,
        warnings: count0,
        notes: count0,
        files,
      },
    },
    reportedAt: { type: 'string', maxLength: 40 },
    commit: { type: 'string', pattern: '^[0-9a-f]{40}$' },
  },
};

let check: ((data: unknown) => readonly { instancePath: string; message?: string }[]) | undefined;

/** The facts a check run's text carries, or why it carries none the app can use. */
export function readCiFactsCheck(text: string | null | undefined): { facts: ReportedCiFacts } | { ignored: string } {
  const body = text?.startsWith(MARKER) ? fencedJson(text) : undefined;
  if (body === undefined) return { ignored: "its text is not the scorecard action's" };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { ignored: `its facts are not JSON (${(e as Error).message})` };
  }
  check ??= createSchemaCompiler().compile(FACTS_SCHEMA);
  const errors = check(value);
  if (errors.length)
    return {
      ignored: `its facts do not have the expected shape (${errors[0]!.instancePath || '/'} ${errors[0]!.message ?? ''})`,
    };
  return { facts: value as ReportedCiFacts };
}

const FENCE = '```json\n';

/**
 * The text between the first ```json fence and the last closing one (searched, not matched: a regex spanning both
 * backtracked).
 */
function fencedJson(text: string): string | undefined {
  const open = text.indexOf(FENCE);
  const close = text.lastIndexOf('\n```');
  return open !== -1 && close >= open + FENCE.length ? text.slice(open + FENCE.length, close) : undefined;
}
