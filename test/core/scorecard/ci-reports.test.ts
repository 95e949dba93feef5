import { describe, expect, it } from 'vitest';
import {
  ciFactsOf,
  detectCiReportFormat,
  MAX_CI_REPORT_BYTES,
} from '../../../app/core/scorecard/ci-reports/ci-facts.ts';
import type { CiReportFile } from '../../../app/core/scorecard/ci-reports/parse-result.ts';

const one = (path: string, text: string) => ciFactsOf([{ path, text }]);

// ---------------------------------------------------------------------------------------------
// Reports shaped like what the tools write.
// ---------------------------------------------------------------------------------------------

const JEST_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="5" failures="1" errors="0" time="2.31">
  <testsuite name="cart" errors="0" failures="1" skipped="1" timestamp="2024-05-02T10:11:12" time="1.2" tests="4">
    <testcase classname="cart adds an item" name="cart adds an item" time="0.004">
    </testcase>
    <testcase classname="cart removes an item" name="cart removes an item" time="0.002">
    </testcase>
    <testcase classname="cart applies a discount" name="cart applies a discount" time="0.01">
      <failure>Error: expect(received).toBe(expected) // Object.is equality

Expected: 90
Received: 100
    at Object.&lt;anonymous&gt; (/home/runner/work/shop/shop/src/cart.test.ts:21:30)</failure>
    </testcase>
    <testcase classname="cart checks out" name="cart checks out" time="0">
      <skipped/>
    </testcase>
  </testsuite>
  <testsuite name="price" errors="0" failures="0" skipped="0" timestamp="2024-05-02T10:11:13" time="0.3" tests="1">
    <testcase classname="price formats" name="price formats" time="0.001">
    </testcase>
  </testsuite>
</testsuites>
`;

// pytest >= 5.1: one <testsuite> inside <testsuites>, everything on one line.
const PYTEST_JUNIT = `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="1" skipped="2" tests="6" time="0.512" timestamp="2024-05-02T10:11:12.123456+00:00" hostname="fv-az123-456"><testcase classname="tests.test_api" name="test_get" time="0.001" /><testcase classname="tests.test_api" name="test_post" time="0.002"><failure message="assert 201 == 200">def test_post():
&gt;       assert post().status == 200
E       assert 201 == 200

tests/test_api.py:9: AssertionError</failure></testcase><testcase classname="tests.test_api" name="test_db" time="0.000"><error message="failed on setup with &quot;ConnectionError: db down&quot;">@pytest.fixture
def db():
&gt;   raise ConnectionError("db down")
E   ConnectionError: db down</error></testcase><testcase classname="tests.test_api" name="test_slow" time="0.000"><skipped type="pytest.skip" message="slow">/home/runner/work/api/tests/test_api.py:20: slow</skipped></testcase><testcase classname="tests.test_api" name="test_known_bug" time="0.001"><skipped type="pytest.xfail" message="issue 12" /></testcase><testcase classname="tests.test_api" name="test_delete" time="0.001" /></testsuite></testsuites>`;

const SUREFIRE_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd" version="3.0" name="com.example.CartTest" time="0.045" tests="4" errors="0" skipped="1" failures="1">
  <properties>
    <property name="java.version" value="21.0.2"/>
    <property name="os.name" value="Linux"/>
  </properties>
  <testcase name="addsItem" classname="com.example.CartTest" time="0.003"/>
  <testcase name="totalIsStable" classname="com.example.CartTest" time="0.010">
    <flakyFailure message="expected: &lt;3&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError">
      <stackTrace><![CDATA[org.opentest4j.AssertionFailedError: expected: <3> but was: <2>]]></stackTrace>
    </flakyFailure>
  </testcase>
  <testcase name="appliesDiscount" classname="com.example.CartTest" time="0.020">
    <failure message="expected: &lt;90&gt; but was: &lt;100&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <90> but was: <100>
	at com.example.CartTest.appliesDiscount(CartTest.java:31)]]></failure>
    <rerunFailure message="expected: &lt;90&gt; but was: &lt;100&gt;" type="org.opentest4j.AssertionFailedError">
      <stackTrace><![CDATA[org.opentest4j.AssertionFailedError]]></stackTrace>
    </rerunFailure>
    <system-out><![CDATA[discount=10]]></system-out>
  </testcase>
  <testcase name="checksOut" classname="com.example.CartTest" time="0">
    <skipped message="payment sandbox down"/>
  </testcase>
</testsuite>
`;

const GRADLE_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="com.example.PriceTest" tests="2" skipped="0" failures="0" errors="1" timestamp="2024-05-02T10:11:12" hostname="runner" time="0.031">
  <properties/>
  <testcase name="formats()" classname="com.example.PriceTest" time="0.001"/>
  <testcase name="parses()" classname="com.example.PriceTest" time="0.02">
    <error message="java.lang.NullPointerException: Cannot invoke &quot;String.trim()&quot;" type="java.lang.NullPointerException">java.lang.NullPointerException: Cannot invoke "String.trim()"
	at com.example.Price.parse(Price.java:12)
