/**
 * CI facts: what a workflow's report files (test results, coverage, static analysis) say, in the
 * form scorecard checks are evaluated against ("tests ran on CI and more than zero passed",
 * "line coverage at least 80%", "no static analysis errors").
 *
 * Pure: the caller reads the files (they come from untrusted repositories) and passes their texts.
 * Each file's format is recognised by its content, its name only as a fallback; a file that cannot
 * be read becomes a problem and does not stop the others from counting.
 */
import { byText } from '../../sort.ts';
import { COBERTURA_EXPECTED, parseCoberturaReport } from './cobertura.ts';
import { addCoverage, noCoverage, percentOf, type CoverageCounts } from './coverage-counts.ts';
import { JUNIT_EXPECTED, parseJunitReport, type TestCounts } from './junit.ts';
import { LCOV_EXPECTED, parseLcovReport } from './lcov.ts';
import { mapParsed, refused, type CiReportFile, type CiReportProblem, type ParseResult } from './parse-result.ts';
import { SARIF_EXPECTED, parseSarifReport, type SarifCounts } from './sarif.ts';
import { xmlRootElement } from './xml.ts';

/** A report file as the workflow produced it: its path in the workspace, and its text. */
/** Test results from JUnit XML reports, summed over all of them. `passed` = count - failures - errors - skipped. */
export interface TestFacts {
  run: true;
  /** Test cases, counted one by one (not taken from the reports' totals attributes). */
  count: number;
  passed: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Paths of the reports counted, sorted. */
  files: string[];
}

/**
 * Coverage from lcov and Cobertura reports, merged by adding covered/total counts. Percentages
 * 0..100, rounded to 2 decimals; a measure is absent when no report has data for it.
 */
export interface CoverageFacts {
  lines?: number;
  branches?: number;
  functions?: number;
  /** Paths of the reports counted, sorted. */
  files: string[];
}

/** Static analysis results from SARIF logs, summed over all runs. Suppressed results are not counted. */
export interface StaticAnalysisFacts {
  run: true;
  /** `tool.driver.name` of every run, de-duplicated and sorted. */
  tools: string[];
  /** All results, including those of level "none" (which count as no error, warning or note). */
  results: number;
  errors: number;
  warnings: number;
  notes: number;
  /** Paths of the logs counted, sorted. */
  files: string[];
}

/** Each kind of fact is present only when at least one report of that kind was counted. */
export interface CiFacts {
  tests?: TestFacts;
  coverage?: CoverageFacts;
  staticAnalysis?: StaticAnalysisFacts;
}

export type CiReportFormat = 'junit' | 'lcov' | 'cobertura' | 'sarif';

/** Reports larger than this are refused rather than parsed: 50 MB is far beyond any honest report. */
export const MAX_CI_REPORT_BYTES = 50 * 1024 * 1024;

const EXPECTED: Record<CiReportFormat, string> = {
  junit: JUNIT_EXPECTED,
  lcov: LCOV_EXPECTED,
  cobertura: COBERTURA_EXPECTED,
  sarif: SARIF_EXPECTED,
};

const ACCEPTED_FORMATS =
  'JUnit XML (<testsuites> or <testsuite>), lcov (lcov.info: SF:/DA:/end_of_record records), Cobertura XML (<coverage line-rate=…>) or SARIF 2.1.0 JSON';

/**
 * The format of a report, by its content first (a root element, lcov's record lines, SARIF's "runs"), then by its name.
 */
export function detectCiReportFormat(file: CiReportFile): CiReportFormat | undefined {
  return formatByContent(file.text) ?? formatByName(file.path);
}

function formatByContent(text: string): CiReportFormat | undefined {
  const start = text.search(/\S/);
  if (start === -1) return undefined;
  const first = text.charAt(start);
  if (first === '<') return xmlFormat(text);
  if (first === '{') return looksLikeSarif(text.slice(start, start + 4096)) ? 'sarif' : undefined;
  return looksLikeLcov(text, start) ? 'lcov' : undefined;
}

function xmlFormat(text: string): CiReportFormat | undefined {
  const root = xmlRootElement(text);
  if (root?.name === 'testsuites' || root?.name === 'testsuite') return 'junit';
  // Clover reports also have a <coverage> root; Cobertura's always carries line-rate or <packages>.
  if (root?.name === 'coverage' && (/\s(?:line-rate|lines-valid)\s*=/.test(root.openTag) || text.includes('<packages')))
    return 'cobertura';
  return undefined;
}

/**
 * SARIF producers write "$schema" and "runs" first, so looking at the head is enough. "version" alone
 * says nothing: a package.json can be at 2.1.0 too.
 */
const looksLikeSarif = (head: string): boolean =>
  /"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /"runs"\s*:\s*\[/.test(head);

const looksLikeLcov = (text: string, start: number): boolean =>
  /^(?:TN|SF|VER):/.test(text.slice(start, start + 4)) || /^end_of_record\r?$/m.test(text);

/**
 * The names tools give their reports by default (coverage.xml, TEST-*.xml, junit.xml, lcov.info,
 * *.sarif), judged on the file's name and its stem: a keyword anywhere in a path-wide pattern
 * between two wildcards took quadratic time on a long name.
 */
