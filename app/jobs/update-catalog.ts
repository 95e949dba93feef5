/**
 * Keeps the catalog repository current: reads its config and state at its head, builds (re-reading
 * only the repositories that changed, or all of them), and commits the changed files in one commit,
 * compare-and-swap on the branch. If the catalog moved meanwhile (another replica, a person), the
 * whole computation is redone from the new head, so no update is ever lost.
 */
import { buildCatalog, commitMessage } from '../core/catalog/build-catalog.ts';
import { CONFIG_PATH, parseCatalogConfig } from '../core/catalog/catalog-config.ts';
import { readCatalogState, stateFolder } from '../core/catalog/catalog-state.ts';
import { forgeCatalogSource } from '../forge/forge-catalog-source.ts';
import type { Forge, RepositoryId } from '../forge/types.ts';
import type { CatalogUpdates } from './catalog-updates.ts';
import type { Job } from './job-queue.ts';

export interface UpdateCatalogData {
  installationId: number;
  organization: string;
}

export interface UpdateCatalogDeps {
  forgeFor(installationId: number): Promise<Forge>;
  updates: CatalogUpdates;
  catalogRepository: string;
  webUrl: string;
  log(message: string, details?: Record<string, unknown>): void;
}

export function updateCatalog(deps: UpdateCatalogDeps) {
  return async (job: Job<UpdateCatalogData>) => {
    const { installationId, organization } = job.data;
    const pending = deps.updates.take(installationId);
    if (!pending) return;
    try {
      const forge = await deps.forgeFor(installationId);
      const catalog: RepositoryId = { owner: organization, name: deps.catalogRepository };
      const source = forgeCatalogSource(forge, organization);
      const target = (await source.listRepositories()).find((r) => r.name.toLowerCase() === deps.catalogRepository.toLowerCase());
      if (!target) {
        deps.log(`No catalog repository ${organization}/${deps.catalogRepository}: create it (with a first commit) and give Callboard access to it`);
        return;
      }
      const reason = [...pending.reasons].sort().join('; ');
      const result = await forge.commitFiles({
        repository: catalog,
        branch: target.defaultBranch,
        message: `Update the catalog: ${reason}`,
        changes: async (head) => {
          const [configFile] = await forge.readFiles([{ repository: catalog, path: CONFIG_PATH, ref: head.sha }]);
          const { config, problems } = parseCatalogConfig(configFile?.text);
          // The state folder only: the whole catalog repository can hold more files than GitHub lists at once.
          const listing = await forge.listFiles(catalog, head.sha, stateFolder(config.folder));
          const statePaths = listing?.paths ?? [];
          const stateFiles = await forge.readFiles(statePaths.map((path) => ({ repository: catalog, path, ref: head.sha })));
          const state = readCatalogState(config.folder, new Map(stateFiles.filter((f) => f.text !== undefined).map((f) => [f.path, f.text!])));
          const built = await buildCatalog({
            organization,
            source,
            config,
            configProblems: problems,
            catalogRepository: deps.catalogRepository,
            state,
            ...(pending.full ? {} : { only: [...pending.repositories] }),
            webUrl: deps.webUrl,
          });
          return { changes: built.changes, message: commitMessage(built, reason) };
        },
      });
      deps.log(`Catalog ${result.outcome}`, { organization, retries: result.retries, sha: result.sha });
    } catch (error) {
      // Nothing was committed: put the work back, so the retry (or the next event) takes it in.
      deps.updates.add(installationId, { full: pending.full, repositories: [...pending.repositories], reason: [...pending.reasons].join('; ') });
      throw error;
    }
  };
}
