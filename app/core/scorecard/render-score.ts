/**
 * Scores as people read them in a terminal: per entity and track, the level reached, every check
 * with its state and the evidence that decided it, and the next thing to fix.
 */
import { trackLevelOf, type TrackLevel } from './score-results.ts';
import type { CheckResult, EntityScore, ResultState, TrackResult } from './scorecard-model.ts';

export const STATE_MARK: Record<ResultState, string> = {
  passed: '✔',
  failed: '✖',
  warning: '⚠',
  'not-applicable': '–',
  'not-reported': '?',
  error: '!',
  exempt: '○',
};

export const STATE_WORDS: Record<ResultState, string> = {
  passed: 'passed',
  failed: 'failed',
  warning: 'warning',
  'not-applicable': 'not applicable',
  'not-reported': 'not reported',
  error: 'error',
  exempt: 'exempt',
};

/** "level 2 of 2 (Tests passed on CI)", or "no level of 2". */
export const trackLevelText = (t: TrackLevel): string =>
  t.levelName === null ? `no level of ${t.levels}` : `level ${t.level} of ${t.levels} (${t.levelName})`;

export const levelText = (t: TrackResult): string => trackLevelText(trackLevelOf(t));

export function renderScoreText(scores: readonly EntityScore[]): string {
  if (!scores.length) return 'No track applies to any entity here.\n';
  const lines: string[] = [];
  for (const score of scores) {
    lines.push(score.ref);
    for (const track of score.tracks) {
      lines.push(`  ${track.title}: ${levelText(track)}`);
      for (const level of track.levels) {
        lines.push(
          `    ${level.achieved ? '●' : '○'} ${level.ordinal}. ${level.name}${level.required ? ' (required)' : ''}`,
        );
        for (const check of level.checks) lines.push(`      ${checkLine(check)}`);
      }
      if (track.next) lines.push(`    Next: ${track.next.title}${track.next.hint ? ` — ${track.next.hint}` : ''}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

const checkLine = (c: CheckResult) => `${STATE_MARK[c.state]} ${c.title} [${STATE_WORDS[c.state]}] ${c.evidence}`;
