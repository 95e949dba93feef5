import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  createSchemaCompiler
} from "./chunk-P3CGGNQC.js";

// app/core/scorecard/ci-facts-check.ts
var CI_FACTS_CHECK = "Callboard / CI facts";
var MARKER = "<!-- callboard:ci-facts -->";
var MAX_TEXT = 65535;
var count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function ciFactsCheckOutput(facts, reportedAt) {
  const parts = [
    facts.tests && `${count(facts.tests.count, "test")}, ${facts.tests.failures + facts.tests.errors} failing`,
    facts.coverage?.lines !== void 0 && `${facts.coverage.lines}% of lines covered`,
    facts.staticAnalysis && `${count(facts.staticAnalysis.results, "static analysis finding")}`
  ].filter(Boolean);
  const rows = [
    [
      "Tests",
      facts.tests ? `${facts.tests.count} run, ${facts.tests.passed} passed, ${facts.tests.failures} failed, ${facts.tests.errors} errors, ${facts.tests.skipped} skipped` : "not reported",
      facts.tests?.files
    ],
    [
      "Coverage",
      facts.coverage ? ["lines", "branches", "functions"].flatMap(
        (m) => facts.coverage[m] === void 0 ? [] : [`${m} ${facts.coverage[m]}%`]
      ).join(", ") || "no data" : "not reported",
      facts.coverage?.files
    ],
    [
      "Static analysis",
      facts.staticAnalysis ? `${facts.staticAnalysis.results} findings (${facts.staticAnalysis.errors} errors) from ${facts.staticAnalysis.tools.join(", ") || "unnamed tools"}` : "not reported",
      facts.staticAnalysis?.files
    ]
  ];
  const summary = [
    "| fact | value | from |",
    "|---|---|---|",
    ...rows.map(
      ([name, value, files2]) => `| ${name} | ${value} | ${files2?.map((f) => `\`${f}\``).join(", ") ?? ""} |`
    )
  ].join("\n");
  const json = JSON.stringify({ ...facts, reportedAt });
  return {
    title: parts.length ? parts.join("; ") : "No CI report found",
    summary: `${summary}

Callboard's scorecards read these facts from this check run.`,
    text: `${MARKER}
\`\`\`json
${json.length + MARKER.length + 20 > MAX_TEXT ? JSON.stringify(trimmed(facts, reportedAt)) : json}
\`\`\``
  };
}
var trimmed = (facts, reportedAt) => ({
  ...facts.tests ? { tests: { ...facts.tests, files: [] } } : {},
  ...facts.coverage ? { coverage: { ...facts.coverage, files: [] } } : {},
  ...facts.staticAnalysis ? { staticAnalysis: { ...facts.staticAnalysis, files: [] } } : {},
  reportedAt
});
var count0 = { type: "integer", minimum: 0 };
var percent = { type: "number", minimum: 0, maximum: 100 };
var files = { type: "array", items: { type: "string", maxLength: 1e3 }, maxItems: 1e4 };
var FACTS_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    tests: {
      type: "object",
      additionalProperties: false,
      required: ["run", "count", "passed", "failures", "errors", "skipped", "files"],
      properties: {
        run: { const: true },
        count: count0,
        passed: count0,
        failures: count0,
        errors: count0,
        skipped: count0,
        files
      }
    },
    coverage: {
      type: "object",
      additionalProperties: false,
      required: ["files"],
      properties: { lines: percent, branches: percent, functions: percent, files }
    },
    staticAnalysis: {
      type: "object",
      additionalProperties: false,
      required: ["run", "tools", "results", "errors", "warnings", "notes", "files"],
      properties: {
        run: { const: true },
        tools: { type: "array", items: { type: "string", maxLength: 200 }, maxItems: 100 },
        results: count0,
        errors: count0,
        warnings: count0,
        notes: count0,
        files
      }
    },
    reportedAt: { type: "string", maxLength: 40 },
    commit: { type: "string", pattern: "^[0-9a-f]{40}$" }
  }
};
var check;
function readCiFactsCheck(text) {
  const body = text?.startsWith(MARKER) ? fencedJson(text) : void 0;
  if (body === void 0) return { ignored: "its text is not the scorecard action's" };
  let value;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { ignored: `its facts are not JSON (${e.message})` };
  }
  check ??= createSchemaCompiler().compile(FACTS_SCHEMA);
  const errors = check(value);
  if (errors.length)
    return {
      ignored: `its facts do not have the expected shape (${errors[0].instancePath || "/"} ${errors[0].message ?? ""})`
    };
  return { facts: value };
}
var FENCE = "```json\n";
function fencedJson(text) {
  const open = text.indexOf(FENCE);
  const close = text.lastIndexOf("\n```");
  return open !== -1 && close >= open + FENCE.length ? text.slice(open + FENCE.length, close) : void 0;
}

export {
  CI_FACTS_CHECK,
  ciFactsCheckOutput,
  readCiFactsCheck
};
