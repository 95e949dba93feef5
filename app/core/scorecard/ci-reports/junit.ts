/**
 * JUnit XML test reports, as written by jest-junit, vitest, pytest, Maven Surefire, Gradle,
 * go-junit-report and most other runners. The root is <testsuites> (with or without totals) or a
 * single <testsuite>; suites may nest. Test cases are counted one by one: the totals attributes are
 * optional, named differently by each tool, and sometimes wrong.
 */
import type { CiReportFile } from './parse-result.ts';
import { parsed, refused, type ParseResult } from './parse-result.ts';
import { childElements, hasChild, parseXml, type XmlElement } from './xml.ts';

export const JUNIT_EXPECTED = 'expected a JUnit XML report (<testsuites> or <testsuite>)';

export interface TestCounts {
  count: number;
  passed: number;
  failures: number;
  errors: number;
  skipped: number;
}

type Outcome = 'passed' | 'failures' | 'errors' | 'skipped';

const SUITE_ELEMENTS = ['testsuites', 'testsuite'];

export function parseJunitReport(file: CiReportFile): ParseResult<TestCounts> {
  const xml = parseXml(file.path, file.text, JUNIT_EXPECTED);
  if (!xml.ok) return xml;
  const { rootName, root } = xml.facts;
  if (!SUITE_ELEMENTS.includes(rootName)) {
    return refused(
      file.path,
      `${JUNIT_EXPECTED}, but the root element is <${rootName}>. Point the step at the test runner's JUnit output (e.g. jest-junit, pytest --junitxml, Surefire's TEST-*.xml).`,
    );
  }
  const counts = { count: 0, passed: 0, failures: 0, errors: 0, skipped: 0 };
  countTestCases(root, counts);
  return parsed(counts);
}

/** Adds the test cases of a suite and of every suite nested in it. */
function countTestCases(suite: XmlElement, counts: TestCounts): void {
  for (const testCase of childElements(suite, 'testcase')) {
    counts.count++;
    counts[outcomeOf(testCase)]++;
  }
  for (const name of SUITE_ELEMENTS) {
    for (const nested of childElements(suite, name)) countTestCases(nested, counts);
  }
}

/**
 * A failed assertion is a failure, an unexpected exception an error, and <skipped> covers skips,
 * xfail (pytest) and disabled tests. One outcome per test, so `passed` is never negative even when
 * pytest reports both a failure and a teardown error on the same test. Surefire's <flakyFailure>
 * and <flakyError> mean the test passed on a rerun, so they are not failures; a test that failed
 * every rerun carries a <failure> (next to its <rerunFailure>s) and is counted by that.
 */
function outcomeOf(testCase: XmlElement): Outcome {
  if (hasChild(testCase, 'failure')) return 'failures';
  if (hasChild(testCase, 'error')) return 'errors';
  if (hasChild(testCase, 'skipped')) return 'skipped';
  return 'passed';
}
