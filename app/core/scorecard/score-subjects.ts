/**
 * The scoring itself, as data in and scores out: pure and synchronous, in whichever thread runs it
 * (the content work's, app/core/content-work.ts).
 */
import { scoreEntity, type ScoreOptions } from './score-entity.ts';
import type { EntityScore, Exemption, Track } from './scorecard-model.ts';
import type { ScoringSubject } from './scoring-subject.ts';

/** Entities to score, with everything they are scored on as data: it crosses to a worker as it is. */
export interface ScoringRequest {
  subjects: readonly Omit<ScoringSubject, 'files'>[];
  /** The repository's files: every path, and the texts the checks need. */
  files: { paths: readonly string[]; texts: ReadonlyMap<string, string> };
  tracks: readonly Track[];
  exemptions?: readonly Exemption[];
  now: Date;
}

/** The scoring itself: pure and synchronous, in whichever thread runs it. Entities no track applies to are left out. */
export function scoreSubjects(
  request: ScoringRequest,
  hooks: Pick<ScoreOptions, 'progress' | 'refused' | 'refuseAll'> = {},
): EntityScore[] {
  const { texts, paths } = request.files;
  const files = { paths, text: (path: string) => texts.get(path) };
  const options: ScoreOptions = {
    now: request.now,
    ...(request.exemptions ? { exemptions: request.exemptions } : {}),
    ...hooks,
  };
  return request.subjects
    .map((s) => scoreEntity({ ...s, files }, request.tracks, options))
    .filter((s) => s.tracks.length > 0);
}
