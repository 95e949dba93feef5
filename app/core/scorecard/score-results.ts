/**
 * A repository's scores at its default branch, as the catalog repository keeps them
 * (`<catalog folder>/scorecards/results/<owner>/<repo>.json`): each entity's level on each track it
 * is scored on, with the owner and system to aggregate by. One small file per repository, so a
 * repository scored again rewrites one file, and only when a level moved (no commit or time in it:
 * scoring the same levels again writes nothing). Read back as untrusted data (checked against a schema).
 */
import type { SchemaObject } from 'ajv';
import { isRecord } from '../model/entity.ts';
import { refFrom } from '../model/entity-ref.ts';
import { byText } from '../sort.ts';
import { createSchemaCompiler } from '../validation/schema-compiler.ts';
import type { ScoredEntityInput } from './score-repository.ts';
import { BLOCKING_STATES, type EntityScore, type TrackResult } from './scorecard-model.ts';

/**
 * An entity's level on one track, with the track's title and level names as they were when it was
 * scored: what a page needs to show it without reading the tracks (the catalog's entity pages).
 */
export interface TrackLevel {
  track: string;
  title: string;
  /** The highest level reached, 0 for none. */
  level: number;
  /** How many levels the track has. */
  levels: number;
  /** The reached level's name; null for none. */
  levelName: string | null;
  /** The checks that keep a level out of reach (failed, not reported, error), by id; absent when none. */
  failing?: string[];
}

export interface EntityLevels {
  ref: string;
  title: string;
  owner: string | null;
  system: string | null;
  tracks: TrackLevel[];
}

export interface RepositoryScores {
  repository: string;
  entities: EntityLevels[];
}

export const RESULTS_FOLDER = 'scorecards/results';

export const resultsPath = (catalogFolder: string, repository: string): string =>
  `${catalogFolder}/${RESULTS_FOLDER}/${repository.toLowerCase()}.json`;

export function repositoryScoresOf(
  repository: string,
  scores: readonly EntityScore[],
  entities: readonly ScoredEntityInput[],
): RepositoryScores {
  return {
    repository,
    entities: scores.map((score) => {
      const { entity } = entities.find((e) => e.ref.toLowerCase() === score.ref)!;
      const spec = isRecord(entity.spec) ? entity.spec : {};
      return {
        ref: score.ref,
        title: typeof entity.metadata.title === 'string' ? entity.metadata.title : entity.metadata.name,
        owner: refFrom(entity, spec.owner, 'group') ?? null,
        system: refFrom(entity, spec.system, 'system') ?? null,
        tracks: score.tracks.map(trackLevelOf),
      };
    }),
  };
}

/** Its keys in a fixed order: the results file is written as JSON, and the same level must give the same bytes. */
export const trackLevelOf = (t: TrackResult): TrackLevel => ({
  track: t.track,
  title: t.title,
  level: t.level,
  levels: t.levels.length,
  levelName: t.levels[t.level - 1]?.name ?? null,
  ...failingOf(t),
});

const failingOf = (t: TrackResult) => {
  const failing = t.levels.flatMap((l) => l.checks.filter((c) => BLOCKING_STATES.has(c.state)).map((c) => c.check));
  return failing.length ? { failing: [...new Set(failing)].sort(byText) } : {};
};

/**
 * Each entity's levels (by lowercased ref), from every repository's results. An entity found in two
 * files (it moved, and the old repository's file is still there) takes the first repository's by name,
 * so the same files always give the same answer.
 */
export function scoresByEntity(results: Iterable<RepositoryScores>): Map<string, TrackLevel[]> {
  const scores = new Map<string, TrackLevel[]>();
  for (const r of [...results].sort((a, b) => byText(a.repository, b.repository))) {
    for (const e of r.entities) if (!scores.has(e.ref.toLowerCase())) scores.set(e.ref.toLowerCase(), e.tracks);
  }
  return scores;
}

/** Every recorded failing check, as `ref\0track\0check` (ref lowercased): what a migration's `failing` target asks. */
export function failingChecks(results: Iterable<RepositoryScores>): string[] {
  const keys = new Set<string>();
  for (const r of results)
    for (const e of r.entities)
      for (const t of e.tracks)
        for (const check of t.failing ?? []) keys.add(`${e.ref.toLowerCase()}\0${t.track}\0${check}`);
  return [...keys];
}

const nullableString = { anyOf: [{ type: 'string', maxLength: 300 }, { type: 'null' }] };
const TRACK_LEVEL: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['track', 'title', 'level', 'levels', 'levelName'],
  properties: {
    track: { type: 'string', maxLength: 100 },
    title: { type: 'string', maxLength: 300 },
    level: { type: 'integer', minimum: 0, maximum: 100 },
    levels: { type: 'integer', minimum: 0, maximum: 100 },
    levelName: nullableString,
    failing: { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 100 } },
  },
};
const SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['repository', 'entities'],
  properties: {
    repository: { type: 'string', maxLength: 300 },
    entities: {
      type: 'array',
      maxItems: 10_000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ref', 'title', 'owner', 'system', 'tracks'],
        properties: {
          ref: { type: 'string', maxLength: 300 },
          title: { type: 'string', maxLength: 300 },
          owner: nullableString,
          system: nullableString,
          tracks: { type: 'array', maxItems: 200, items: TRACK_LEVEL },
        },
      },
    },
  },
};

let check: ((data: unknown) => readonly unknown[]) | undefined;

/** A results file read back; undefined (to be written again) when it is not one. */
export function parseRepositoryScores(text: string): RepositoryScores | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  check ??= createSchemaCompiler().compile(SCHEMA);
  return check(value).length ? undefined : (value as RepositoryScores);
}

/** Written as JSON with one entity per line: a changed level is a one-line diff. */
export function repositoryScoresText(scores: RepositoryScores): string {
  return `{"repository":${JSON.stringify(scores.repository)},"entities":[\n${scores.entities.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}
