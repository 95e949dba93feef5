/**
 * Keeps the catalog repository current: reads its config, state and scorecard results at its head,
 * builds (re-reading only the repositories that changed, or all of them; entity pages show their
 * levels), and commits the changed files in one commit,
 * compare-and-swap on the branch. If the catalog moved meanwhile (another replica, a person), the
 * whole computation is redone from the new head, so no update is ever lost.
 */
import { buildCatalog, commitMessage, type BuildResult } from '../../core/catalog/build-catalog.ts';
import { CONFIG_PATH, parseCatalogConfig } from '../../core/catalog/catalog-config.ts';
import { readCatalogState, stateFolder, type CatalogState } from '../../core/catalog/catalog-state.ts';
import type { ContentWork } from '../../core/content-work.ts';
import { forgeCatalogSource } from '../../forge/forge-catalog-source.ts';
import type { Forge, RepositoryId } from '../../forge/types.ts';
import type { CatalogStateCache } from '../../catalog-repo/catalog-state-cache.ts';
import type { CatalogUpdates } from './catalog-updates.ts';
import type { Job } from '../../queue/job-queue.ts';
import { createScoreResultsReader, type ScoreResultsReader } from '../../catalog-repo/score-results-reader.ts';

export interface UpdateCatalogData {
  installationId: number;
  organization: string;
}

export interface UpdateCatalogDeps {
  forgeFor(installationId: number): Promise<Forge>;
  /** Where each repository's descriptors are checked: a worker with budgets, in the app. */
  work: ContentWork;
  updates: CatalogUpdates;
  catalogRepository: string;
  webUrl: string;
  /** The state the last build left, so the next build on the same commit reads none. */
  stateCache?: CatalogStateCache;
  /** The scorecard results, shown on entity pages; by default a reader of the job's own. */
  scoreResults?: ScoreResultsReader;
  log(message: string, details?: Record<string, unknown>): void;
}

export function updateCatalog(deps: UpdateCatalogDeps) {
  const scoreResults = deps.scoreResults ?? createScoreResultsReader();
  return async (job: Job<UpdateCatalogData>) => {
    const { installationId, organization } = job.data;
    const pending = deps.updates.take(installationId);
    if (!pending) return;
    try {
      const forge = await deps.forgeFor(installationId);
      const catalog: RepositoryId = { owner: organization, name: deps.catalogRepository };
      const source = forgeCatalogSource(forge, organization);
      const [target] = await source.getRepositories([`${organization}/${deps.catalogRepository}`]);
      if (!target) {
        deps.log(
          `No catalog repository ${organization}/${deps.catalogRepository}: create it (with a first commit) and give Callboard access to it`,
        );
        return;
      }
      const reason = [...pending.reasons].sort().join('; ');
      const cacheKey = `${installationId}/${organization}/${deps.catalogRepository}`.toLowerCase();
      let last: { head: string; state: CatalogState; built: BuildResult } | undefined;
      const result = await forge.commitFiles({
        repository: catalog,
        branch: target.defaultBranch,
        message: `Update the catalog: ${reason}`,
        changes: async (head) => {
          const [configFile] = await forge.readFiles([{ repository: catalog, path: CONFIG_PATH, ref: head.sha }]);
          const { config, problems } = parseCatalogConfig(configFile?.text);
          const state =
            deps.stateCache?.get(cacheKey, head.sha) ?? (await readState(forge, catalog, head.sha, config.folder));
          const scores = await scoreResults.read(forge, catalog, head.sha, config.folder);
          const built = await buildCatalog({
            organization,
            source,
            work: deps.work,
            config,
            configProblems: problems,
            catalogRepository: deps.catalogRepository,
            state,
            ...(pending.full ? { force: pending.force } : { only: [...pending.repositories] }),
            readTeams: pending.teams,
            webUrl: deps.webUrl,
            scores,
          });
          last = { head: head.sha, state, built };
          return { changes: built.changes, message: commitMessage(built, reason) };
        },
      });
      // What the catalog repository now holds: the build's state, or (nothing committed) the state it started from.
      if (last) {
        deps.stateCache?.set(
          cacheKey,
          result.sha,
          result.outcome === 'unchanged' ? last.state : last.built.nextState(),
        );
        // The build writes no results file: they are at its commit what they were at its head.
        scoreResults.carry(catalog, last.head, result.sha);
      }
      deps.log(`Catalog ${result.outcome}`, { organization, retries: result.retries, sha: result.sha });
    } catch (error) {
      // Nothing was committed: put the work back, so the retry (or the next event) takes it in.
      const { full, force, teams } = pending;
      deps.updates.add(installationId, {
        full,
        force,
        teams,
        repositories: [...pending.repositories],
        reason: [...pending.reasons].join('; '),
      });
      throw error;
    }
  };
}

/**
 * The state as the catalog repository holds it at a commit: the files of its state folder only (the whole repository
 * can hold more files than GitHub lists at once).
 */
async function readState(forge: Forge, catalog: RepositoryId, commit: string, folder: string): Promise<CatalogState> {
  const listing = await forge.listFiles(catalog, commit, stateFolder(folder));
  const files = await forge.readFiles(
    (listing?.paths ?? []).map((path) => ({ repository: catalog, path, ref: commit })),
  );
  return readCatalogState(folder, new Map(files.filter((f) => f.text !== undefined).map((f) => [f.path, f.text!])));
}

/**
 * An installation's catalog job. One waiting is enough (it takes every pending update), so a newer one takes its place.
 */
export const updateCatalogJob = (id: string, installationId: number, organization: string): Job<UpdateCatalogData> => ({
  name: 'update-catalog',
  id,
  group: `catalog:${installationId}`,
  coalesce: `update-catalog:${installationId}`,
  data: { installationId, organization },
});
