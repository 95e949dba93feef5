/**
 * A repository's scores at its default branch, recorded in the catalog repository with the pages
 * that aggregate every repository's (scorecards/README.md, a page per track, history.csv), in one
 * compare-and-swap commit. The other repositories' results come from the catalog repository's
 * snapshot, read by blob id, so only those that changed since the last read are read again. Scores
 * that did not move, on a day whose counts are already in the history, commit nothing. A commit is
 * followed by `after` (the catalog's entity pages show the levels: the app updates the catalog then).
 */
import {
  configPart,
  indexPart,
  resultsOf,
  resultsPart,
  scorecardsPart,
  statePart,
} from '../../catalog-repo/catalog-parts.ts';
import type { CatalogRepositories } from '../../catalog-repo/catalog-repositories.ts';
import { HISTORY_PATH, scorecardPages } from '../../core/scorecard/render-scorecard-pages.ts';
import { repositoryScoresText, resultsPath, type RepositoryScores } from '../../core/scorecard/score-results.ts';
import type { Track } from '../../core/scorecard/scorecard-model.ts';
import type { Forge } from '../../forge/types.ts';

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
  catalogRepositories: CatalogRepositories,
  after?: (recorded: RecordedScores) => Promise<void>,
): ScoreRecorder {
  return async (forge, scored, tracks, now, installationId) => {
    if (!scored.length) return;
    const organization = scored[0]!.repository.split('/')[0]!;
    const result = await catalogRepositories.write(forge, organization, {
      message:
        scored.length === 1
          ? `Scorecards: ${scored[0]!.repository}`
          : `Scorecards: ${scored.length} repositories scored`,
      // Results and the scorecard pages only.
      unchanged: [configPart, scorecardsPart, indexPart, statePart],
      changes: async (snapshot) => {
        const { folder } = (await snapshot.read(configPart)).config;
        const mine = new Map(scored.map((r) => [resultsPath(folder, r.repository), r]));
        const others = resultsOf((await snapshot.read(resultsPart)).files, mine);
        const [history] = await forge.readFiles([
          { repository: snapshot.repository, path: `${folder}/${HISTORY_PATH}`, ref: snapshot.commit! },
        ]);
        const pages = scorecardPages(tracks, [...others, ...scored], now.toISOString().slice(0, 10), history?.text);
        return [
          ...[...mine].map(([path, r]) => ({ path, content: repositoryScoresText(r) })),
          ...[...pages].map(([path, content]) => ({ path: `${folder}/${path}`, content })),
        ];
      },
    });
    if (!result) return;
    if (result.outcome !== 'unchanged') await after?.({ installationId, organization, commit: result.sha });
  };
}
