/**
 * Coverage as covered/total counts, the form lcov and Cobertura reports share. Reports are merged by
 * adding counts, never by averaging percentages: a 10-line file at 0% and a 990-line file at 100% are
 * 99% covered together, not 50%.
 */

export interface Ratio {
  covered: number;
  total: number;
}

/** A total of zero means the report has no data for that measure (e.g. branches not measured). */
export interface CoverageCounts {
  lines: Ratio;
  branches: Ratio;
  functions: Ratio;
}

export const NO_DATA: Ratio = { covered: 0, total: 0 };

export const noCoverage = (): CoverageCounts => ({ lines: NO_DATA, branches: NO_DATA, functions: NO_DATA });

export const addRatios = (a: Ratio, b: Ratio): Ratio => ({ covered: a.covered + b.covered, total: a.total + b.total });

export const addCoverage = (a: CoverageCounts, b: CoverageCounts): CoverageCounts => ({
  lines: addRatios(a.lines, b.lines),
  branches: addRatios(a.branches, b.branches),
  functions: addRatios(a.functions, b.functions),
});

/** Percentage 0..100 rounded to 2 decimals, or undefined when there is nothing to measure. */
export function percentOf({ covered, total }: Ratio): number | undefined {
  if (total <= 0) return undefined;
  return Math.round((covered / total) * 10_000) / 100;
}

/** Why a covered/total pair cannot be right, or undefined when it can. */
export function ratioError(measure: string, { covered, total }: Ratio): string | undefined {
  return covered > total ? `${measure} covered (${covered}) is more than ${measure} in total (${total})` : undefined;
}
