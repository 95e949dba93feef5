import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  scoreEntity
} from "./chunk-6GZCA3D5.js";
import "./chunk-UE5CLTKP.js";
import "./chunk-OZ5HR6OQ.js";
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
