import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  planRepositories,
  planRepository,
  readsFor
} from "./chunk-6KHTL75N.js";
import "./chunk-227WNR3J.js";
import "./chunk-PIVNTOD2.js";
import "./chunk-UE5CLTKP.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-XFYPFS3M.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-6ZQGATVL.js";
import "./chunk-I6AYO5FO.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-5T66MS62.js";
import "./chunk-L53STSPY.js";
import "./chunk-7YTOK2IZ.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RB4WVMTP.js";
export {
  planRepositories,
  planRepository,
  readsFor
};
