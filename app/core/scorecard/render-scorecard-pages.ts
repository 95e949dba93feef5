/**
 * The catalog repository's scorecard pages, from every repository's results:
 *
 * - `scorecards/README.md`: per track, how many entities are at each level, and the same by team
 *   (owner) and by system: "how many have adopted practice Z, who is at which level";
 * - `scorecards/<track>.md`: every entity with its level, owner and system, lowest level first
 *   (what to work on);
 * - `scorecards/history.csv`: the counts per track and level, one set of rows per day, kept in git
 *   (today's rows replaced, earlier days kept), so the counts over time are the file's history and
 *   its content at once.
 *
 * Deterministic: the same results give the same bytes.
 */
import { entityPagePath, pathSegment } from '../catalog/render/catalog-paths.ts';
import { document, pageLink, table, text } from '../markdown/markdown-text.ts';
import { byText } from '../sort.ts';
import type { EntityLevels, RepositoryScores } from './score-results.ts';
import type { Track } from './scorecard-model.ts';

export const SCORECARDS_PAGES = 'scorecards';
export const HISTORY_PATH = `${SCORECARDS_PAGES}/history.csv`;
const HISTORY_HEADER = 'date,track,level,entities';

export const trackPagePath = (track: string): string => `${SCORECARDS_PAGES}/${pathSegment(track)}.md`;

interface Placed {
  entity: EntityLevels;
  level: number;
}

/** The pages, by path relative to the catalog folder. `history` is the history file as it is now. */
export function scorecardPages(
  tracks: readonly Track[],
  results: readonly RepositoryScores[],
  today: string,
  history: string | undefined,
): Map<string, string> {
  const entities = results.flatMap((r) => r.entities).sort((a, b) => byText(a.ref, b.ref));
  const placed = new Map(
    tracks.map((t) => [
      t.name,
      entities.flatMap((e): Placed[] =>
        e.tracks
          .filter((s) => s.track === t.name)
          .map((s) => ({ entity: e, level: Math.min(s.level, t.levels.length) })),
      ),
    ]),
  );
  const pages = new Map<string, string>();
  pages.set(`${SCORECARDS_PAGES}/README.md`, overview(tracks, placed));
  for (const track of tracks) pages.set(trackPagePath(track.name), trackPage(track, placed.get(track.name)!));
  pages.set(HISTORY_PATH, historyWith(history, today, tracks, placed));
  return pages;
}

const levelNames = (track: Track) => ['none', ...track.levels.map((l) => l.name)];
const countsOf = (track: Track, placed: readonly Placed[]) =>
  levelNames(track).map((_n, level) => placed.filter((p) => p.level === level).length);
const percent = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '—');
const who = (ref: string | null) => (ref ? text(ref.replace(/^[^:]+:default\//, '')) : '—');

function overview(tracks: readonly Track[], placed: Map<string, Placed[]>): string {
  const blocks: string[][] = [
    ['# Scorecards'],
    [
      `${tracks.length} tracks. Each entity's level is the highest level whose checks, and those of every level below, pass.`,
    ],
  ];
  for (const track of tracks) {
    const all = placed.get(track.name)!;
    const counts = countsOf(track, all);
    blocks.push([`## ${pageLink(text(track.title), `${pathSegment(track.name)}.md`)}`]);
    if (track.description) blocks.push([text(track.description)]);
    blocks.push(
      table(
        ['level', 'entities', 'share'],
        levelNames(track).map((name, level) => [
          `${level}. ${text(name)}`,
          String(counts[level]),
          percent(counts[level]!, all.length),
        ]),
        ['left', 'right', 'right'],
      ),
    );
    blocks.push(
      ...grouped('By team', track, all, (p) => p.entity.owner),
      ...grouped('By system', track, all, (p) => p.entity.system),
    );
  }
  return document(blocks);
}

function grouped(heading: string, track: Track, all: readonly Placed[], key: (p: Placed) => string | null): string[][] {
  const groups = new Map<string, Placed[]>();
  for (const p of all) {
    const k = key(p);
    if (k) groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  if (!groups.size) return [];
  const headers = [heading.replace('By ', ''), 'entities', ...levelNames(track).map((n, i) => `${i}. ${text(n)}`)];
  const rows = [...groups.keys()]
    .sort(byText)
    .map((k) => [who(k), String(groups.get(k)!.length), ...countsOf(track, groups.get(k)!).map(String)]);
  return [
    [`### ${heading}`],
    table(
      headers,
      rows,
      headers.map((_h, i) => (i ? 'right' : 'left')),
    ),
  ];
}

function trackPage(track: Track, all: readonly Placed[]): string {
  const names = levelNames(track);
  const sorted = [...all].sort((a, b) => a.level - b.level || byText(a.entity.ref, b.entity.ref));
  return document([
    [`# ${text(track.title)}`],
    track.description ? [text(track.description)] : [],
    [
      'Levels: ' +
        track.levels.map((l) => `${l.ordinal}. ${text(l.name)}${l.required ? ' (required)' : ''}`).join(', ') +
        '.',
    ],
    table(
      ['entity', 'level', 'owner', 'system'],
      sorted.map((p) => [
        pageLink(text(p.entity.title), `../${entityPagePath(p.entity.ref)}`),
        `${p.level}. ${text(names[p.level])}`,
        who(p.entity.owner),
        who(p.entity.system),
      ]),
    ),
  ]);
}

function historyWith(
  history: string | undefined,
  today: string,
  tracks: readonly Track[],
  placed: Map<string, Placed[]>,
): string {
  const kept = (history ?? '')
    .split('\n')
    .filter((line) => /^\d{4}-\d{2}-\d{2},/.test(line) && !line.startsWith(`${today},`));
  const rows = tracks.flatMap((t) =>
    countsOf(t, placed.get(t.name)!).map((n, level) => `${today},${t.name},${level},${n}`),
  );
  return [HISTORY_HEADER, ...[...kept, ...rows].sort()].join('\n') + '\n';
}