const NAME_RULES: [(name: string, stem: string) => boolean, CiReportFormat][] = [
  [(name) => /\.sarif(?:\.json)?$/i.test(name), 'sarif'],
  [(name, stem) => /\.xml$/i.test(name) && /cobertura|coverage/i.test(stem), 'cobertura'],
  [(name, stem) => /\.xml$/i.test(name) && /junit|test/i.test(stem), 'junit'],
  [(name) => /^lcov|\.info$/i.test(name), 'lcov'],
];

function formatByName(path: string): CiReportFormat | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const stem = name.slice(0, name.lastIndexOf('.') === -1 ? undefined : name.lastIndexOf('.'));
  return NAME_RULES.find(([is]) => is(name, stem))?.[1];
}

/** Facts from all the report files, and a problem for each file that could not be counted. */
export function ciFactsOf(files: readonly CiReportFile[]): { facts: CiFacts; problems: CiReportProblem[] } {
  const reports: CountedReport[] = [];
  const problems: CiReportProblem[] = [];
  for (const file of files) {
    const result = parseReport(file);
    if (result.ok) reports.push(result.facts);
    else problems.push(result.problem);
  }
  const facts: CiFacts = {};
  const tests = testFactsOf(reports);
  const coverage = coverageFactsOf(reports);
  const staticAnalysis = staticAnalysisFactsOf(reports);
  if (tests) facts.tests = tests;
  if (coverage) facts.coverage = coverage;
  if (staticAnalysis) facts.staticAnalysis = staticAnalysis;
  return { facts, problems };
}

type CountedReport =
  | { kind: 'tests'; path: string; counts: TestCounts }
  | { kind: 'coverage'; path: string; counts: CoverageCounts }
  | { kind: 'staticAnalysis'; path: string; counts: SarifCounts };

function parseReport(file: CiReportFile): ParseResult<CountedReport> {
  const bytes = Buffer.byteLength(file.text, 'utf8');
  if (bytes > MAX_CI_REPORT_BYTES) {
    return refused(
      file.path,
      `expected a report of at most ${MAX_CI_REPORT_BYTES / (1024 * 1024)} MB (${MAX_CI_REPORT_BYTES} bytes), but the file is ${bytes} bytes. Split the report (one per test job or package) or narrow what it covers.`,
    );
  }
  const format = detectCiReportFormat(file);
  if (!/\S/.test(file.text)) {
    return refused(
      file.path,
      `${format ? EXPECTED[format] : `expected ${ACCEPTED_FORMATS}`}, but the file is empty. Check that the step writing it ran, and succeeded, before this one.`,
    );
  }
  if (!format)
    return refused(
      file.path,
      `expected ${ACCEPTED_FORMATS}, but the file is in none of these formats. Point the step at the report file itself, or leave this file out.`,
    );
  return parseAs(format, file);
}

function parseAs(format: CiReportFormat, file: CiReportFile): ParseResult<CountedReport> {
  const { path } = file;
  switch (format) {
    case 'junit':
      return mapParsed(parseJunitReport(file), (counts) => ({ kind: 'tests', path, counts }));
    case 'lcov':
      return mapParsed(parseLcovReport(file), (counts) => ({ kind: 'coverage', path, counts }));
    case 'cobertura':
      return mapParsed(parseCoberturaReport(file), (counts) => ({ kind: 'coverage', path, counts }));
    case 'sarif':
      return mapParsed(parseSarifReport(file), (counts) => ({ kind: 'staticAnalysis', path, counts }));
  }
}

function testFactsOf(reports: CountedReport[]): TestFacts | undefined {
  const tests = reports.filter((report) => report.kind === 'tests');
  if (tests.length === 0) return undefined;
  const sum = (key: keyof TestCounts) => tests.reduce((total, report) => total + report.counts[key], 0);
  return {
    run: true,
    count: sum('count'),
    passed: sum('passed'),
    failures: sum('failures'),
    errors: sum('errors'),
    skipped: sum('skipped'),
    files: sortedPaths(tests),
  };
}

function coverageFactsOf(reports: CountedReport[]): CoverageFacts | undefined {
  const coverage = reports.filter((report) => report.kind === 'coverage');
  if (coverage.length === 0) return undefined;
  const counts = coverage.reduce((total, report) => addCoverage(total, report.counts), noCoverage());
  const facts: CoverageFacts = { files: sortedPaths(coverage) };
  for (const measure of ['lines', 'branches', 'functions'] as const) {
    const percent = percentOf(counts[measure]);
    if (percent !== undefined) facts[measure] = percent;
  }
  return facts;
}

function staticAnalysisFactsOf(reports: CountedReport[]): StaticAnalysisFacts | undefined {
  const logs = reports.filter((report) => report.kind === 'staticAnalysis');
  if (logs.length === 0) return undefined;
  const sum = (key: 'results' | 'errors' | 'warnings' | 'notes') =>
    logs.reduce((total, report) => total + report.counts[key], 0);
  return {
    run: true,
    tools: [...new Set(logs.flatMap((report) => report.counts.tools))].sort(byText),
    results: sum('results'),
    errors: sum('errors'),
    warnings: sum('warnings'),
    notes: sum('notes'),
    files: sortedPaths(logs),
  };
}

const sortedPaths = (reports: CountedReport[]): string[] => reports.map((report) => report.path).sort(byText);
