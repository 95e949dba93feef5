/**
 * The organisation's scorecards, as the catalog repository's `scorecards/` folder holds them at its
 * head: listed and read again only when the head moved (catalog-head-cache), parsed once per head.
 */
import { parseScorecards, type ScorecardFile, type Scorecards } from '../core/scorecard/parse-scorecards.ts';
import type { Forge, RepositoryId } from '../forge/types.ts';
import { createCatalogHeadCache } from './catalog-head-cache.ts';

export const SCORECARDS_FOLDER = 'scorecards';

export type ScorecardsReader = (forge: Forge, organization: string) => Promise<Scorecards>;

export function createScorecardsReader(
  catalogRepository: string,
  capacity = 4,
  now: () => Date = () => new Date(),
): ScorecardsReader {
  return createCatalogHeadCache<Scorecards>(catalogRepository, capacity, async (forge, repository, head) =>
    parseScorecards(head ? await readScorecardFiles(forge, repository, head) : [], now().toISOString().slice(0, 10)),
  );
}

/** The scorecard files (`scorecards/*.yaml`) of the catalog repository at a commit. */
export async function readScorecardFiles(
  forge: Forge,
  repository: RepositoryId,
  ref: string,
): Promise<ScorecardFile[]> {
  const listing = await forge.listFiles(repository, ref, SCORECARDS_FOLDER);
  const paths = (listing?.paths ?? []).filter((p) => /^scorecards\/[^/]+\.ya?ml$/.test(p));
  const files = paths.length ? await forge.readFiles(paths.map((path) => ({ repository, path, ref }))) : [];
  return files.flatMap((f) => (f.text === undefined ? [] : [{ path: f.path, text: f.text }]));
}
