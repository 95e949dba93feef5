import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-IVONCDKN.js";
import {
  offsetsOf,
  parseDescriptorFile,
  rangeOf
} from "./chunk-K4MDT5UF.js";
import {
  schemaProblems
} from "./chunk-5U7GGHSL.js";
import {
  fieldNameOf
} from "./chunk-2SMOZSPU.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";
import {
  FACTS_BY_NAME,
  FACT_NAMES,
  JSONPath,
  parseRegex
} from "./chunk-UGJLCEB2.js";
import {
  OPERATORS
} from "./chunk-OZ5HR6OQ.js";
import {
  linearGlob
} from "./chunk-CR7J3FDB.js";
import {
  createSchemaCompiler
} from "./chunk-P3CGGNQC.js";
import {
  PatternError
} from "./chunk-H3NJOLHB.js";

// app/core/scorecard/condition-problems.ts
var NUMERIC = /* @__PURE__ */ new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);
var LEAVES_FIX = `Write it from the repository root with a leading "/", or from the entity's folder, without "..".`;
function conditionWithDefaults(c) {
  if ("all" in c) return { all: c.all.map(conditionWithDefaults) };
  if ("any" in c) return { any: c.any.map(conditionWithDefaults) };
  if ("not" in c) return { not: conditionWithDefaults(c.not) };
  return "file" in c && !c.operator ? { ...c, operator: "exists" } : c;
}
function conditionProblems(c, at, rule) {
  if ("all" in c) return c.all.flatMap((x, i) => conditionProblems(x, `${at}/all/${i}`, rule));
  if ("any" in c) return c.any.flatMap((x, i) => conditionProblems(x, `${at}/any/${i}`, rule));
  if ("not" in c) return conditionProblems(c.not, `${at}/not`, rule);
  const out = [];
  if ("fact" in c && !FACTS_BY_NAME.has(c.fact)) {
    const guess = closest(
      c.fact,
      FACT_NAMES.map((f) => f.name)
    );
    const family = FACT_NAMES.filter((f) => f.name.split(".")[0] === c.fact.split(".")[0]).map((f) => f.name);
    out.push(
      problem("error", rule, `${at}/fact`, `There is no fact "${c.fact}"`, {
        ...family.length ? { expected: `one of ${family.join(", ")}` } : {},
        fix: guess ? `Did you mean "${guess}"?` : 'Use one of the facts docs/scorecards.md lists ("Facts").'
      })
    );
  }
  if ("file" in c) out.push(...globProblems(c.file, `${at}/file`, rule, LEAVES_FIX));
  if (c.path !== void 0) out.push(...pathProblems(c.path, `${at}/path`, rule));
  out.push(...valueProblems(c.operator ?? "exists", c.value, at, rule));
  return out;
}
function globProblems(glob, at, rule, leavesFix) {
  if (glob.split("/").some((segment) => segment === "..")) {
    return [
      problem("error", rule, at, `The glob "${glob}" leaves the repository ("..")`, {
        fix: leavesFix
      })
    ];
  }
  try {
    linearGlob(glob.replace(/^\/+/, ""));
    return [];
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return [problem("error", rule, at, e.message, { fix: e.fix })];
  }
}
function pathProblems(path, at, rule) {
  try {
    JSONPath({ path, json: {}, eval: false, wrap: true });
    return /\?\(|\(@/.test(path) ? [
      problem(
        "error",
        rule,
        at,
        `The path "${path}" uses a filter or script expression, which Callboard does not run`,
        { fix: "Use plain member and index steps, e.g. $.spec.owner or $.jobs.*.steps." }
      )
    ] : [];
  } catch (e) {
    return [
      problem("error", rule, at, `The path "${path}" is not a valid JSONPath: ${e.message}`, {
        fix: 'Write it as $.field.subfield, with ["odd/key"] for keys with dots or slashes.'
      })
    ];
  }
}
function valueProblems(operator, value, at, rule) {
  const bad = (expected, fix) => [
    problem(
      "error",
      rule,
      `${at}/value`,
      `The operator ${operator} needs ${expected}, but found ${JSON.stringify(value) ?? "nothing"}`,
      { fix }
    )
  ];
  if (operator === "exists")
    return value === void 0 || typeof value === "boolean" ? [] : bad("true, false or no value", 'Write "value: false" to ask that it does not exist, or leave value out.');
  if (NUMERIC.has(operator))
    return typeof value === "number" ? [] : bad("a number", 'Write the value as a number, e.g. "value: 80".');
  if (operator === "in" || operator === "notIn")
    return Array.isArray(value) ? [] : bad("a list", 'Write the value as a list, e.g. "value: [production, experimental]".');
  if (operator === "matches" || operator === "doesNotMatch") {
    if (typeof value !== "string")
      return bad("a regular expression as a string", 'Write the value as a string, e.g. "value: npm (run )?test".');
    const regex = parseRegex(value);
    return regex instanceof PatternError ? [
      problem(
        "error",
        rule,
        `${at}/value`,
        `The regular expression ${JSON.stringify(value)} is not valid: ${regex.message}`,
        { fix: regex.fix, span: [regex.index, regex.end] }
      )
    ] : [];
  }
  return value === void 0 ? bad("a value", 'Add "value:".') : [];
}

// app/core/scorecard/scorecard-schema.ts
var SCORECARD_API_VERSION = "callboard.dev/v1";
var NAME = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
var strings = (description) => ({
  type: "array",
  items: { type: "string", minLength: 1 },
  minItems: 1,
  description
});
var FILTER_DEFINITION = {
  type: "object",
  additionalProperties: false,
  description: "Which entities it applies to: every field given must match, each by any of its values.",
  properties: {
    kind: strings("Kinds, e.g. [Component]."),
    type: strings("spec.type values, e.g. [service, website]."),
    lifecycle: strings("spec.lifecycle values."),
    tags: strings("Tags; the entity needs one of them."),
    system: strings("Systems, by ref or name."),
    owner: strings("Owners, by ref or name.")
  }
};
var leaf = (subject) => ({
  type: "object",
  additionalProperties: false,
  required: subject === "fact" ? ["fact", "operator"] : ["file"],
  properties: {
    [subject]: {
      type: "string",
      minLength: 1,
      description: subject === "fact" ? "A fact name, e.g. ci.tests.count." : "A glob; from the repository root when it starts with /, else from the entity's folder."
    },
    path: { type: "string", pattern: "^\\$", description: "A JSONPath into the fact or file, e.g. $.scripts.test." },
    operator: { enum: OPERATORS, description: subject === "file" ? "Default: exists." : "How the value is compared." },
    value: { description: "What it is compared with." }
  }
});
var CONDITION_DEFINITION = {
  type: "object",
  description: "A rule: all, any or not of rules, or a condition on a fact or a file.",
  if: { type: "object", properties: { all: true }, required: ["all"] },
  then: {
    type: "object",
    additionalProperties: false,
    properties: { all: { type: "array", minItems: 1, items: { $ref: "#/definitions/condition" } } }
  },
  else: {
    if: { type: "object", properties: { any: true }, required: ["any"] },
    then: {
      type: "object",
      additionalProperties: false,
      properties: { any: { type: "array", minItems: 1, items: { $ref: "#/definitions/condition" } } }
    },
    else: {
      if: { type: "object", properties: { not: true }, required: ["not"] },
      then: { type: "object", additionalProperties: false, properties: { not: { $ref: "#/definitions/condition" } } },
      else: {
        if: { type: "object", properties: { file: true }, required: ["file"] },
        then: leaf("file"),
        else: leaf("fact")
      }
    }
  }
};
var check = {
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "rule"],
  properties: {
    id: { type: "string", pattern: NAME, description: "Unique in the track, e.g. tests-run-on-ci." },
    title: { type: "string", minLength: 1 },
    description: { type: "string" },
    severity: {
      enum: ["error", "warning"],
      description: "A failing warning does not keep the level from being reached. Default: error."
    },
    rule: { $ref: "#/definitions/condition" },
    hint: { type: "string", description: "What to do when it fails." },
    applies: { $ref: "#/definitions/filter" }
  }
};
var level = {
  type: "object",
  additionalProperties: false,
  required: ["checks"],
  properties: {
    name: { type: "string", minLength: 1, description: 'Default: "Level N".' },
    required: {
      type: "boolean",
      description: "A pull request that loses this level fails the scorecard check. Default: false."
    },
    checks: { type: "array", minItems: 1, items: check }
  }
};
var metadata = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { type: "string", pattern: NAME },
    title: { type: "string", minLength: 1 },
    description: { type: "string" },
    owner: { type: "string", minLength: 1 }
  }
};
var exemption = {
  type: "object",
  additionalProperties: false,
  required: ["entity", "track", "check", "justification", "author", "expires"],
  properties: {
    entity: { type: "string", minLength: 1, description: "The entity ref, e.g. component:default/artist-lookup." },
    track: { type: "string", pattern: NAME },
    check: { type: "string", pattern: NAME },
    justification: { type: "string", minLength: 10, description: "Why the check does not apply or cannot pass yet." },
    author: { type: "string", minLength: 1, description: "Who granted it (a GitHub login)." },
    expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "The last day it applies, YYYY-MM-DD." }
  }
};
var TRACK_SCHEMA = {
  $id: "https://callboard.dev/schemas/track.json",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  definitions: { condition: CONDITION_DEFINITION, filter: FILTER_DEFINITION },
  properties: {
    apiVersion: { const: SCORECARD_API_VERSION },
    kind: { const: "Track" },
    metadata,
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["levels"],
      properties: { applies: { $ref: "#/definitions/filter" }, levels: { type: "array", minItems: 1, items: level } }
    }
  }
};
var EXEMPTIONS_SCHEMA = {
  $id: "https://callboard.dev/schemas/exemptions.json",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "spec"],
  properties: {
    apiVersion: { const: SCORECARD_API_VERSION },
    kind: { const: "Exemptions" },
    metadata: { type: "object" },
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["exemptions"],
      properties: { exemptions: { type: "array", items: exemption } }
    }
  }
};

