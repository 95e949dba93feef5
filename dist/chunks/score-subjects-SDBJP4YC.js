import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  scoreSubjects
} from "./chunk-HRWGPKG6.js";
import "./chunk-UDCIP37E.js";
import "./chunk-QAWB7O4S.js";
import "./chunk-OZ5HR6OQ.js";
import "./chunk-SLE6K76S.js";
import "./chunk-I6AYO5FO.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-RULYN3Z2.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-7YTOK2IZ.js";
import "./chunk-77QXEAEO.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-6ZQGATVL.js";
import "./chunk-RB4WVMTP.js";
export {
  scoreSubjects
};
