import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  globOrNothing,
  linearGlob
} from "./chunk-CR7J3FDB.js";
import "./chunk-L53STSPY.js";
import "./chunk-JLATT4XO.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";
export {
  globOrNothing,
  linearGlob
};