</error>
  </testcase>
  <system-out><![CDATA[]]></system-out>
  <system-err><![CDATA[]]></system-err>
</testsuite>
`;

const GO_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="3" failures="1">
	<testsuite name="github.com/acme/shop/cart" tests="2" failures="1" errors="0" id="0" hostname="runner" time="0.012" timestamp="2024-05-02T10:11:12Z">
		<properties>
			<property name="go.version" value="go1.22.2 linux/amd64"></property>
		</properties>
		<testcase name="TestAdd" classname="github.com/acme/shop/cart" time="0.000"></testcase>
		<testcase name="TestRemove" classname="github.com/acme/shop/cart" time="0.010">
			<failure message="Failed"><![CDATA[    cart_test.go:19: got 1, want 0]]></failure>
		</testcase>
	</testsuite>
	<testsuite name="github.com/acme/shop/price" tests="1" failures="0" errors="0" id="1" hostname="runner" skipped="1" time="0.001" timestamp="2024-05-02T10:11:12Z">
		<testcase name="TestRound" classname="github.com/acme/shop/price" time="0.000">
			<skipped message="Skipped"><![CDATA[    price_test.go:8: flaky on CI]]></skipped>
		</testcase>
	</testsuite>
</testsuites>
`;

const VITEST_JUNIT = `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="2" failures="0" errors="0" time="0.42">
    <testsuite name="test/sum.test.ts" timestamp="2024-05-02T10:11:12.000Z" hostname="runner" tests="2" failures="0" errors="0" skipped="1" time="0.003">
        <testcase classname="test/sum.test.ts" name="sum &gt; adds" time="0.001">
        </testcase>
        <testcase classname="test/sum.test.ts" name="sum &gt; divides" time="0">
            <skipped/>
        </testcase>
    </testsuite>
</testsuites>
`;

// Istanbul / c8 `lcov` reporter.
const ISTANBUL_LCOV = `TN:
SF:src/cart.ts
FN:3,add
FN:9,remove
FNF:2
FNH:1
FNDA:4,add
FNDA:0,remove
DA:1,1
DA:3,1
DA:4,4
DA:9,1
DA:10,0
DA:11,0
LF:6
LH:4
BRDA:4,0,0,3
BRDA:4,0,1,1
BRDA:10,1,0,0
BRDA:10,1,1,-
BRF:4
BRH:2
end_of_record
TN:
SF:src/price.ts
FN:1,format
FNF:1
FNH:1
FNDA:2,format
DA:1,1
DA:2,2
LF:2
LH:2
BRF:0
BRH:0
end_of_record
`;

const COVERAGE_PY_COBERTURA = `<?xml version="1.0" ?>
<coverage version="7.4.4" timestamp="1714644672000" lines-valid="12" lines-covered="9" line-rate="0.75" branches-covered="3" branches-valid="4" branch-rate="0.75" complexity="0">
	<!-- Generated by coverage.py: https://coverage.readthedocs.io/en/7.4.4 -->
	<!-- Based on https://raw.githubusercontent.com/cobertura/web/master/htdocs/xml/coverage-04.dtd -->
	<sources>
		<source>/home/runner/work/api/api/src</source>
	</sources>
	<packages>
		<package name="api" line-rate="0.75" branch-rate="0.75" complexity="0">
			<classes>
				<class name="views.py" filename="api/views.py" complexity="0" line-rate="0.75" branch-rate="0.75">
					<methods/>
					<lines>
						<line number="1" hits="1"/>
						<line number="2" hits="1"/>
						<line number="4" hits="1"/>
						<line number="5" hits="1" branch="true" condition-coverage="100% (2/2)"/>
						<line number="6" hits="1"/>
						<line number="8" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="11"/>
						<line number="9" hits="1"/>
						<line number="10" hits="1"/>
						<line number="11" hits="0"/>
						<line number="13" hits="1"/>
						<line number="14" hits="0"/>
						<line number="15" hits="0"/>
					</lines>
				</class>
			</classes>
		</package>
	</packages>
</coverage>
`;

const ISTANBUL_COBERTURA = `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage lines-valid="5" lines-covered="4" line-rate="0.8" branches-valid="2" branches-covered="1" branch-rate="0.5" timestamp="1714644672000" complexity="0" version="0.1">
  <sources>
    <source>/home/runner/work/shop/shop</source>
  </sources>
  <packages>
    <package name="src" line-rate="0.8" branch-rate="0.5">
      <classes>
        <class name="cart.ts" filename="src/cart.ts" line-rate="0.8" branch-rate="0.5">
          <methods>
            <method name="add" hits="3" signature="()V">
              <lines>
                <line number="3" hits="3"/>
              </lines>
            </method>
            <method name="remove" hits="0" signature="()V">
              <lines>
                <line number="9" hits="0"/>
              </lines>
            </method>
          </methods>
          <lines>
            <line number="1" hits="1" branch="false"/>
            <line number="3" hits="3" branch="false"/>
            <line number="4" hits="3" branch="true" condition-coverage="50% (1/2)"/>
            <line number="5" hits="1" branch="false"/>
            <line number="9" hits="0" branch="false"/>
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>
`;

