import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  scoreEntity
} from "./chunk-UDCIP37E.js";

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
