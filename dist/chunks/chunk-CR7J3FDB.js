import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  I
} from "./chunk-L53STSPY.js";
import {
  require_picomatch
} from "./chunk-JLATT4XO.js";
import {
  linearRegex
} from "./chunk-YV55PDYP.js";
import {
  PatternError
} from "./chunk-H3NJOLHB.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/core/patterns/linear-glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var SEGMENT_GUARDS = /* @__PURE__ */ new Set([
  "(?!(?:^|\\/)\\.{1,2}(?:\\/|$))",
  "(?!\\.{1,2}(?:\\/|$))",
  "(?!\\.{0,1}(?:\\/|$))",
  "(?=.)"
]);
var compiled = new I({ max: 2e3 });
function linearGlob(glob, options = {}) {
  const key = `${options.nocase ? "i" : ""}:${glob}`;
  let matcher = compiled.get(key);
  if (!matcher) compiled.set(key, matcher = compile(glob, options.nocase ?? false));
  if (matcher instanceof PatternError) throw matcher;
  return matcher;
}
function compile(glob, nocase) {
  let source;
  let flags;
  try {
    ({ source, flags } = import_picomatch.default.makeRe(glob, { dot: true, nocase }));
  } catch (e) {
    return new PatternError(
      `The glob "${glob}" is not valid: ${e.message}`,
      0,
      glob.length,
      "Check its brackets and braces."
    );
  }
  try {
    const regex = linearRegex(source, flags, SEGMENT_GUARDS);
    const { base } = import_picomatch.default.scan(glob);
    const folder = !nocase && !base.includes("\\") ? base : "";
    return (path) => plainPath(path) && (folder === "" || path === folder || path.startsWith(`${folder}/`)) && regex.test(path);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return new PatternError(
      `The glob "${glob}" uses a negation (a leading ! or !(\u2026)), which cannot be matched in linear time`,
      0,
      glob.length,
      "Name what it should match instead, e.g. with braces ({a,b}/*.yaml), or use a separate rule with not:."
    );
  }
}
function globOrNothing(glob, options = {}) {
  try {
    return linearGlob(glob, options);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return () => false;
  }
}
var DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
var plainPath = (path) => path !== "" && !path.startsWith("/") && !path.endsWith("/") && !path.includes("//") && !DOT_SEGMENT.test(path);

export {
  linearGlob,
  globOrNothing
};
