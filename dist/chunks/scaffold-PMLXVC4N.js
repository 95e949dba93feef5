import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readTemplate,
  scaffold
} from "./chunk-PR5OMGD7.js";
import "./chunk-RDLDBLWK.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-RULYN3Z2.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-FEC25PVJ.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-6ZQGATVL.js";
import "./chunk-7YTOK2IZ.js";
import "./chunk-77QXEAEO.js";
import "./chunk-RB4WVMTP.js";
export {
  readTemplate,
  scaffold
};
