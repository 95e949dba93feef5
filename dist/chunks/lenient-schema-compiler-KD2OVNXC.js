import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  createLenientSchemaCompiler
} from "./chunk-DQALB4OH.js";
import "./chunk-VM6EUV5Y.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RB4WVMTP.js";
export {
  createLenientSchemaCompiler
};