// @microsoft/eslint-formatter-sarif
const ESLINT_SARIF = JSON.stringify({
  version: '2.1.0',
  $schema: 'http://json.schemastore.org/sarif-2.1.0-rtm.5',
  runs: [
    {
      tool: {
        driver: {
          name: 'ESLint',
          informationUri: 'https://eslint.org',
          rules: [
            {
              id: 'no-unused-vars',
              helpUri: 'https://eslint.org/docs/rules/no-unused-vars',
              properties: { category: 'Variables' },
              shortDescription: { text: 'Disallow unused variables' },
            },
            {
              id: 'eqeqeq',
              helpUri: 'https://eslint.org/docs/rules/eqeqeq',
              properties: { category: 'Best Practices' },
              shortDescription: { text: 'Require the use of === and !==' },
            },
          ],
          version: '8.57.0',
        },
      },
      artifacts: [{ location: { uri: 'file:///home/runner/work/shop/shop/src/cart.js' } }],
      results: [
        {
          level: 'error',
          message: { text: "'total' is assigned a value but never used." },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'file:///home/runner/work/shop/shop/src/cart.js', index: 0 },
                region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 12 },
              },
            },
          ],
          ruleId: 'no-unused-vars',
          ruleIndex: 0,
        },
        {
          level: 'warning',
          message: { text: "Expected '===' and instead saw '=='." },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'file:///home/runner/work/shop/shop/src/cart.js', index: 0 },
                region: { startLine: 8, startColumn: 11 },
              },
            },
          ],
          ruleId: 'eqeqeq',
          ruleIndex: 1,
        },
        {
          level: 'error',
          message: { text: "'debug' is assigned a value but never used." },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'file:///home/runner/work/shop/shop/src/cart.js', index: 0 },
                region: { startLine: 20, startColumn: 7 },
              },
            },
          ],
          ruleId: 'no-unused-vars',
          ruleIndex: 0,
          suppressions: [{ kind: 'inSource', justification: 'kept for local debugging' }],
        },
      ],
    },
  ],
});

// CodeQL: results carry no level; their rules (in the query pack, an extension) have a default.
const CODEQL_SARIF = `{
  "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
  "version" : "2.1.0",
  "runs" : [ {
    "tool" : {
      "driver" : {
        "name" : "CodeQL",
        "organization" : "GitHub",
        "semanticVersion" : "2.17.0",
        "rules" : [ ]
      },
      "extensions" : [ {
        "name" : "codeql/javascript-queries",
        "semanticVersion" : "0.9.0",
        "rules" : [ {
          "id" : "js/xss",
          "name" : "js/xss",
          "shortDescription" : { "text" : "Client-side cross-site scripting" },
          "defaultConfiguration" : { "enabled" : true, "level" : "error" },
          "properties" : { "tags" : [ "security", "external/cwe/cwe-079" ], "security-severity" : "6.1" }
        }, {
          "id" : "js/unused-local-variable",
          "name" : "js/unused-local-variable",
          "defaultConfiguration" : { "enabled" : true, "level" : "note" }
        }, {
          "id" : "js/useless-assignment-to-local",
          "name" : "js/useless-assignment-to-local",
          "defaultConfiguration" : { "enabled" : true, "level" : "warning" }
        } ]
      } ]
    },
    "invocations" : [ { "toolExecutionNotifications" : [ ], "executionSuccessful" : true } ],
    "artifacts" : [ { "location" : { "uri" : "src/render.js", "uriBaseId" : "%SRCROOT%", "index" : 0 } } ],
    "results" : [ {
      "ruleId" : "js/xss",
      "rule" : { "id" : "js/xss", "index" : 0, "toolComponent" : { "index" : 0 } },
      "message" : { "text" : "Cross-site scripting vulnerability due to [user-provided value](1)." },
      "locations" : [ { "physicalLocation" : { "artifactLocation" : { "uri" : "src/render.js", "uriBaseId" : "%SRCROOT%", "index" : 0 }, "region" : { "startLine" : 12, "startColumn" : 20, "endColumn" : 31 } } } ],
      "partialFingerprints" : { "primaryLocationLineHash" : "6f3a2b1c9d8e7f60:1" }
    }, {
      "ruleId" : "js/unused-local-variable",
      "rule" : { "id" : "js/unused-local-variable", "index" : 1, "toolComponent" : { "index" : 0 } },
      "message" : { "text" : "Unused variable tmp." },
      "locations" : [ { "physicalLocation" : { "artifactLocation" : { "uri" : "src/render.js", "index" : 0 }, "region" : { "startLine" : 4, "startColumn" : 7, "endColumn" : 10 } } } ]
    }, {
      "ruleId" : "js/unused-local-variable",
      "rule" : { "id" : "js/unused-local-variable", "index" : 1, "toolComponent" : { "index" : 0 } },
      "message" : { "text" : "Unused variable old." },
      "locations" : [ { "physicalLocation" : { "artifactLocation" : { "uri" : "src/render.js", "index" : 0 }, "region" : { "startLine" : 5, "startColumn" : 7, "endColumn" : 10 } } } ]
    }, {
      "ruleId" : "js/useless-assignment-to-local",
      "rule" : { "id" : "js/useless-assignment-to-local", "index" : 2, "toolComponent" : { "index" : 0 } },
      "message" : { "text" : "The value assigned to x here is unused." },
      "locations" : [ { "physicalLocation" : { "artifactLocation" : { "uri" : "src/render.js", "index" : 0 }, "region" : { "startLine" : 9, "startColumn" : 3, "endColumn" : 8 } } } ]
    } ],
    "columnKind" : "utf16CodeUnits",
    "properties" : { "semmle.formatSpecifier" : "sarif-latest" }
  } ]
}
`;

