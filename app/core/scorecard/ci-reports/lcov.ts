/**
 * lcov tracefiles (`lcov.info`), as written by Istanbul/nyc, c8, vitest, Jest, genhtml's lcov,
 * grcov and coverage.py's `lcov` command. One record per source file (SF: … end_of_record) with
 * summary lines LF/LH (lines), BRF/BRH (branches), FNF/FNH (functions). When a summary is missing,
 * the detail lines (DA, BRDA, FNDA) are counted instead.
 */
import type { CiReportFile } from './parse-result.ts';
import { addCoverage, noCoverage, ratioError, type CoverageCounts, type Ratio } from './coverage-counts.ts';
import { parsed, refused, type ParseResult } from './parse-result.ts';

export const LCOV_EXPECTED =
  'expected an lcov tracefile (records of SF:, DA:, LF:/LH: lines, each ending with end_of_record)';

/** What one record (one source file) says, as summaries and as detail lines. */
interface LcovRecord {
  summary: Partial<Record<SummaryKey, number>>;
  detail: CoverageCounts;
}

type SummaryKey = 'LF' | 'LH' | 'BRF' | 'BRH' | 'FNF' | 'FNH';
const SUMMARY_KEYS: readonly string[] = ['LF', 'LH', 'BRF', 'BRH', 'FNF', 'FNH'] satisfies SummaryKey[];

/** A bad line: what is wrong with it, and where in it the bad part starts (1-based). */
class LcovLineError extends Error {
  readonly column: number;
  constructor(message: string, column: number) {
    super(message);
    this.column = column;
  }
}

const RECORD_LINE = /^([A-Z]+):(.*)$/;
const COUNT = /^\d+$/;
const HITS = /^-?\d+$/;

export function parseLcovReport(file: CiReportFile): ParseResult<CoverageCounts> {
  const lines = file.text.split(/\r?\n/);
  if (lines.every((line) => line.trim() === ''))
    return refused(
      file.path,
      `${LCOV_EXPECTED}, but the file is empty. Check that the test step wrote coverage before this step.`,
    );
  let total = noCoverage();
  let record = newRecord();
  for (const [index, line] of lines.entries()) {
    const text = line.trim();
    if (text === '') continue;
    if (text === 'end_of_record' || (text.startsWith('SF:') && hasData(record))) {
      const counted = countsOf(record);
      if (typeof counted === 'string')
        return refused(
          file.path,
          `${LCOV_EXPECTED}, but the record ending here is inconsistent: ${counted}. Regenerate the tracefile.`,
          { line: index + 1 },
        );
      total = addCoverage(total, counted);
      record = newRecord();
      if (text === 'end_of_record') continue;
    }
    try {
      readLine(text, record);
    } catch (error) {
      if (!(error instanceof LcovLineError)) throw error;
      return refused(file.path, `${LCOV_EXPECTED}, but ${error.message}. Fix or regenerate the tracefile.`, {
        line: index + 1,
        column: error.column + line.indexOf(text),
      });
    }
  }
  // A last record without end_of_record still counts: some writers leave it out, and its data is complete.
  const counted = countsOf(record);
  if (typeof counted === 'string')
    return refused(
      file.path,
      `${LCOV_EXPECTED}, but the last record is inconsistent: ${counted}. Regenerate the tracefile.`,
      { line: lines.length },
    );
  return parsed(addCoverage(total, counted));
}

const newRecord = (): LcovRecord => ({ summary: {}, detail: noCoverage() });

const hasData = (record: LcovRecord): boolean =>
  Object.keys(record.summary).length > 0 ||
  record.detail.lines.total + record.detail.branches.total + record.detail.functions.total > 0;

/**
 * Adds one line to the record; keys this parser has no use for (TN, SF, FN, VER, FNL, …) are accepted
 * and ignored.
 */
function readLine(text: string, record: LcovRecord): void {
  const match = RECORD_LINE.exec(text);
  if (!match) throw new LcovLineError(`line "${text.slice(0, 80)}" is not KEY:value or end_of_record`, 1);
  const [, key = '', rawValue = ''] = match;
  const value = rawValue.trim();
  const valueColumn = key.length + 2;
  if (SUMMARY_KEYS.includes(key)) record.summary[key as SummaryKey] = countValue(key, value, valueColumn);
  else if (key === 'DA') countHit(record.detail, 'lines', hitsField(key, value, 1, valueColumn));
  else if (key === 'BRDA') countHit(record.detail, 'branches', branchTaken(value, valueColumn));
  else if (key === 'FNDA') countHit(record.detail, 'functions', hitsField(key, value, 0, valueColumn));
  else if (key === 'FNA') countHit(record.detail, 'functions', hitsField(key, value, 1, valueColumn));
}

function countValue(key: string, value: string, column: number): number {
  if (!COUNT.test(value))
    throw new LcovLineError(`${key} is "${value.slice(0, 40)}" where a count (a whole number) was expected`, column);
  return Number(value);
}

/**
 * The hit count in a comma-separated field: DA:<line>,<hits>[,<checksum>], FNDA:<hits>,<name>,
 * FNA:<index>,<hits>,<name>.
 */
function hitsField(key: string, value: string, field: number, column: number): number {
  const hits = value.split(',')[field] ?? '';
  if (!HITS.test(hits))
    throw new LcovLineError(`${key}:${value.slice(0, 40)} has no hit count as field ${field + 1}`, column);
  return Number(hits);
}

/** BRDA:<line>,<block>,<branch>,<taken>; taken is "-" when the code around the branch never ran. */
function branchTaken(value: string, column: number): number {
  const taken = value.split(',').at(-1) ?? '';
  if (taken === '-') return 0;
  if (!HITS.test(taken))
    throw new LcovLineError(
      `BRDA:${value.slice(0, 40)} ends with "${taken.slice(0, 20)}" where a count or "-" was expected`,
      column,
    );
  return Number(taken);
}

function countHit(detail: CoverageCounts, measure: keyof CoverageCounts, hits: number): void {
  const { covered, total } = detail[measure];
  detail[measure] = { covered: covered + (hits > 0 ? 1 : 0), total: total + 1 };
}

/** The record's counts, preferring its summaries over its detail lines; a string says why they cannot be right. */
function countsOf({ summary, detail }: LcovRecord): CoverageCounts | string {
  const counts = {
    lines: summaryOr(summary.LH, summary.LF, detail.lines),
    branches: summaryOr(summary.BRH, summary.BRF, detail.branches),
    functions: summaryOr(summary.FNH, summary.FNF, detail.functions),
  };
  return (
    ratioError('lines', counts.lines) ??
    ratioError('branches', counts.branches) ??
    ratioError('functions', counts.functions) ??
    counts
  );
}

const summaryOr = (covered: number | undefined, total: number | undefined, detail: Ratio): Ratio =>
  covered !== undefined && total !== undefined ? { covered, total } : detail;
