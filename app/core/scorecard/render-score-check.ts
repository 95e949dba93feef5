/**
 * The "Callboard / scorecard" check run: for each entity and track, the level at the head commit
 * and, on a pull request, at its base — what the change gains or loses — and the next thing to fix.
 * It fails only when the change loses a level its track marks required; a lost level that is not
 * required is neutral, a look-here signal that blocks nothing.
 */
import type { CheckConclusion } from '../check-conclusion.ts';
import { text } from '../markdown/markdown-text.ts';
import { levelText, STATE_MARK, STATE_WORDS } from './render-score.ts';
import type { EntityScore, TrackResult } from './scorecard-model.ts';

export const SCORECARD_CHECK = 'Callboard / scorecard';

export interface TrackChange {
  ref: string;
  track: TrackResult;
  /** The level at the base, when a base was scored (a track new to the entity has none). */
  before?: number;
  /** The required level the change loses, if any. */
  lostRequired?: string;
}

export function trackChanges(head: readonly EntityScore[], base?: readonly EntityScore[]): TrackChange[] {
  return head.flatMap((score) =>
    score.tracks.map((track) => {
      const before = base?.find((s) => s.ref === score.ref)?.tracks.find((t) => t.track === track.track)?.level;
      const lost =
        before !== undefined && before > track.level
          ? track.levels.slice(track.level, before).find((l) => l.required)
          : undefined;
      return {
        ref: score.ref,
        track,
        ...(before !== undefined ? { before } : {}),
        ...(lost ? { lostRequired: lost.name } : {}),
      };
    }),
  );
}

export interface ScoreCheck {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text: string;
}

const short = (ref: string) => ref.replace(/:default\//, ' ').replace(':', ' ');

export function renderScoreCheck(changes: readonly TrackChange[], comparedWithBase: boolean): ScoreCheck {
  const lost = changes.filter((c) => c.before !== undefined && c.before > c.track.level);
  const gained = changes.filter((c) => c.before !== undefined && c.before < c.track.level);
  const conclusion: CheckConclusion = changes.some((c) => c.lostRequired)
    ? 'failure'
    : lost.length
      ? 'neutral'
      : 'success';
  const title = lost.length
    ? `Loses ${lost.map((c) => `${c.track.title} level ${c.before} (${short(c.ref)})`).join(', ')}`
    : gained.length
      ? `Gains ${gained.map((c) => `${c.track.title} level ${c.track.level} (${short(c.ref)})`).join(', ')}`
      : changes.length === 1
        ? `${changes[0]!.track.title}: ${levelText(changes[0]!.track)} (${short(changes[0]!.ref)})`
        : `${new Set(changes.map((c) => c.ref)).size} entities on ${new Set(changes.map((c) => c.track.track)).size} tracks${comparedWithBase ? '; no level changes' : ''}`;
  const header = comparedWithBase
    ? '| entity | track | base | this change | next to fix |\n|---|---|---|---|---|'
    : '| entity | track | level | next to fix |\n|---|---|---|---|';
  const rows = changes.map((c) => {
    const now = `${c.track.level} of ${c.track.levels.length}${c.track.level ? ` (${text(c.track.levels[c.track.level - 1]!.name)})` : ''}`;
    const next = c.track.next
      ? `${text(c.track.next.title)}${c.track.next.hint ? `: ${text(c.track.next.hint)}` : ''}`
      : '—';
    const change = c.before === undefined ? '' : c.before > c.track.level ? ' ⬇' : c.before < c.track.level ? ' ⬆' : '';
    return comparedWithBase
      ? `| ${short(c.ref)} | ${text(c.track.title)} | ${c.before ?? '—'} | ${now}${change} | ${next} |`
      : `| ${short(c.ref)} | ${text(c.track.title)} | ${now} | ${next} |`;
  });
  const required = changes
    .filter((c) => c.lostRequired)
    .map((c) => `**${short(c.ref)} loses the required level "${text(c.lostRequired!)}" of ${text(c.track.title)}.**`);
  return {
    conclusion,
    title,
    summary: [...required, ...(required.length ? [''] : []), header, ...rows].join('\n'),
    text: details(changes),
  };
}

function details(changes: readonly TrackChange[]): string {
  return changes
    .map((c) => {
      const lines = [`### ${short(c.ref)}: ${text(c.track.title)}, ${levelText(c.track)}`, ''];
      for (const level of c.track.levels) {
        lines.push(
          `**${level.ordinal}. ${text(level.name)}**${level.required ? ' (required)' : ''} ${level.achieved ? '— reached' : ''}`,
          '',
        );
        for (const check of level.checks)
          lines.push(
            `- ${STATE_MARK[check.state]} ${text(check.title)} — *${STATE_WORDS[check.state]}*: ${text(check.evidence)}${check.state !== 'passed' && check.hint ? `. ${text(check.hint)}` : ''}`,
          );
        lines.push('');
      }
      return lines.join('\n');
    })
    .join('\n');
}
