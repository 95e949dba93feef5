/**
 * A repository's scores at its default branch, recorded in the catalog repository with the pages
 * that aggregate every repository's (scorecards/README.md, a page per track, history.csv), in one
 * compare-and-swap commit. The other repositories' results are read by blob id, so only those that
 * changed since the last recording are read again. Scores that did not move, on a day whose counts
 * are already in the history, commit nothing. A commit is followed by `after`: the catalog's entity
 * pages show the levels, so the app updates the catalog then.
 */
import { CONFIG_PATH, parseCatalogConfig } from '../core/catalog/catalog-config.ts';
import { HISTORY_PATH, scorecardPages } from '../core/scorecard/render-scorecard-pages.ts';
import { repositoryScoresText, resultsPath, type RepositoryScores } from '../core/scorecard/score-results.ts';
import type { Track } from '../core/scorecard/scorecard-model.ts';
import type { FileChange, Forge, RepositoryId } from '../forge/types.ts';
import { createRecentlyUsed } from './recently-used.ts';
import { readResultsFiles, resultsOf, type ResultsFiles } from './score-results-reader.ts';

/**
 * Records one repository's scores (a push), or many at once (a full scoring run: one commit, not one
 * per repository). The installation is not the recorder's business: it is handed to `after`.
 */
export type ScoreRecorder = (
  forge: Forge,
  scored: readonly RepositoryScores[],
  tracks: readonly Track[],
  now: Date,
  installationId: number,
) => Promise<void>;

/** Scores that landed in the organisation's catalog repository, in the commit `commit`. */
export interface RecordedScores {
  installationId: number;
  organization: string;
  commit: string;
}

export function createScoreRecorder(
  catalogRepository: string,
  capacity = 4,
  after?: (recorded: RecordedScores) => Promise<void>,
): ScoreRecorder {
  // Per organisation: every repository's results file, by blob id.
  const kept = createRecentlyUsed<ResultsFiles>(capacity);
  return async (forge, scored, tracks, now, installationId) => {
    if (!scored.length) return;
    const organization = scored[0]!.repository.split('/')[0]!;
    const catalog: RepositoryId = { owner: organization, name: catalogRepository };
    const [target] = await forge.getRepositories([catalog]);
    if (!target) return;
    const result = await forge.commitFiles({
      repository: catalog,
      branch: target.defaultBranch,
      message:
        scored.length === 1
          ? `Scorecards: ${scored[0]!.repository}`
          : `Scorecards: ${scored.length} repositories scored`,
      changes: async (head) => {
        const [config] = await forge.readFiles([{ repository: catalog, path: CONFIG_PATH, ref: head.sha }]);
        const { folder } = parseCatalogConfig(config?.text).config;
        const mine = new Map(scored.map((r) => [resultsPath(folder, r.repository), r]));
        const others = await readResultsFiles(
          forge,
          catalog,
          head.sha,
          folder,
          kept.get(organization.toLowerCase()) ?? new Map(),
          mine,
        );
        kept.set(organization.toLowerCase(), others);
        const [history] = await forge.readFiles([
          { repository: catalog, path: `${folder}/${HISTORY_PATH}`, ref: head.sha },
        ]);
        const results = [...resultsOf(others), ...scored];
        const pages = scorecardPages(tracks, results, now.toISOString().slice(0, 10), history?.text);
        const changes: FileChange[] = [
          ...[...mine].map(([path, r]) => ({ path, content: repositoryScoresText(r) })),
          ...[...pages].map(([path, content]) => ({ path: `${folder}/${path}`, content })),
        ];
        return changes;
      },
    });
    if (result.outcome !== 'unchanged') await after?.({ installationId, organization, commit: result.sha });
  };
}
