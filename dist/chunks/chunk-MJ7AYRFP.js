import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  createSchemaCompiler
} from "./chunk-P3CGGNQC.js";
import {
  linearRegex
} from "./chunk-YV55PDYP.js";
import {
  PatternError
} from "./chunk-H3NJOLHB.js";

// app/core/validation/lenient-schema-compiler.ts
var createLenientSchemaCompiler = () => createSchemaCompiler({ lenient: { regExp: linearRegExp } });
var linearRegExp = Object.assign(
  (pattern, flags) => {
    try {
      return linearRegex(pattern, flags);
    } catch (e) {
      throw e instanceof PatternError ? new Error(`the pattern ${JSON.stringify(pattern)}: ${e.message}. ${e.fix}`) : e;
    }
  },
  { code: "linearRegex" }
);

export {
  createLenientSchemaCompiler
};
