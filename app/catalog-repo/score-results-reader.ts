/**
 * Every repository's scorecard results as the catalog repository holds them at a commit
 * (`<folder>/scorecards/results/`), read by blob id: a file whose blob is already known is not read
 * again. The recorder reads them to count every repository on the scorecard pages; the catalog job
 * to show each entity's levels on its page.
 */
import type { CatalogScores } from '../core/catalog/render/catalog-view.ts';
import {
  parseRepositoryScores,
  RESULTS_FOLDER,
  scoresByEntity,
  type RepositoryScores,
} from '../core/scorecard/score-results.ts';
import type { Forge, RepositoryId } from '../forge/types.ts';
import { readByBlob, type BlobKnown } from './read-by-blob.ts';
import { createRecentlyUsed } from './recently-used.ts';

/** Results files by path, with their blob ids; a file that is not a results file has no value. */
export type ResultsFiles = Map<string, BlobKnown<RepositoryScores | undefined>>;

/** The results files at a commit, but those in `skip`; `known` are those read before. */
export async function readResultsFiles(
  forge: Forge,
  catalog: RepositoryId,
  commit: string,
  folder: string,
  known: ReadonlyMap<string, BlobKnown<RepositoryScores | undefined>>,
  skip: { has(path: string): boolean } = new Set(),
): Promise<ResultsFiles> {
  const listing = await forge.listFiles(catalog, commit, `${folder}/${RESULTS_FOLDER}`);
  if (!listing) return new Map();
  const paths = listing.paths.filter((p) => p.endsWith('.json') && !skip.has(p));
  return readByBlob(forge, catalog, commit, listing, paths, known, (_path, text) => parseRepositoryScores(text));
}

/** The results the files hold, those that are not results files left out. */
export const resultsOf = (files: ResultsFiles): RepositoryScores[] =>
  [...files.values()].flatMap((f) => (f.value ? [f.value] : []));

export interface ScoreResultsReader {
  /** Each entity's levels, from the results at a commit of the catalog repository. */
  read(forge: Forge, catalog: RepositoryId, commit: string, folder: string): Promise<CatalogScores>;
  /** A commit that touched no results file (the catalog job's own): what was read at `from` holds at `to`. */
  carry(catalog: RepositoryId, from: string, to: string): void;
}

/**
 * The catalog job's reader: per catalog repository, the files are kept with the commit they were
 * listed at. At that commit (the job's last build, carried to the commit it made) nothing is asked
 * of the forge; at another, the folder is listed and only the files whose blob changed are read.
 */
export function createScoreResultsReader(capacity = 4): ScoreResultsReader {
  const kept = createRecentlyUsed<{ commit: string; folder: string; files: ResultsFiles; scores: CatalogScores }>(
    capacity,
  );
  const keyOf = (catalog: RepositoryId) => `${catalog.owner}/${catalog.name}`.toLowerCase();
  return {
    async read(forge, catalog, commit, folder) {
      const last = kept.get(keyOf(catalog));
      if (last?.commit === commit && last.folder === folder) return last.scores;
      const files = await readResultsFiles(forge, catalog, commit, folder, last?.files ?? new Map());
      const scores = scoresByEntity(resultsOf(files));
      kept.set(keyOf(catalog), { commit, folder, files, scores });
      return scores;
    },
    carry(catalog, from, to) {
      const last = kept.get(keyOf(catalog));
      if (last?.commit === from) kept.set(keyOf(catalog), { ...last, commit: to });
    },
  };
}
