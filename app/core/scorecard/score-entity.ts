/**
 * One entity scored on every track that applies to it: each check's result (Soundcheck's states,
 * plus exempt), and the level reached — the highest level such that no check of it or of any level
 * below is failed, not reported or in error. A failing warning is shown and does not block; a
 * check that does not apply, or is exempt until a date not yet past, does not block either.
 */
import { BUDGETS } from '../budgets.ts';
import { refFrom } from '../model/entity-ref.ts';
import { isRecord } from '../model/entity.ts';
import { CODEOWNERS_PATHS } from './codeowners.ts';
import { evaluateCondition, filesToRead, type Outcome } from './evaluate-condition.ts';
import {
  BLOCKING_STATES,
  type Check,
  type CheckResult,
  type EntityFilter,
  type EntityScore,
  type Exemption,
  type LevelResult,
  type ResultState,
  type Track,
  type TrackResult,
} from './scorecard-model.ts';
import type { ScoringSubject } from './scoring-subject.ts';

export interface ScoreOptions {
  /** The moment of scoring: decides expired exemptions and "days since". */
  now: Date;
  exemptions?: readonly Exemption[];
  /** Told as each check's evaluation starts (its key, see `checkKey`), with its time budget. */
  progress?: (item: string, budgetMs: number) => void;
  /** Checks not to evaluate, by key, with why: they went over a budget in an earlier attempt. */
  refused?: ReadonlyMap<string, string>;
  /** Why no check is evaluated at all (the whole scoring went over its budget). */
  refuseAll?: string;
}

/** Names one check of one entity: what a budget is kept per. */
export const checkKey = (ref: string, track: string, check: string) => `${ref} ${track}/${check}`;

export function scoreEntity(subject: ScoringSubject, tracks: readonly Track[], options: ScoreOptions): EntityScore {
  const today = options.now.toISOString().slice(0, 10);
  const exemptions = (options.exemptions ?? []).filter(
    (e) => e.entity.toLowerCase() === subject.ref && e.expires >= today,
  );
  return {
    ref: subject.ref,
    tracks: tracks
      .filter((t) => !t.applies || appliesTo(t.applies, subject))
      .map((t) => scoreTrack(t, subject, options, exemptions)),
  };
}

function scoreTrack(
  track: Track,
  subject: ScoringSubject,
  options: ScoreOptions,
  exemptions: readonly Exemption[],
): TrackResult {
  const levels: LevelResult[] = [];
  let reached = true;
  for (const level of track.levels) {
    const checks = level.checks.map((check) =>
      scoreCheck(
        check,
        level.ordinal,
        subject,
        { track: track.name, options },
        exemptions.find((e) => e.track === track.name && e.check === check.id),
      ),
    );
    reached = reached && !checks.some((c) => BLOCKING_STATES.has(c.state));
    levels.push({ ordinal: level.ordinal, name: level.name, required: level.required, achieved: reached, checks });
  }
  const level = levels.filter((l) => l.achieved).length;
  const next = levels[level]?.checks.find((c) => BLOCKING_STATES.has(c.state));
  return { track: track.name, title: track.title, level, levels, ...(next ? { next } : {}) };
}

const STATE_OF: Record<Outcome, (check: Check) => ResultState> = {
  true: () => 'passed',
  false: (check) => (check.severity === 'warning' ? 'warning' : 'failed'),
  unknown: () => 'not-reported',
  error: () => 'error',
};

function scoreCheck(
  check: Check,
  level: number,
  subject: ScoringSubject,
  on: { track: string; options: ScoreOptions },
  exemption: Exemption | undefined,
): CheckResult {
  const base = {
    check: check.id,
    title: check.title,
    level,
    severity: check.severity,
    ...(check.hint ? { hint: check.hint } : {}),
  };
  if (check.applies && !appliesTo(check.applies, subject))
    return { ...base, state: 'not-applicable', evidence: 'does not apply to this entity' };
  const key = checkKey(subject.ref, on.track, check.id);
  const refused = on.options.refuseAll ?? on.options.refused?.get(key);
  on.options.progress?.(key, BUDGETS.checkMs);
  const { outcome, evidence } =
    refused === undefined
      ? evaluateCondition(check.rule, subject, on.options.now)
      : { outcome: 'error' as const, evidence: refused };
  if (exemption && outcome !== 'true') {
    const { justification, author, expires } = exemption;
    return {
      ...base,
      state: 'exempt',
      evidence: `exempt until ${expires} (granted by ${author}: ${justification}); ${evidence}`,
      exemption: { justification, author, expires },
    };
  }
  return { ...base, state: STATE_OF[outcome](check), evidence };
}

/** Every field given must match; within a field, any of its values. Kinds and refs compare without case. */
export function appliesTo(filter: EntityFilter, subject: ScoringSubject): boolean {
  const { entity } = subject;
  const spec = isRecord(entity.spec) ? entity.spec : {};
  const among = (
    values: string[] | undefined,
    actual: unknown,
    norm: (v: unknown) => string | undefined = (v) => (typeof v === 'string' ? v.toLowerCase() : undefined),
  ) => !values || (actual !== undefined && values.some((v) => norm(v) === norm(actual)));
  return (
    among(filter.kind, entity.kind) &&
    among(filter.type, spec.type) &&
    among(filter.lifecycle, spec.lifecycle) &&
    among(filter.system, spec.system, (v) => refFrom(entity, v, 'system')) &&
    among(filter.owner, spec.owner, (v) => refFrom(entity, v, 'group')) &&
    (!filter.tags || (entity.metadata.tags ?? []).some((t) => filter.tags!.includes(t)))
  );
}

/** The files the tracks need read for this subject (contents and values), before scoring. */
export function filesNeeded(tracks: readonly Track[], subject: Pick<ScoringSubject, 'folder' | 'files'>): string[] {
  const paths = new Set<string>(CODEOWNERS_PATHS.filter((p) => subject.files.paths.includes(p)));
  for (const track of tracks)
    for (const level of track.levels)
      for (const check of level.checks) for (const path of filesToRead(check.rule, subject)) paths.add(path);
  return [...paths];
}
