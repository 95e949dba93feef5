import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readTemplate,
  scaffold
} from "./chunk-EM6PZ3TL.js";
import "./chunk-AAG44QIM.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-XFYPFS3M.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-6ZQGATVL.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-7YTOK2IZ.js";
import "./chunk-DQALB4OH.js";
import "./chunk-VM6EUV5Y.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RB4WVMTP.js";
export {
  readTemplate,
  scaffold
};
