import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  scoreEntity
} from "./chunk-VQXAJONV.js";
import "./chunk-NFQLQ77B.js";
import "./chunk-OZ5HR6OQ.js";
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

// app/core/scorecard/score-subjects.ts
function scoreSubjects(request, hooks = {}) {
  const { texts, paths } = request.files;
  const files = { paths, text: (path) => texts.get(path) };
  const options = {
    now: request.now,
    ...request.exemptions ? { exemptions: request.exemptions } : {},
    ...hooks
  };
  return request.subjects.map((s) => scoreEntity({ ...s, files }, request.tracks, options)).filter((s) => s.tracks.length > 0);
}
export {
  scoreSubjects
};
