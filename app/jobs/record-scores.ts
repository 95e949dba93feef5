/**
 * A repository's scores at its default branch, recorded in the catalog repository with the pages
 * that aggregate every repository's (scorecards/README.md, a page per track, history.csv), in one
 * compare-and-swap commit. The other repositories' results are read by blob id, so only those that
 * changed since the last recording are read again. Scores that did not move, on a day whose counts
 * are already in the history, commit nothing.
 */
import { CONFIG_PATH, parseCatalogConfig } from '../core/catalog/catalog-config.ts';
import { HISTORY_PATH, scorecardPages } from '../core/scorecard/render-scorecard-pages.ts';
import { parseRepositoryScores, RESULTS_FOLDER, repositoryScoresText, resultsPath, type RepositoryScores } from '../core/scorecard/score-results.ts';
import type { Track } from '../core/scorecard/scorecard-model.ts';
import type { FileChange, Forge, RepositoryId } from '../forge/types.ts';
import { readByBlob, type BlobKnown } from './read-by-blob.ts';
import { createRecentlyUsed } from './recently-used.ts';

export type ScoreRecorder = (forge: Forge, scores: RepositoryScores, tracks: readonly Track[], now: Date) => Promise<void>;

export function createScoreRecorder(catalogRepository: string, capacity = 4): ScoreRecorder {
  // Per organisation: every repository's results file, by blob id.
  const kept = createRecentlyUsed<Map<string, BlobKnown<RepositoryScores | undefined>>>(capacity);
  return async (forge, scores, tracks, now) => {
    const organization = scores.repository.split('/')[0]!;
    const catalog: RepositoryId = { owner: organization, name: catalogRepository };
    const [target] = await forge.getRepositories([catalog]);
    if (!target) return;
    await forge.commitFiles({
      repository: catalog,
      branch: target.defaultBranch,
      message: `Scorecards: ${scores.repository}`,
      changes: async (head) => {
        const [config] = await forge.readFiles([{ repository: catalog, path: CONFIG_PATH, ref: head.sha }]);
        const { folder } = parseCatalogConfig(config?.text).config;
        const mine = resultsPath(folder, scores.repository);
        const listing = await forge.listFiles(catalog, head.sha, `${folder}/${RESULTS_FOLDER}`);
        const others = listing ? await readByBlob(forge, catalog, head.sha, listing, listing.paths.filter((p) => p.endsWith('.json') && p !== mine), kept.get(organization.toLowerCase()) ?? new Map(), (_p, text) => parseRepositoryScores(text)) : new Map<string, BlobKnown<RepositoryScores | undefined>>();
        kept.set(organization.toLowerCase(), others);
        const [history] = await forge.readFiles([{ repository: catalog, path: `${folder}/${HISTORY_PATH}`, ref: head.sha }]);
        const results = [...[...others.values()].flatMap((o) => (o.value ? [o.value] : [])), scores];
        const pages = scorecardPages(tracks, results, now.toISOString().slice(0, 10), history?.text);
        const changes: FileChange[] = [{ path: mine, content: repositoryScoresText(scores) }, ...[...pages].map(([path, content]) => ({ path: `${folder}/${path}`, content }))];
        return changes;
      },
    });
  };
}
