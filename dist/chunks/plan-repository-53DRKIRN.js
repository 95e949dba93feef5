import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  planRepositories,
  planRepository,
  readsFor
} from "./chunk-X2IULCWL.js";
import "./chunk-227WNR3J.js";
import "./chunk-PIVNTOD2.js";
import "./chunk-NFQLQ77B.js";
import "./chunk-I33KCE6N.js";
import "./chunk-L53STSPY.js";
import "./chunk-I6AYO5FO.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-RULYN3Z2.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-6ZQGATVL.js";
import "./chunk-7YTOK2IZ.js";
import "./chunk-77QXEAEO.js";
import "./chunk-RB4WVMTP.js";
export {
  planRepositories,
  planRepository,
  readsFor
};
