import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  globOrNothing,
  linearGlob
} from "./chunk-5T66MS62.js";
import "./chunk-L53STSPY.js";
import "./chunk-7YTOK2IZ.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RB4WVMTP.js";
export {
  globOrNothing,
  linearGlob
};
