/**
 * Cobertura XML coverage reports (`coverage.xml`), as written by coverage.py, Istanbul's cobertura
 * reporter, gcovr, Cobertura itself and the JaCoCo-to-Cobertura converters:
 *
 *   <coverage line-rate lines-covered lines-valid branch-rate branches-covered branches-valid …>
 *     <packages><package><classes><class filename>
 *       <methods><method hits?><lines>…</lines></method></methods>
 *       <lines><line number hits branch? condition-coverage="50% (1/2)"/></lines>
 *
 * For lines and branches the root's counts are used when present; otherwise the <line> elements are
 * counted, since counts can be merged with other reports; the root's rates are the last resort.
 * Cobertura has no function totals, so functions come from <method> elements, when there are any.
 */
import type { CiReportFile } from './parse-result.ts';
import { NO_DATA, ratioError, type CoverageCounts, type Ratio } from './coverage-counts.ts';
import { parsed, refused, type ParseResult } from './parse-result.ts';
import { attribute, childElements, parseXml, type XmlElement } from './xml.ts';

export const COBERTURA_EXPECTED =
  'expected a Cobertura XML coverage report (<coverage> with lines-valid/lines-covered or line-rate)';

const COUNT = /^\d+$/;
const CONDITION_COVERAGE = /\((\d+)\/(\d+)\)/;

export function parseCoberturaReport(file: CiReportFile): ParseResult<CoverageCounts> {
  const xml = parseXml(file.path, file.text, COBERTURA_EXPECTED);
  if (!xml.ok) return xml;
  const { rootName, root } = xml.facts;
  if (rootName !== 'coverage') {
    return refused(
      file.path,
      `${COBERTURA_EXPECTED}, but the root element is <${rootName}>. Point the step at the Cobertura output (e.g. coverage.py's \`coverage xml\`, Istanbul's cobertura reporter).`,
    );
  }
  if (!isCobertura(root)) {
    return refused(
      file.path,
      `${COBERTURA_EXPECTED}, but this <coverage> has neither line-rate nor <packages>; it looks like a Clover report, which Callboard does not read. Have the tool write Cobertura XML (or lcov) instead.`,
    );
  }
  const classes = classesOf(root);
  const fromLines = lineElementCounts(classes);
  const counts: CoverageCounts = {
    lines:
      countAttributes(root, 'lines-covered', 'lines-valid') ??
      fromLines?.lines ??
      rateAttribute(root, 'line-rate') ??
      NO_DATA,
    branches:
      countAttributes(root, 'branches-covered', 'branches-valid') ??
      fromLines?.branches ??
      rateAttribute(root, 'branch-rate') ??
      NO_DATA,
    functions: methodCounts(classes),
  };
  const inconsistency = ratioError('lines', counts.lines) ?? ratioError('branches', counts.branches);
  if (inconsistency)
    return refused(
      file.path,
      `${COBERTURA_EXPECTED}, but its totals are inconsistent: ${inconsistency}. Regenerate the report.`,
    );
  return parsed(counts);
}

/** Clover reports share the <coverage> root; Cobertura's always has a line-rate (or counts) and <packages>. */
const isCobertura = (root: XmlElement): boolean =>
  attribute(root, 'line-rate') !== undefined ||
  attribute(root, 'lines-valid') !== undefined ||
  childElements(root, 'packages').length > 0;

function classesOf(root: XmlElement): XmlElement[] {
  return childElements(root, 'packages')
    .flatMap((packages) => childElements(packages, 'package'))
    .flatMap((pkg) => childElements(pkg, 'classes'))
    .flatMap((classes) => childElements(classes, 'class'));
}

/** covered/total from two whole-number attributes; undefined when either is absent or not a count. */
function countAttributes(element: XmlElement, coveredName: string, totalName: string): Ratio | undefined {
  const covered = attribute(element, coveredName);
  const total = attribute(element, totalName);
  if (covered === undefined || total === undefined || !COUNT.test(covered) || !COUNT.test(total)) return undefined;
  return { covered: Number(covered), total: Number(total) };
}

/**
 * A rate (0..1) without counts, as old Cobertura versions write. It has no size, so it weighs as a
 * single line when merged with other reports; it is only used when no counts can be had at all.
 */
function rateAttribute(element: XmlElement, name: string): Ratio | undefined {
  const rate = Number(attribute(element, name) ?? Number.NaN);
  return Number.isFinite(rate) && rate >= 0 && rate <= 1 ? { covered: rate, total: 1 } : undefined;
}

/**
 * Counts from the classes' own <line> elements (not those repeated under <method>), or undefined when there are none.
 */
function lineElementCounts(classes: XmlElement[]): { lines: Ratio; branches: Ratio } | undefined {
  const lines = classes.flatMap((cls) => childElements(cls, 'lines')).flatMap((list) => childElements(list, 'line'));
  if (lines.length === 0) return undefined;
  let counts = { lines: NO_DATA, branches: NO_DATA };
  for (const line of lines) counts = addLine(counts, line);
  return counts;
}

function addLine(counts: { lines: Ratio; branches: Ratio }, line: XmlElement): { lines: Ratio; branches: Ratio } {
  const hits = hitsOf(line);
  // A line without a readable hit count says nothing about coverage; skipping it beats guessing.
  const lines =
    hits === undefined
      ? counts.lines
      : { covered: counts.lines.covered + (hits > 0 ? 1 : 0), total: counts.lines.total + 1 };
  const conditions = CONDITION_COVERAGE.exec(attribute(line, 'condition-coverage') ?? '');
  const branches =
    attribute(line, 'branch') === 'true' && conditions
      ? {
          covered: counts.branches.covered + Number(conditions[1]),
          total: counts.branches.total + Number(conditions[2]),
        }
      : counts.branches;
  return { lines, branches };
}

function hitsOf(element: XmlElement): number | undefined {
  const hits = attribute(element, 'hits');
  return hits !== undefined && COUNT.test(hits) ? Number(hits) : undefined;
}

/** A method is covered when its own hit count (Istanbul writes one) or any of its lines says it ran. */
function methodCounts(classes: XmlElement[]): Ratio {
  const methods = classes
    .flatMap((cls) => childElements(cls, 'methods'))
    .flatMap((list) => childElements(list, 'method'));
  const covered = methods.filter(
    (method) => (hitsOf(method) ?? 0) > 0 || methodLines(method).some((line) => (hitsOf(line) ?? 0) > 0),
  ).length;
  return { covered, total: methods.length };
}

const methodLines = (method: XmlElement): XmlElement[] =>
  childElements(method, 'lines').flatMap((list) => childElements(list, 'line'));
