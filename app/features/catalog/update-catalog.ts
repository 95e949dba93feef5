/**
 * Keeps the catalog repository current: reads its config, state and scorecard results at its head,
 * builds (re-reading only the repositories that changed, or all of them; entity pages show their
 * levels), and commits the changed files in one commit, compare-and-swap on the branch. If the
 * catalog moved meanwhile (another replica, a person), the whole computation is redone from the new
 * head, so no update is ever lost. A full build is announced (`callboard.catalog_rebuilt`): the
 * organisation is scored on the catalog it made. With callboard.yaml's `site:`, the catalog site is
 * in the same commit (site-changes.ts).
 */
import {
  configPart,
  entityScoresPart,
  resultsPart,
  scorecardsPart,
  statePart,
} from '../../catalog-repo/catalog-parts.ts';
import { catalogWriters, known } from '../../catalog-repo/catalog-repositories.ts';
import { commitMessage, planCatalog } from '../../core/catalog/plan-catalog.ts';
import { readOrganization } from '../../core/catalog/read-organization.ts';
import { forgeCatalogSource } from '../../forge/forge-catalog-source.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import type { Job } from '../../queue/job-queue.ts';
import type { AppServices } from '../feature.ts';
import type { CatalogUpdates } from './catalog-updates.ts';
import { siteChanges } from './site-changes.ts';

export interface UpdateCatalogData {
  installationId: number;
  organization: string;
}

/**
 * An installation's catalog job. It runs in the installation's catalog group (one job at a time
 * writes its catalog repository); one waiting is enough (it takes every pending update), so a newer
 * one takes its place.
 */
export const updateCatalogJob = defineJob<UpdateCatalogData>('update-catalog', {
  group: (d) => catalogWriters(d.installationId),
  coalesce: (d) => `update-catalog:${d.installationId}`,
});

type Deps = Pick<AppServices, 'forgeFor' | 'work' | 'catalogRepositories' | 'settings' | 'log' | 'emit'>;

export function updateCatalog(deps: Deps, updates: CatalogUpdates) {
  const { catalogRepositories } = deps;
  const { catalogRepository, webUrl } = deps.settings;
  return async (job: Job<UpdateCatalogData>) => {
    const { installationId, organization } = job.data;
    const pending = updates.take(installationId);
    if (!pending) return;
    try {
      const forge = await deps.forgeFor(installationId);
      const source = forgeCatalogSource(forge, organization);
      const reason = [...pending.reasons].sort().join('; ');
      const result = await catalogRepositories.write(forge, organization, {
        message: `Update the catalog: ${reason}`,
        // The build writes no config, scorecard or results file.
        unchanged: [configPart, scorecardsPart, resultsPart, entityScoresPart],
        // Everything read first (the catalog repository at the head, then the organisation), then one pure call.
        changes: async (snapshot) => {
          const { config, problems } = await snapshot.read(configPart);
          const state = await snapshot.read(statePart);
          const scores = await snapshot.read(entityScoresPart);
          const read = await readOrganization({
            organization,
            source,
            work: deps.work,
            config,
            catalogRepository,
            state,
            ...(pending.full ? { force: pending.force } : { only: [...pending.repositories] }),
            readTeams: pending.teams,
            webUrl,
          });
          const plan = planCatalog(read, { organization, config, configProblems: problems, state, scores });
          const site = config.site
            ? await siteChanges({ forge, snapshot, plan, scores, folder: config.site.folder, webUrl })
            : [];
          return {
            changes: (function* () {
              yield* plan.changes;
              yield* site;
            })(),
            message: commitMessage(plan, reason),
            known: () => [known(statePart, plan.nextState())],
          };
        },
      });
      if (!result) {
        deps.log.info(
          `No catalog repository ${organization}/${catalogRepository}: create it (with a first commit) and give Callboard access to it`,
        );
        return;
      }
      deps.log.info(`Catalog ${result.outcome}`, { organization, retries: result.retries, sha: result.sha });
      if (pending.full) await deps.emit('callboard.catalog_rebuilt', { installationId, organization, id: job.id });
    } catch (error) {
      // Nothing was committed: put the work back, so the retry (or the next event) takes it in.
      const { full, force, teams } = pending;
      updates.add(installationId, {
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
