/**
 * SARIF 2.1.0 static analysis logs, as written by CodeQL, ESLint's SARIF formatter, Semgrep,
 * Trivy, Bandit and others: `runs[]`, each with `tool.driver.name` and `results[]`. A result's
 * level is its own `level`, else its rule's `defaultConfiguration.level`, else "warning"
 * (or "none" when its `kind` is not "fail"), as the SARIF specification says.
 */
import type { CiReportFile } from './parse-result.ts';
import { lineColumnAt, parsed, refused, withoutBom, type ParseResult } from './parse-result.ts';

export const SARIF_EXPECTED = 'expected a SARIF 2.1.0 log (JSON with "version": "2.1.0" and a "runs" array)';

export interface SarifCounts {
  tools: string[];
  results: number;
  errors: number;
  warnings: number;
  notes: number;
}

type Level = 'error' | 'warning' | 'note' | 'none';
const LEVELS: readonly unknown[] = ['error', 'warning', 'note', 'none'] satisfies Level[];

type Json = Record<string, unknown>;

/** A structural problem, with the JSON path of the offending value. */
class SarifShapeError extends Error {}

export function parseSarifReport(file: CiReportFile): ParseResult<SarifCounts> {
  const json = parseJson(file);
  if (!json.ok) return json;
  try {
    return parsed(countLog(json.facts));
  } catch (error) {
    if (!(error instanceof SarifShapeError)) throw error;
    return refused(
      file.path,
      `${SARIF_EXPECTED}, but ${error.message}. Regenerate the log with the analysis tool's SARIF output.`,
    );
  }
}

function parseJson(file: CiReportFile): ParseResult<unknown> {
  const text = withoutBom(file.text);
  try {
    return parsed(JSON.parse(text) as unknown);
  } catch (error) {
    const message = (error as Error).message;
    return refused(
      file.path,
      `${SARIF_EXPECTED}, but the JSON is malformed: ${message.slice(0, 200)}. Fix the JSON there; a truncated file usually means the step writing it was interrupted.`,
      errorPlace(text, message),
    );
  }
}

/** V8 gives an offset for most syntax errors ("… at position 42"); the end of the text when input ran out. */
function errorPlace(text: string, message: string): { line?: number; column?: number } {
  const position = /at position (\d+)/.exec(message);
  if (position) return lineColumnAt(text, Number(position[1]));
  if (message.includes('Unexpected end of JSON input')) return lineColumnAt(text, text.length);
  return {};
}

function countLog(log: unknown): SarifCounts {
  if (!isObject(log)) throw new SarifShapeError('the file holds no JSON object');
  if (log.version !== undefined && log.version !== '2.1.0')
    throw new SarifShapeError(`"version" is ${JSON.stringify(log.version)}`);
  if (!Array.isArray(log.runs)) throw new SarifShapeError('there is no "runs" array');
  const counts: SarifCounts = { tools: [], results: 0, errors: 0, warnings: 0, notes: 0 };
  for (const [index, run] of log.runs.entries()) countRun(run, `runs[${index}]`, counts);
  return counts;
}

function countRun(run: unknown, where: string, counts: SarifCounts): void {
  if (!isObject(run)) throw new SarifShapeError(`${where} is not an object`);
  const name = propertyOf(propertyOf(propertyOf(run, 'tool'), 'driver'), 'name');
  if (typeof name !== 'string' || name.trim() === '')
    throw new SarifShapeError(`${where}.tool.driver.name, the analysis tool's name, is missing`);
  if (!counts.tools.includes(name)) counts.tools.push(name);
  // A run without results (null or absent) is a run whose tool found nothing to report.
  const results = run.results ?? [];
  if (!Array.isArray(results)) throw new SarifShapeError(`${where}.results is not an array`);
  for (const [index, result] of results.entries()) countResult(result, run, `${where}.results[${index}]`, counts);
}

/**
 * Counts a result unless it is suppressed: GitHub code scanning shows suppressed results as closed, not as findings.
 */
function countResult(result: unknown, run: Json, where: string, counts: SarifCounts): void {
  if (!isObject(result)) throw new SarifShapeError(`${where} is not an object`);
  if (isSuppressed(result)) return;
  counts.results++;
  const level = levelOf(result, run, where);
  if (level === 'error') counts.errors++;
  else if (level === 'warning') counts.warnings++;
  else if (level === 'note') counts.notes++;
}

/**
 * Suppressed when every suppression is accepted (status absent or "accepted"); "underReview" and "rejected" keep it
 * open.
 */
function isSuppressed(result: Json): boolean {
  const suppressions = result.suppressions;
  if (!Array.isArray(suppressions) || suppressions.length === 0) return false;
  return suppressions.every(
    (suppression) => isObject(suppression) && (suppression.status === undefined || suppression.status === 'accepted'),
  );
}

function levelOf(result: Json, run: Json, where: string): Level {
  if (result.level !== undefined) {
    if (!LEVELS.includes(result.level))
      throw new SarifShapeError(
        `${where}.level is ${JSON.stringify(result.level)} where error, warning, note or none was expected`,
      );
    return result.level as Level;
  }
  if (result.kind !== undefined && result.kind !== 'fail') return 'none';
  const ruleLevel = propertyOf(propertyOf(ruleOf(result, run), 'defaultConfiguration'), 'level');
  return LEVELS.includes(ruleLevel) ? (ruleLevel as Level) : 'warning';
}

/**
 * The result's rule descriptor: by index into the driver's rules, or into an extension's rules when
 * `rule.toolComponent` says so (CodeQL puts its query packs' rules there), else by id.
 */
function ruleOf(result: Json, run: Json): unknown {
  const tool = propertyOf(run, 'tool');
  const reference = propertyOf(result, 'rule');
  const componentIndex = propertyOf(propertyOf(reference, 'toolComponent'), 'index');
  const component =
    typeof componentIndex === 'number' ? arrayAt(tool, 'extensions')[componentIndex] : propertyOf(tool, 'driver');
  const rules = arrayAt(component, 'rules');
  const index = propertyOf(reference, 'index') ?? result.ruleIndex;
  if (typeof index === 'number' && index >= 0) return rules[index];
  const id = propertyOf(reference, 'id') ?? result.ruleId;
  return typeof id === 'string' ? allRules(tool).find((rule) => propertyOf(rule, 'id') === id) : undefined;
}

const allRules = (tool: unknown): unknown[] =>
  [propertyOf(tool, 'driver'), ...arrayAt(tool, 'extensions')].flatMap((component) => arrayAt(component, 'rules'));

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property of a value that may not be an object; `propertyOf(undefined, 'x')` is undefined, so lookups chain. */
const propertyOf = (value: unknown, key: string): unknown =>
  isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;

const arrayAt = (value: unknown, key: string): unknown[] => {
  const found = propertyOf(value, key);
  return Array.isArray(found) ? found : [];
};
