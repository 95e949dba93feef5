import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  scoreEntity
} from "./chunk-ADE57BST.js";
import "./chunk-UGJLCEB2.js";
import "./chunk-OZ5HR6OQ.js";
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
