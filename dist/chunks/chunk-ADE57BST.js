import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  CODEOWNERS_PATHS,
  evaluateCondition,
  filesToRead
} from "./chunk-UGJLCEB2.js";
import {
  BLOCKING_STATES
} from "./chunk-OZ5HR6OQ.js";
import {
  refFrom
} from "./chunk-7BHR42MJ.js";
import {
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  BUDGETS
} from "./chunk-56XEIP7Z.js";

// app/core/scorecard/score-entity.ts
var checkKey = (ref, track, check) => `${ref} ${track}/${check}`;
function scoreEntity(subject, tracks, options) {
  const today = options.now.toISOString().slice(0, 10);
  const exemptions = (options.exemptions ?? []).filter(
    (e) => e.entity.toLowerCase() === subject.ref && e.expires >= today
  );
  return {
    ref: subject.ref,
    tracks: tracks.filter((t) => !t.applies || appliesTo(t.applies, subject)).map((t) => scoreTrack(t, subject, options, exemptions))
  };
}
function scoreTrack(track, subject, options, exemptions) {
  const levels = [];
  let reached = true;
  for (const level2 of track.levels) {
    const checks = level2.checks.map(
      (check) => scoreCheck(
        check,
        level2.ordinal,
        subject,
        { track: track.name, options },
        exemptions.find((e) => e.track === track.name && e.check === check.id)
      )
    );
    reached = reached && !checks.some((c) => BLOCKING_STATES.has(c.state));
    levels.push({ ordinal: level2.ordinal, name: level2.name, required: level2.required, achieved: reached, checks });
  }
  const level = levels.filter((l) => l.achieved).length;
  const next = levels[level]?.checks.find((c) => BLOCKING_STATES.has(c.state));
  return { track: track.name, title: track.title, level, levels, ...next ? { next } : {} };
}
var STATE_OF = {
  true: () => "passed",
  false: (check) => check.severity === "warning" ? "warning" : "failed",
  unknown: () => "not-reported",
  error: () => "error"
};
function scoreCheck(check, level, subject, on, exemption) {
  const base = {
    check: check.id,
    title: check.title,
    level,
    severity: check.severity,
    ...check.hint ? { hint: check.hint } : {}
  };
  if (check.applies && !appliesTo(check.applies, subject))
    return { ...base, state: "not-applicable", evidence: "does not apply to this entity" };
  const key = checkKey(subject.ref, on.track, check.id);
  const refused = on.options.refuseAll ?? on.options.refused?.get(key);
  on.options.progress?.(key, BUDGETS.checkMs);
  const { outcome, evidence } = refused === void 0 ? evaluateCondition(check.rule, subject, on.options.now) : { outcome: "error", evidence: refused };
  if (exemption && outcome !== "true") {
    const { justification, author, expires } = exemption;
    return {
      ...base,
      state: "exempt",
      evidence: `exempt until ${expires} (granted by ${author}: ${justification}); ${evidence}`,
      exemption: { justification, author, expires }
    };
  }
  return { ...base, state: STATE_OF[outcome](check), evidence };
}
function appliesTo(filter, subject) {
  const { entity } = subject;
  const spec = isRecord(entity.spec) ? entity.spec : {};
  const among = (values, actual, norm = (v) => typeof v === "string" ? v.toLowerCase() : void 0) => !values || actual !== void 0 && values.some((v) => norm(v) === norm(actual));
  return among(filter.kind, entity.kind) && among(filter.type, spec.type) && among(filter.lifecycle, spec.lifecycle) && among(filter.system, spec.system, (v) => refFrom(entity, v, "system")) && among(filter.owner, spec.owner, (v) => refFrom(entity, v, "group")) && (!filter.tags || (entity.metadata.tags ?? []).some((t) => filter.tags.includes(t)));
}
function filesNeeded(tracks, subject) {
  const paths = new Set(CODEOWNERS_PATHS.filter((p) => subject.files.paths.includes(p)));
  for (const track of tracks)
    for (const level of track.levels)
      for (const check of level.checks) for (const path of filesToRead(check.rule, subject)) paths.add(path);
  return [...paths];
}

export {
  scoreEntity,
  filesNeeded
};
