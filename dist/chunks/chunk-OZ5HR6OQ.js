import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/scorecard/scorecard-model.ts
var OPERATORS = [
  "exists",
  "equal",
  "notEqual",
  "matches",
  "doesNotMatch",
  "contains",
  "doesNotContain",
  "in",
  "notIn",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive"
];
var BLOCKING_STATES = /* @__PURE__ */ new Set(["failed", "not-reported", "error"]);

export {
  OPERATORS,
  BLOCKING_STATES
};
