/**
 * Scoring a repository held in memory (its files, and the entities its descriptors define) with
 * the starter tracks, or with a one-check track written for the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { inThisThread } from '../../app/core/content-work.ts';
import type { Entity } from '../../app/core/model/entity.ts';
import { parseScorecards } from '../../app/core/scorecard/parse-scorecards.ts';
import { scoreRepository, type RepositoryScoring } from '../../app/core/scorecard/score-repository.ts';
import type { CheckResult, EntityScore } from '../../app/core/scorecard/scorecard-model.ts';

const STARTERS = join(import.meta.dirname, '..', '..', 'templates', 'scorecards');
export const starters = parseScorecards(
  readdirSync(STARTERS).map((n) => ({ path: n, text: readFileSync(join(STARTERS, n), 'utf8') })),
  '2026-11-24',
);
export const NOW = new Date('2026-11-24T12:00:00Z');

/** Scores every `catalog-info.yaml` of the files (path → text) with the starter tracks, unless told otherwise. */
export function scoreFiles(
  files: Record<string, string>,
  extra: Partial<RepositoryScoring> = {},
): Promise<EntityScore[]> {
  const entities = Object.entries(files)
    .filter(([path]) => path.endsWith('catalog-info.yaml'))
    .map(([path, text]) => {
      const entity = parseYaml(text) as Entity;
      return { ref: `${entity.kind}:default/${entity.metadata.name}`, path, entity };
    });
  return scoreRepository({
    work: inThisThread,
    entities,
    paths: Object.keys(files).sort(),
    read: async (paths) => new Map(paths.filter((p) => p in files).map((p) => [p, files[p]!])),
    tracks: starters.tracks,
    now: NOW,
    ...extra,
  });
}

/** A track of one check whose rule is the given YAML flow text. */
export const ruleTrack = (rule: string) =>
  parseScorecards(
    [
      {
        path: 't.yaml',
        text: `apiVersion: callboard.dev/v1\nkind: Track\nmetadata: { name: t }\nspec:\n  levels:\n    - checks:\n        - id: c\n          title: C\n          rule: ${rule}\n`,
      },
    ],
    '2026-11-24',
  ).tracks;

/** The result of that one check on the first entity of the files. */
export async function judge(
  rule: string,
  files: Record<string, string>,
  extra: Partial<RepositoryScoring> = {},
): Promise<CheckResult> {
  const tracks = ruleTrack(rule);
  expect(tracks).toHaveLength(1);
  const [score] = await scoreFiles(files, { tracks, ...extra });
  return score!.tracks[0]!.levels[0]!.checks[0]!;
}
