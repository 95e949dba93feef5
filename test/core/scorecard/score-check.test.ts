/**
 * The scorecard check's verdict on a change: a lost level is a neutral look-here, a lost level the
 * track marks required fails, a gain or no change succeeds; the summary says base and head levels.
 */
import { describe, expect, it } from 'vitest';
import { renderScoreCheck, trackChanges } from '../../../app/core/scorecard/render-score-check.ts';
import type { EntityScore, LevelResult } from '../../../app/core/scorecard/scorecard-model.ts';

const level = (ordinal: number, achieved: boolean, required = false): LevelResult => ({
  ordinal,
  name: `Level ${ordinal}`,
  required,
  achieved,
  checks: [
    {
      check: `c${ordinal}`,
      title: `Check ${ordinal}`,
      level: ordinal,
      severity: 'error',
      state: achieved ? 'passed' : 'failed',
      evidence: achieved ? 'fine' : 'no file matches X',
      hint: 'Add X.',
    },
  ],
});
const scored = (reached: number, required = false): EntityScore[] => [
  {
    ref: 'component:default/svc',
    tracks: [
      {
        track: 't',
        title: 'Tested',
        level: reached,
        levels: [level(1, reached >= 1, required), level(2, reached >= 2)],
        ...(reached < 2 ? { next: level(reached + 1, false).checks[0]! } : {}),
      },
    ],
  },
];

describe('the scorecard check', () => {
  it('is neutral when the change loses a level the track does not require, and says which', () => {
    const check = renderScoreCheck(trackChanges(scored(0), scored(2)), true);
    expect(check).toMatchObject({ conclusion: 'neutral', title: 'Loses Tested level 2 (component svc)' });
    expect(check.summary).toContain('| component svc | Tested | 2 | 0 of 2 ⬇ | Check 1: Add X. |');
    expect(check.text).toContain('- ✖ Check 1 — *failed*: no file matches X. Add X.');
  });

  it('fails when the change loses a required level', () => {
    const check = renderScoreCheck(trackChanges(scored(0, true), scored(1, true)), true);
    expect(check.conclusion).toBe('failure');
    expect(check.summary).toContain('**component svc loses the required level "Level 1" of Tested.**');
  });

  it('succeeds on a gain, and on a commit scored without a base', () => {
    expect(renderScoreCheck(trackChanges(scored(2), scored(1)), true)).toMatchObject({
      conclusion: 'success',
      title: 'Gains Tested level 2 (component svc)',
    });
    expect(renderScoreCheck(trackChanges(scored(2)), false)).toMatchObject({
      conclusion: 'success',
      title: 'Tested: level 2 of 2 (Level 2) (component svc)',
    });
  });
});
