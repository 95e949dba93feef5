import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  planRepositories,
  planRepository,
  readsFor
} from "./chunk-OFXOZVW6.js";
import "./chunk-227WNR3J.js";
import "./chunk-PIVNTOD2.js";
import "./chunk-UGJLCEB2.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-CBINKEOC.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-3SVCAJPW.js";
import "./chunk-I6AYO5FO.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-CR7J3FDB.js";
import "./chunk-L53STSPY.js";
import "./chunk-JLATT4XO.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";
export {
  planRepositories,
  planRepository,
  readsFor
};
