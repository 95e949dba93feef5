import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  createLenientSchemaCompiler
} from "./chunk-MJ7AYRFP.js";
import "./chunk-P3CGGNQC.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";
export {
  createLenientSchemaCompiler
};