// ---------------------------------------------------------------------------------------------

describe('JUnit XML test results', () => {
  it.each([
    ['jest-junit', 'reports/junit.xml', JEST_JUNIT, { count: 5, passed: 3, failures: 1, errors: 0, skipped: 1 }],
    ['pytest', 'test-results/pytest.xml', PYTEST_JUNIT, { count: 6, passed: 2, failures: 1, errors: 1, skipped: 2 }],
    [
      'Maven Surefire (a flaky test passed on rerun)',
      'target/surefire-reports/TEST-com.example.CartTest.xml',
      SUREFIRE_JUNIT,
      { count: 4, passed: 2, failures: 1, errors: 0, skipped: 1 },
    ],
    [
      'Gradle',
      'build/test-results/test/TEST-com.example.PriceTest.xml',
      GRADLE_JUNIT,
      { count: 2, passed: 1, failures: 0, errors: 1, skipped: 0 },
    ],
    ['go-junit-report', 'report.xml', GO_JUNIT, { count: 3, passed: 1, failures: 1, errors: 0, skipped: 1 }],
    ['vitest', 'junit.xml', VITEST_JUNIT, { count: 2, passed: 1, failures: 0, errors: 0, skipped: 1 }],
  ])('counts the test cases of a %s report', (_tool, path, text, counts) => {
    expect(one(path, text)).toEqual({ facts: { tests: { run: true, ...counts, files: [path] } }, problems: [] });
  });

  it('counts test cases in nested suites and ignores totals attributes that are wrong', () => {
    const nested = `<testsuites tests="120" failures="0">
  <testsuite name="All" tests="120">
    <testsuite name="Unit">
      <testsuite name="Unit\\CartTest" file="tests/Unit/CartTest.php">
        <testcase name="testAdd"/>
        <testcase name="testRemove"><failure type="PHPUnit\\Framework\\ExpectationFailedException">Failed asserting that 1 is 0.</failure></testcase>
      </testsuite>
    </testsuite>
    <testsuite name="Integration"><testcase name="testCheckout"><error type="RuntimeException">boom</error></testcase></testsuite>
  </testsuite>
</testsuites>`;
    expect(one('junit.xml', nested).facts.tests).toEqual({
      run: true,
      count: 3,
      passed: 1,
      failures: 1,
      errors: 1,
      skipped: 0,
      files: ['junit.xml'],
    });
  });

  it('counts a test that both fails and errors (pytest teardown) once, as a failure', () => {
    const text =
      '<testsuite name="pytest"><testcase name="t"><failure message="assert False"/><error message="teardown failed"/></testcase></testsuite>';
    expect(one('junit.xml', text).facts.tests).toMatchObject({ count: 1, passed: 0, failures: 1, errors: 0 });
  });

  it.each([
    [
      'an empty <testsuites> from jest-junit',
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n',
    ],
    [
      'a self-closed <testsuite>',
      '<testsuite name="pytest" errors="0" failures="0" skipped="0" tests="0" time="0.01"/>',
    ],
  ])('accepts %s as a run of zero tests', (_case, text) => {
    expect(one('junit.xml', text)).toEqual({
      facts: { tests: { run: true, count: 0, passed: 0, failures: 0, errors: 0, skipped: 0, files: ['junit.xml'] } },
      problems: [],
    });
  });

  it('sums several JUnit files and lists them sorted', () => {
    const { facts, problems } = ciFactsOf([
      { path: 'web/junit.xml', text: JEST_JUNIT },
      { path: 'api/pytest.xml', text: PYTEST_JUNIT },
      { path: 'go/report.xml', text: GO_JUNIT },
    ]);
    expect(problems).toEqual([]);
    expect(facts.tests).toEqual({
      run: true,
      count: 14,
      passed: 6,
      failures: 3,
      errors: 1,
      skipped: 4,
      files: ['api/pytest.xml', 'go/report.xml', 'web/junit.xml'],
    });
  });
});

