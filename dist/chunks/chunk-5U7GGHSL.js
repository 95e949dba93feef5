import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  fieldNameOf
} from "./chunk-2SMOZSPU.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";

// app/core/validation/schema-problems.ts
var typeNames = {
  string: "a string",
  object: "a mapping (key: value pairs)",
  array: "a list",
  boolean: "true or false",
  number: "a number",
  integer: "a whole number",
  null: "null"
};
var describeValue = (v) => {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return v === "" ? "an empty string" : `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
};
var typeList = (t) => [t].flat().map((x) => typeNames[String(x)] ?? String(x)).join(" or ");
function ownedElsewhere(fieldPointer) {
  if (["/apiVersion", "/kind", "/metadata", "/metadata/name", "/metadata/namespace"].includes(fieldPointer))
    return true;
  return /^\/[^/]+$/.test(fieldPointer) && fieldPointer !== "/spec";
}
function fieldPointerOf(e) {
  const params = e.params;
  const child = e.keyword === "required" ? params.missingProperty : e.keyword === "additionalProperties" ? params.additionalProperty : void 0;
  return child === void 0 ? e.instancePath : `${e.instancePath}/${child.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
function schemaProblems(errors, rule, subject, hints) {
  const relevant = dropBranchNoise(errors).filter((e) => !ownedElsewhere(fieldPointerOf(e)));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of relevant) {
    const p = describe(e, rule, subject, hints);
    const key = `${p.pointer}\0${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}
function dropBranchNoise(errors) {
  const drop = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "oneOf" && e.keyword !== "anyOf") continue;
    const branches = Array.isArray(e.schema) ? e.schema : [];
    const matching = branches.findIndex((b) => [b.type].flat().includes(jsonType(e.data)));
    const kept = matching === -1 ? void 0 : `${e.schemaPath}/${matching}/`;
    for (const other of errors) {
      const inBranch = other.schemaPath.startsWith(e.schemaPath + "/");
      if (inBranch && !(kept && other.schemaPath.startsWith(kept))) drop.add(other);
    }
    if (kept && errors.some((o) => o.schemaPath.startsWith(kept))) drop.add(e);
  }
  return errors.filter((e) => !drop.has(e) && e.keyword !== "if");
}
var jsonType = (v) => v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
function describe(e, rule, subject, hints) {
  const at = e.instancePath;
  const field = fieldNameOf(at);
  const found = describeValue(e.data);
  switch (e.keyword) {
    case "required": {
      const missing = String(e.params.missingProperty);
      const pointer = `${at}/${missing}`;
      const hint = hints(pointer);
      const name = fieldNameOf(pointer);
      return problem("error", rule, at, `"${name}" is required for ${subject} but is missing`, {
        atKey: true,
        ...hint ? { expected: hint.describes } : {},
        fix: `Add "${missing}:" under ${at === "" ? "the document root" : `"${field}"`}${hint?.example ? `, e.g. ${missing}: ${hint.example}` : ""}.`
      });
    }
    case "type": {
      const expected = typeList(e.params.type);
      const wrapInList = expected === "a list" && typeof e.data === "string";
      return problem("error", rule, at, `"${field}" must be ${expected}, but found ${found}`, {
        fix: wrapInList ? `Write it as a list: ${field.split(".").pop()}: [${e.data}]` : `Change "${field}" to ${expected}.`
      });
    }
    case "minLength":
      return e.data === "" || e.params.limit === 1 ? problem("error", rule, at, `"${field}" must not be empty`, { fix: `Give "${field}" a value or remove it.` }) : problem(
        "error",
        rule,
        at,
        `"${field}" must be at least ${e.params.limit} characters long`,
        { fix: `Lengthen "${field}".` }
      );
    case "maxLength":
      return problem(
        "error",
        rule,
        at,
        `"${field}" must be at most ${e.params.limit} characters long`,
        {
          fix: `Shorten "${field}".`
        }
      );
    case "minItems":
      return problem(
        "error",
        rule,
        at,
        `"${field}" must have at least ${e.params.limit} item(s)`,
        {
          fix: `Add an entry to "${field}".`
        }
      );
    case "enum":
    case "const": {
      const allowed = e.keyword === "enum" ? e.params.allowedValues : [e.params.allowedValue];
      const list = allowed.map((v) => JSON.stringify(v)).join(", ");
      return problem(
        "error",
        rule,
        at,
        `"${field}" must be ${allowed.length > 1 ? "one of " : ""}${list}, but found ${found}`,
        {
          fix: `Use ${allowed.length > 1 ? "one of " : ""}${list}.`
        }
      );
    }
    case "oneOf":
    case "anyOf": {
      const branches = Array.isArray(e.schema) ? e.schema : [];
      const kinds = branches.map((b) => b.type ? typeList(b.type) : "another shape").join(" or ");
      return problem("error", rule, at, `"${field}" must be ${kinds || "of another shape"}, but found ${found}`, {
        fix: `Change "${field}" to ${kinds || "one of the allowed shapes"}.`
      });
    }
    case "additionalProperties": {
      const extra = String(e.params.additionalProperty);
      const pointer = `${at}/${extra}`;
      return problem("error", rule, pointer, `Unknown field "${fieldNameOf(pointer)}" is not allowed here`, {
        atKey: true,
        fix: `Remove "${extra}" or check its spelling.`
      });
    }
    case "pattern":
      return problem(
        "error",
        rule,
        at,
        `"${field}" must match the pattern ${e.params.pattern}, but found ${found}`,
        {
          fix: `Change "${field}" to match ${e.params.pattern}.`
        }
      );
    default:
      return problem("error", rule, at, `"${field}" ${e.message ?? "is not valid"}`, {
        fix: `Change "${field}" so that it ${e.message ?? "is valid"}.`
      });
  }
}

export {
  schemaProblems
};
