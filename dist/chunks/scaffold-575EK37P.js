import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readTemplate,
  scaffold
} from "./chunk-OZM42YED.js";
import "./chunk-6NKFNPZH.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-CBINKEOC.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-3SVCAJPW.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-JLATT4XO.js";
import "./chunk-MJ7AYRFP.js";
import "./chunk-P3CGGNQC.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";
export {
  readTemplate,
  scaffold
};