describe('coverage', () => {
  it('reads an Istanbul/c8 lcov tracefile from its LF/LH, BRF/BRH and FNF/FNH summaries', () => {
    expect(one('coverage/lcov.info', ISTANBUL_LCOV)).toEqual({
      facts: { coverage: { lines: 75, branches: 50, functions: 66.67, files: ['coverage/lcov.info'] } },
      problems: [],
    });
  });

  it('counts DA, BRDA and FNDA lines when an lcov record has no summaries', () => {
    const text =
      'SF:src/a.js\nFNDA:3,main\nFNDA:0,unused\nDA:1,1\nDA:2,0\nDA:3,5,0f9a8c\nBRDA:2,0,0,1\nBRDA:2,0,1,0\nBRDA:5,1,0,-\nend_of_record\n';
    expect(one('lcov.info', text).facts.coverage).toEqual({
      lines: 66.67,
      branches: 33.33,
      functions: 50,
      files: ['lcov.info'],
    });
  });

  it('prefers summaries to detail lines, and leaves out measures with no data', () => {
    // LF/LH disagree with the DA lines on purpose: the summary wins. BRF:0 means branches were not measured.
    const text = 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,0\nLF:10\nLH:9\nBRF:0\nBRH:0\nend_of_record\n';
    expect(one('lcov.info', text).facts.coverage).toEqual({ lines: 90, files: ['lcov.info'] });
  });

  it('reads a coverage.py Cobertura report from its counts', () => {
    expect(one('coverage.xml', COVERAGE_PY_COBERTURA)).toEqual({
      facts: { coverage: { lines: 75, branches: 75, files: ['coverage.xml'] } },
      problems: [],
    });
  });

  it('leaves out branches when coverage.py ran without branch measurement', () => {
    const text = COVERAGE_PY_COBERTURA.replace(
      'branches-covered="3" branches-valid="4" branch-rate="0.75"',
      'branches-covered="0" branches-valid="0" branch-rate="0"',
    );
    expect(one('coverage.xml', text).facts.coverage).toEqual({ lines: 75, files: ['coverage.xml'] });
  });

  it('reads an Istanbul Cobertura report (with its DOCTYPE), taking functions from its methods', () => {
    expect(one('coverage/cobertura-coverage.xml', ISTANBUL_COBERTURA).facts.coverage).toEqual({
      lines: 80,
      branches: 50,
      functions: 50,
      files: ['coverage/cobertura-coverage.xml'],
    });
  });

  it('counts <line> elements when the root has rates but no counts, so the result can be merged', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage line-rate="0.5" branch-rate="0.25" version="1.9.4.1" timestamp="1714644672000">
  <sources><source>src/main/java</source></sources>
  <packages><package name="com.example" line-rate="0.5" branch-rate="0.25" complexity="1.0"><classes>
    <class name="com.example.Cart" filename="com/example/Cart.java" line-rate="0.5" branch-rate="0.25" complexity="1.0">
      <methods><method name="add" signature="(I)V" line-rate="1.0" branch-rate="1.0"><lines><line number="5" hits="2" branch="false"/></lines></method></methods>
      <lines>
        <line number="5" hits="2" branch="false"/>
        <line number="6" hits="2" branch="true" condition-coverage="25% (1/4)"/>
        <line number="9" hits="0" branch="false"/>
      </lines>
    </class>
  </classes></package></packages>
</coverage>`;
    expect(one('coverage.xml', text).facts.coverage).toEqual({
      lines: 66.67,
      branches: 25,
      functions: 100,
      files: ['coverage.xml'],
    });
  });

  it('falls back to the rates when a Cobertura report has neither counts nor lines', () => {
    const text = '<coverage line-rate="0.8125" branch-rate="0.4"><sources/><packages/></coverage>';
    expect(one('coverage.xml', text).facts.coverage).toEqual({ lines: 81.25, branches: 40, files: ['coverage.xml'] });
  });

  it('merges lcov and Cobertura reports by adding counts, not by averaging percentages', () => {
    const { facts, problems } = ciFactsOf([
      { path: 'web/coverage/lcov.info', text: ISTANBUL_LCOV },
      { path: 'cart/coverage/cobertura-coverage.xml', text: ISTANBUL_COBERTURA },
    ]);
    expect(problems).toEqual([]);
    // lines 6/8 + 4/5 = 10/13; functions 2/3 + 1/2 = 3/5 (averaging would give 77.5 and 58.33).
    expect(facts.coverage).toEqual({
      lines: 76.92,
      branches: 50,
      functions: 60,
      files: ['cart/coverage/cobertura-coverage.xml', 'web/coverage/lcov.info'],
    });
  });
});

describe('SARIF static analysis', () => {
  it('counts an ESLint log by level, leaving out suppressed results', () => {
    expect(one('eslint.sarif', ESLINT_SARIF)).toEqual({
      facts: {
        staticAnalysis: {
          run: true,
          tools: ['ESLint'],
          results: 2,
          errors: 1,
          warnings: 1,
          notes: 0,
          files: ['eslint.sarif'],
        },
      },
      problems: [],
    });
  });

  it("takes a CodeQL result's level from its rule's default configuration in the query pack", () => {
    expect(one('results/javascript.sarif', CODEQL_SARIF).facts.staticAnalysis).toEqual({
      run: true,
      tools: ['CodeQL'],
      results: 4,
      errors: 1,
      warnings: 1,
      notes: 2,
      files: ['results/javascript.sarif'],
    });
  });

  it('counts a result with no level and no rule default as a warning, and one whose kind is not "fail" as none', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Semgrep OSS',
              rules: [{ id: 'python.lang.security.audit.eval-detected', defaultConfiguration: {} }],
            },
          },
          results: [
            { ruleId: 'python.lang.security.audit.eval-detected', message: { text: 'Detected the use of eval().' } },
            { ruleId: 'unknown-rule', message: { text: 'no rule metadata at all' } },
            { ruleId: 'python.lang.security.audit.eval-detected', kind: 'pass', message: { text: 'checked, fine' } },
            {
              ruleId: 'python.lang.security.audit.eval-detected',
              level: 'note',
              suppressions: [{ kind: 'external', status: 'underReview' }],
              message: { text: 'under review, still open' },
            },
          ],
        },
      ],
    };
    expect(one('semgrep.sarif', JSON.stringify(log)).facts.staticAnalysis).toMatchObject({
      results: 4,
      errors: 0,
      warnings: 2,
      notes: 1,
    });
  });

  it('sums runs and logs, with tools de-duplicated and sorted', () => {
    const twoRuns = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Trivy' } },
          results: [{ level: 'error', ruleId: 'CVE-2024-0001', message: { text: 'x' } }],
        },
        { tool: { driver: { name: 'ESLint' } }, results: null },
      ],
    });
    const { facts, problems } = ciFactsOf([
      { path: 'sarif/eslint.sarif', text: ESLINT_SARIF },
      { path: 'sarif/codeql.sarif', text: CODEQL_SARIF },
      { path: 'sarif/more.sarif.json', text: twoRuns },
    ]);
    expect(problems).toEqual([]);
    expect(facts.staticAnalysis).toEqual({
      run: true,
      tools: ['CodeQL', 'ESLint', 'Trivy'],
      results: 7,
      errors: 3,
      warnings: 2,
      notes: 2,
      files: ['sarif/codeql.sarif', 'sarif/eslint.sarif', 'sarif/more.sarif.json'],
    });
  });

  it('accepts a log with no runs as a run with nothing found', () => {
    expect(
      one('empty.sarif', '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[]}')
        .facts.staticAnalysis,
    ).toEqual({
      run: true,
      tools: [],
      results: 0,
      errors: 0,
      warnings: 0,
      notes: 0,
      files: ['empty.sarif'],
    });
  });
});

describe('all kinds of report together', () => {
  it('gives each kind of fact from its own files, and only the kinds present', () => {
    const { facts, problems } = ciFactsOf([
      { path: 'junit.xml', text: VITEST_JUNIT },
      { path: 'coverage/lcov.info', text: ISTANBUL_LCOV },
      { path: 'eslint.sarif', text: ESLINT_SARIF },
    ]);
    expect(problems).toEqual([]);
    expect(Object.keys(facts).sort()).toEqual(['coverage', 'staticAnalysis', 'tests']);
    expect(facts.tests?.files).toEqual(['junit.xml']);
    expect(facts.coverage?.files).toEqual(['coverage/lcov.info']);
    expect(facts.staticAnalysis?.files).toEqual(['eslint.sarif']);
    expect(ciFactsOf([{ path: 'junit.xml', text: VITEST_JUNIT }]).facts).toEqual({ tests: expect.any(Object) });
  });

  it('gives no facts and no problems for no files', () => {
    expect(ciFactsOf([])).toEqual({ facts: {}, problems: [] });
  });
});

describe('detectCiReportFormat', () => {
  it.each<[string, CiReportFile, string | undefined]>([
    ['JUnit in a file named like coverage', { path: 'coverage.xml', text: VITEST_JUNIT }, 'junit'],
    ['Cobertura in a file with a neutral name', { path: 'out/report.xml', text: COVERAGE_PY_COBERTURA }, 'cobertura'],
    ['lcov in a .txt file', { path: 'out/cov.txt', text: ISTANBUL_LCOV }, 'lcov'],
    ['SARIF in a .json file', { path: 'out/results.json', text: CODEQL_SARIF }, 'sarif'],
    ['a broken JUnit file, by its root element', { path: 'out/results.xml', text: '<testsuites><testsuite>' }, 'junit'],
    [
      'unreadable content, by a JUnit name',
      { path: 'build/TEST-com.example.CartTest.xml', text: 'Segmentation fault' },
      'junit',
    ],
    ['unreadable content, by a SARIF name', { path: 'codeql/js.sarif', text: '{"truncat' }, 'sarif'],
    [
      'a Clover report, whose root is also <coverage>',
      {
        path: 'clover.xml',
        text: '<?xml version="1.0"?>\n<coverage generated="1714644672" clover="3.2.0"><project timestamp="1714644672"><metrics statements="10" coveredstatements="8"/></project></coverage>',
      },
      undefined,
    ],
    [
      'a JaCoCo XML report',
      {
        path: 'target/site/jacoco/jacoco.xml',
        text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="shop"></report>',
      },
      undefined,
    ],
    ['a package.json at version 2.1.0', { path: 'package.json', text: '{"name":"shop","version":"2.1.0"}' }, undefined],
  ])('recognises %s', (_case, file, format) => {
    expect(detectCiReportFormat(file)).toBe(format);
  });
});

describe('bad and hostile input', () => {
  it('reports malformed XML with its line and column, and still counts the other files', () => {
    const broken =
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="cart">\n    <testcase name="adds">\n  </testsuite>\n</testsuites>\n';
    const { facts, problems } = ciFactsOf([
      { path: 'web/junit.xml', text: broken },
      { path: 'go/report.xml', text: GO_JUNIT },
    ]);
    expect(problems).toEqual([
      {
        path: 'web/junit.xml',
        line: 5,
        column: 3,
        message: expect.stringMatching(
          /^expected a JUnit XML report \(<testsuites> or <testsuite>\), but the XML is malformed: Expected closing tag 'testcase' \(opened in line 4, col 5\)/,
        ),
      },
    ]);
    expect(facts).toEqual({
      tests: { run: true, count: 3, passed: 1, failures: 1, errors: 0, skipped: 1, files: ['go/report.xml'] },
    });
  });

  it('says which root element it found when a JUnit-named file is some other XML', () => {
    const { facts, problems } = one('junit.xml', '<!DOCTYPE html>\n<html><body>Jest crashed</body></html>');
    expect(facts).toEqual({});
    expect(problems).toEqual([
      {
        path: 'junit.xml',
        message: expect.stringContaining(
          'expected a JUnit XML report (<testsuites> or <testsuite>), but the root element is <html>',
        ),
      },
    ]);
  });

  it('reports malformed SARIF JSON with its line and column', () => {
    const text =
      '{\n  "version": "2.1.0",\n  "runs": [\n    { "tool": { "driver": { "name": "ESLint" } } }\n    { "tool": { "driver": { "name": "CodeQL" } } }\n  ]\n}\n';
    expect(one('lint.sarif', text).problems).toEqual([
      {
        path: 'lint.sarif',
        line: 5,
        column: 5,
        message: expect.stringMatching(/^expected a SARIF 2\.1\.0 log .*, but the JSON is malformed/),
      },
    ]);
  });

  it('places a truncated SARIF log at its end', () => {
    expect(one('codeql.sarif', '{\n  "version": "2.1.0",\n  "runs": [\n    {').problems).toEqual([
      { path: 'codeql.sarif', line: 4, column: 6, message: expect.stringContaining('the JSON is malformed') },
    ]);
  });

  it.each([
    ['another SARIF version', '{"version":"2.0.0","runs":[]}', '"version" is "2.0.0"'],
    [
      'a run without a tool name',
      '{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[]}]}',
      'runs[0].tool.driver.name',
    ],
    [
      'results that are not an array',
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"X"}},"results":{"level":"error"}}]}',
      'runs[0].results is not an array',
    ],
    [
      'an unknown level',
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"X"}},"results":[{"level":"critical"}]}]}',
      'runs[0].results[0].level is "critical"',
    ],
  ])('refuses a SARIF log with %s, saying where', (_case, text, detail) => {
    const { facts, problems } = one('x.sarif', text);
    expect(facts).toEqual({});
    expect(problems).toEqual([{ path: 'x.sarif', message: expect.stringContaining(detail) }]);
  });

  it('reports a bad lcov line with its line and column', () => {
    const text = 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,lots\nend_of_record\n';
    expect(one('lcov.info', text).problems).toEqual([
      { path: 'lcov.info', line: 4, column: 4, message: expect.stringContaining('DA:2,lots has no hit count') },
    ]);
  });

  it.each([
    [
      'lcov',
      'lcov.info',
      'SF:src/a.js\nLF:10\nLH:12\nend_of_record\n',
      'lines covered (12) is more than lines in total (10)',
    ],
    [
      'Cobertura',
      'coverage.xml',
      '<coverage lines-valid="10" lines-covered="12" line-rate="1.2"><packages/></coverage>',
      'lines covered (12) is more than lines in total (10)',
    ],
  ])('refuses %s counts that cannot be right', (_format, path, text, detail) => {
    const { facts, problems } = one(path, text);
    expect(facts).toEqual({});
    expect(problems).toEqual([expect.objectContaining({ path, message: expect.stringContaining(detail) })]);
  });

  it('refuses a Clover report named coverage.xml instead of counting it as coverage with no data', () => {
    const clover =
      '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1714644672"><project timestamp="1714644672"><metrics files="3" statements="40" coveredstatements="30"/></project></coverage>';
    const { facts, problems } = one('build/logs/coverage.xml', clover);
    expect(facts).toEqual({});
    expect(problems).toEqual([
      { path: 'build/logs/coverage.xml', message: expect.stringContaining('looks like a Clover report') },
    ]);
  });

  it('names the accepted formats for a file in none of them', () => {
    const { facts, problems } = one('reports/summary.md', '# Test summary\n\nAll green.\n');
    expect(facts).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/JUnit XML.*lcov.*Cobertura XML.*SARIF 2\.1\.0/);
    expect(problems[0]).not.toHaveProperty('line');
  });

  it('does not expand entities declared in a DTD (billion laughs, quadratic blowup)', () => {
    const nested = Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(
      '\n',
    );
    const text = `<?xml version="1.0"?>
<!DOCTYPE testsuites [
  <!ENTITY lol0 "lol">
${nested}
  <!ENTITY big "${'x'.repeat(9_000)}">
]>
<testsuites name="&lol9;"><testsuite name="&lol9;"><testcase name="&lol9;"/><testcase name="b"><failure message="&big;">${'&big;'.repeat(5_000)}</failure></testcase></testsuite></testsuites>`;
    const started = performance.now();
    const { facts, problems } = one('junit.xml', text);
    // Expanded, &lol9; is 10^9 characters and the &big; references 45 MB: the parser would run out
    // of memory, or stop at its expansion limits and fail the file.
    expect(problems).toEqual([]);
    expect(facts.tests).toMatchObject({ count: 2, passed: 1, failures: 1 });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a DTD that declares an external entity (XXE) rather than read it', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE testsuites [\n  <!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n<testsuites><testsuite name="&secret;"><testcase name="a"/></testsuite></testsuites>';
    const { facts, problems } = one('junit.xml', text);
    expect(facts).toEqual({});
    expect(problems).toEqual([
      { path: 'junit.xml', message: expect.stringContaining('External entities are not supported') },
    ]);
  });

  it.each([
    ['named like JUnit', 'junit.xml', '', /^expected a JUnit XML report .*, but the file is empty/],
    ['named like lcov', 'coverage/lcov.info', '\n  \n', /^expected an lcov tracefile .*, but the file is empty/],
    [
      'with a name that says nothing',
      'out/report',
      '',
      /^expected JUnit XML .* or SARIF 2\.1\.0 JSON, but the file is empty/,
    ],
  ])('refuses an empty file %s, saying what was expected', (_case, path, text, message) => {
    expect(one(path, text)).toEqual({ facts: {}, problems: [{ path, message: expect.stringMatching(message) }] });
  });

  it('refuses a file over 50 MB, measured in bytes, without parsing it', () => {
    // Fewer characters than the limit, but two bytes each in UTF-8.
    const text = `<testsuite>${'é'.repeat(MAX_CI_REPORT_BYTES / 2)}</testsuite>`;
    expect(text.length).toBeLessThan(MAX_CI_REPORT_BYTES);
    const { facts, problems } = ciFactsOf([
      { path: 'huge/junit.xml', text },
      { path: 'junit.xml', text: VITEST_JUNIT },
    ]);
    expect(problems).toEqual([
      {
        path: 'huge/junit.xml',
        message: expect.stringMatching(
          /^expected a report of at most 50 MB \(52428800 bytes\), but the file is 52428823 bytes/,
        ),
      },
    ]);
    expect(facts.tests?.files).toEqual(['junit.xml']);
  });

  it('refuses nesting deeper than any report needs, without overflowing the stack', () => {
    const depth = 5_000;
    const text = `<testsuites>${'<testsuite>'.repeat(depth)}<testcase/>${'</testsuite>'.repeat(depth)}</testsuites>`;
    expect(one('junit.xml', text)).toEqual({
      facts: {},
      problems: [{ path: 'junit.xml', message: expect.stringContaining('Maximum nested tags exceeded') }],
    });
  });

  it('refuses element names that would pollute prototypes', () => {
    const text = '<testsuites><testsuite><__proto__><testcase/></__proto__><testcase/></testsuite></testsuites>';
    const { facts, problems } = one('junit.xml', text);
    expect(facts).toEqual({});
    expect(problems).toEqual([{ path: 'junit.xml', message: expect.stringContaining('__proto__') }]);
    expect(({} as Record<string, unknown>).testcase).toBeUndefined();
  });

  it('gets past a DOCTYPE that never ends without hanging', () => {
    const text = `<!DOCTYPE testsuites [${'[<!ENTITY a "]">'.repeat(20_000)}`;
    const started = performance.now();
    const { problems } = one('junit.xml', text);
    expect(problems).toEqual([
      expect.objectContaining({ path: 'junit.xml', message: expect.stringContaining('expected a JUnit XML report') }),
    ]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