// app/core/scorecard/parse-scorecards.ts
var compiler = createSchemaCompiler();
var checkTrack = compiler.later(TRACK_SCHEMA);
var checkExemptions = compiler.later(EXEMPTIONS_SCHEMA);
function parseScorecards(files, today) {
  const tracks = [];
  const exemptions = [];
  const reports = [];
  for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    const parsed = parseDescriptorFile(file.path, file.text);
    const problems = [];
    reports.push({ path: file.path, problems });
    for (const doc of parsed.documents) {
      const place = placeAt(parsed, doc);
      const report = (p) => problems.push(place(p));
      if (doc.problems.length) {
        for (const p of doc.problems)
          problems.push({
            ...p,
            ...rangeOf(parsed.lineCounter, parsed.text, [p.offset, p.endOffset]),
            document: doc.number
          });
        continue;
      }
      const kind = doc.value?.kind;
      if (!envelopeOk(doc.value, report)) continue;
      if (kind === "Exemptions") {
        const found2 = schemaProblems(checkExemptions(doc.value), "scorecard", "an exemption", () => void 0);
        found2.forEach(report);
        if (found2.length) continue;
        const raw = doc.value.spec.exemptions;
        raw.forEach((e, i) => {
          const pointer = `/spec/exemptions/${i}`;
          const { line } = place(problem("warning", "scorecard", pointer, ""));
          exemptions.push({
            exemption: { ...e, source: file.path, line },
            report: (p) => report({ ...p, pointer: `${pointer}${p.pointer}` })
          });
        });
        continue;
      }
      const found = schemaProblems(checkTrack(doc.value), "scorecard", "a track", () => void 0);
      found.forEach(report);
      if (found.length) continue;
      const track = trackOf(doc.value, file.path);
      const semantic = trackProblems(track, doc.value);
      const duplicate = tracks.find((t) => t.name === track.name);
      if (duplicate)
        semantic.push(
          problem(
            "error",
            "scorecard",
            "/metadata/name",
            `The track "${track.name}" is already declared in ${duplicate.source}`,
            { fix: "Give this track another name, or remove one of the two." }
          )
        );
      semantic.forEach(report);
      if (!semantic.some((p) => p.severity === "error")) tracks.push(track);
    }
  }
  const kept = [];
  for (const { exemption: exemption2, report } of exemptions) {
    const problems = exemptionProblems(exemption2, tracks, today);
    problems.forEach(report);
    if (!problems.length) kept.push(exemption2);
  }
  for (const r of reports) r.problems.sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
  return { tracks, exemptions: kept, files: reports.filter((r) => r.problems.length) };
}
function placeAt(parsed, doc) {
  return (p) => ({
    ...p,
    ...rangeOf(parsed.lineCounter, parsed.text, offsetsOf(doc.yaml, p.pointer, p.atKey, p.span)),
    document: doc.number
  });
}
function envelopeOk(value, report) {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    report(
      problem(
        "error",
        "scorecard",
        "",
        "A scorecard document must be a mapping with apiVersion, kind, metadata and spec",
        { fix: `Start it with "apiVersion: ${SCORECARD_API_VERSION}" and "kind: Track".` }
      )
    );
    return false;
  }
  const { apiVersion, kind, ...rest } = value;
  let ok = true;
  if (apiVersion !== SCORECARD_API_VERSION) {
    report(
      problem(
        "error",
        "scorecard",
        "/apiVersion",
        `apiVersion must be "${SCORECARD_API_VERSION}", but found ${JSON.stringify(apiVersion)}`,
        { atKey: apiVersion === void 0, fix: `Write "apiVersion: ${SCORECARD_API_VERSION}".` }
      )
    );
    ok = false;
  }
  if (kind !== "Track" && kind !== "Exemptions") {
    const guess = typeof kind === "string" ? closest(kind, ["Track", "Exemptions"]) : void 0;
    report(
      problem(
        "error",
        "scorecard",
        "/kind",
        `kind must be "Track" or "Exemptions", but found ${JSON.stringify(kind)}`,
        { atKey: kind === void 0, fix: guess ? `Did you mean "${guess}"?` : 'Write "kind: Track" for a track.' }
      )
    );
    ok = false;
  }
  for (const key of Object.keys(rest)) {
    if (key !== "metadata" && key !== "spec") {
      report(
        problem("error", "scorecard", `/${key}`, `Unknown field "${key}" at the document root`, {
          atKey: true,
          fix: "A scorecard document has apiVersion, kind, metadata and spec; move it under spec or remove it."
        })
      );
      ok = false;
    }
  }
  if (kind === "Track" && !value.metadata?.name) {
    report(
      problem("error", "scorecard", "/metadata", "A track needs metadata.name", {
        atKey: true,
        fix: 'Add "metadata: { name: test-certified }".'
      })
    );
    ok = false;
  }
  return ok;
}
function trackOf(raw, source) {
  const levels = raw.spec.levels.map((l, i) => ({
    ordinal: i + 1,
    name: l.name ?? `Level ${i + 1}`,
    required: l.required ?? false,
    checks: l.checks.map((c) => ({ ...c, severity: c.severity ?? "error", rule: conditionWithDefaults(c.rule) }))
  }));
  const { name, title, description, owner } = raw.metadata;
  return {
    name,
    title: title ?? name,
    ...description ? { description } : {},
    ...owner ? { owner } : {},
    ...raw.spec.applies ? { applies: raw.spec.applies } : {},
    levels,
    source
  };
}
function trackProblems(track, raw) {
  const out = [];
  const ids = /* @__PURE__ */ new Map();
  track.levels.forEach(
    (level2, l) => level2.checks.forEach((check2, c) => {
      const at = `/spec/levels/${l}/checks/${c}`;
      const other = ids.get(check2.id);
      if (other)
        out.push(
          problem("error", "scorecard", `${at}/id`, `The check id "${check2.id}" is already used by ${other}`, {
            fix: "Check ids must be unique in a track; rename one of them."
          })
        );
      ids.set(check2.id, fieldNameOf(at));
      out.push(...conditionProblems(raw.spec.levels[l].checks[c].rule, `${at}/rule`, "scorecard"));
    })
  );
  return out;
}
function exemptionProblems(e, tracks, today) {
  const track = tracks.find((t) => t.name === e.track);
  if (!track) {
    const guess = closest(
      e.track,
      tracks.map((t) => t.name)
    );
    return [
      problem("error", "scorecard", "/track", `There is no track "${e.track}"`, {
        fix: guess ? `Did you mean "${guess}"?` : "Name a track declared in scorecards/."
      })
    ];
  }
  const checks = track.levels.flatMap((l) => l.checks.map((c) => c.id));
  if (!checks.includes(e.check)) {
    const guess = closest(e.check, checks);
    return [
      problem("error", "scorecard", "/check", `The track "${e.track}" has no check "${e.check}"`, {
        fix: guess ? `Did you mean "${guess}"?` : `Name one of: ${checks.join(", ")}.`
      })
    ];
  }
  if (!/^[a-z][a-z0-9-]*:[^/]+\/.+$/i.test(e.entity)) {
    return [
      problem("error", "scorecard", "/entity", `"${e.entity}" is not a full entity ref`, {
        fix: "Write it as kind:namespace/name, e.g. component:default/artist-lookup."
      })
    ];
  }
  if (Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`)))
    return [
      problem("error", "scorecard", "/expires", `"${e.expires}" is not a date`, { fix: "Write it as YYYY-MM-DD." })
    ];
  if (e.expires < today)
    return [
      problem("warning", "scorecard", "/expires", `This exemption expired on ${e.expires} and no longer applies`, {
        fix: "Renew it with a new date and justification, or remove it."
      })
    ];
  return [];
}

export {
  conditionWithDefaults,
  conditionProblems,
  globProblems,
  FILTER_DEFINITION,
  CONDITION_DEFINITION,
  parseScorecards
};
