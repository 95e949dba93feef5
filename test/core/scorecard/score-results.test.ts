/**
 * The results files: each entity's level per track with the track's title and level names (what the
 * catalog's entity pages show without reading the tracks), written deterministically, read back
 * against the schema, and gathered by entity.
 */
import { describe, expect, it } from 'vitest';
import {
  parseRepositoryScores,
  repositoryScoresOf,
  repositoryScoresText,
  scoresByEntity,
  type RepositoryScores,
} from '../../../app/core/scorecard/score-results.ts';
import type { ScoredEntityInput } from '../../../app/core/scorecard/score-repository.ts';
import type { LevelResult } from '../../../app/core/scorecard/scorecard-model.ts';

const level = (ordinal: number, achieved: boolean): LevelResult => ({
  ordinal,
  name: `Level ${ordinal}`,
  required: false,
  achieved,
  checks: [],
});
const entity: ScoredEntityInput = {
  ref: 'component:default/svc',
  path: 'catalog-info.yaml',
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc' },
    spec: { owner: 'team-a' },
  },
};
const scoresAt = (reached: number) =>
  repositoryScoresOf(
    'acme/svc',
    [
      {
        ref: 'component:default/svc',
        tracks: [
          { track: 't', title: 'Tested', level: reached, levels: [level(1, reached >= 1), level(2, reached >= 2)] },
        ],
      },
    ],
    [entity],
  );

describe('the results file', () => {
  it("holds each track's title, level count and the reached level's name", () => {
    expect(scoresAt(1).entities[0]!.tracks).toEqual([
      { track: 't', title: 'Tested', level: 1, levels: 2, levelName: 'Level 1' },
    ]);
    expect(scoresAt(0).entities[0]!.tracks[0]!.levelName).toBeNull();
  });

  it('is the same bytes for the same levels, and reads back as written', () => {
    const text = repositoryScoresText(scoresAt(2));
    expect(repositoryScoresText(scoresAt(2))).toBe(text);
    expect(text).toBe(
      '{"repository":"acme/svc","entities":[\n{"ref":"component:default/svc","title":"svc","owner":"group:default/team-a","system":null,"tracks":[{"track":"t","title":"Tested","level":2,"levels":2,"levelName":"Level 2"}]}\n]}\n',
    );
    expect(parseRepositoryScores(text)).toEqual(scoresAt(2));
  });

  it('is refused without the track titles and level names (a file of an earlier version is written again)', () => {
    expect(
      parseRepositoryScores(
        '{"repository":"acme/svc","entities":[{"ref":"component:default/svc","title":"svc","owner":null,"system":null,"tracks":[{"track":"t","level":1}]}]}',
      ),
    ).toBeUndefined();
  });
});

describe('scores by entity', () => {
  it('gathers every file by lowercased ref; an entity in two files takes the first repository by name', () => {
    const of = (repository: string, level: number): RepositoryScores => ({ ...scoresAt(level), repository });
    const scores = scoresByEntity([of('acme/svc-new', 2), of('acme/svc', 1)]);
    expect([...scores.keys()]).toEqual(['component:default/svc']);
    expect(scores.get('component:default/svc')![0]!.level).toBe(1);
  });
});
