/**
 * Migrations: `migrations/<id>.yaml` in the catalog repository, carried out as pull requests across
 * the organisation. A push of specs gets the "Callboard / migrations" check and, on the default
 * branch, runs the campaigns it touched; a full catalog build (or a reconcile) runs them all, since
 * which repositories a campaign targets follows the catalog. Pull requests closed or merged, a
 * person's push to a migration branch and a ticked dashboard box each move one repository.
 */
import { migrationsPart } from '../../catalog-repo/catalog-parts.ts';
import { MIGRATIONS_FOLDER } from '../../core/migration/migration-model.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob, runs } from '../../queue/job-kinds.ts';
import { onCallboard, onWebhook, type AppServices, type Feature } from '../feature.ts';
import { isCatalogRepository, isDefaultBranchPush, ownerOf, pushedPaths, repositoryIdOf } from '../shared/payload.ts';
import { createCampaignMemory } from './campaign-memory.ts';
import { checkMigrations, checkMigrationsJob } from './check-migrations.ts';
import {
  dashboardEdited,
  dashboardEditJob,
  migrateRepository,
  migrateRepositoryJob,
  refreshDashboard,
  refreshDashboardJob,
} from './migrate-repository.ts';
import { runCampaign, runCampaignJob } from './run-campaign.ts';

const BRANCH = /^refs\/heads\/callboard\/migrate\/([a-z0-9-]{1,100})$/;
const DASHBOARD = /<!-- callboard:migration-dashboard:([a-z0-9-]{1,100}) -->/;

interface CampaignsData {
  installationId: number;
  organization: string;
  reason: string;
}

/** Every campaign of an organisation, run again (the catalog changed, or a reconcile). */
export const runCampaignsJob = defineJob<CampaignsData>('run-campaigns', {
  coalesce: (d) => `migrations:${d.installationId}`,
});

/** The campaign ids a push to the catalog repository touched: specs and their template folders. */
export const campaignsTouched = (paths: readonly string[]) => [
  ...new Set(
    paths.flatMap((p) => {
      const found = /^migrations\/([a-z0-9-]{1,100})(?:\.ya?ml$|\/)/.exec(p);
      return found ? [found[1]!] : [];
    }),
  ),
];

export function migrations(services: AppServices): Feature {
  const { jobs } = services;
  const memory = createCampaignMemory(services.settings.dashboardIntervalMs);
  const isCatalog = (name: string) => isCatalogRepository(name, services.settings.catalogRepository);
  const runAll = (id: string, installationId: number, organization: string, reason: string) =>
    jobs.add(runCampaignsJob, `${id}:run-campaigns`, { installationId, organization, reason }).then(() => {});

  return {
    name: 'migrations',
    events: [
      onWebhook(['push'], async ({ id, payload }) => {
        const { repository, installation, deleted, after, ref, sender } = payload;
        if (!installation || deleted) return;
        const organization = ownerOf(repository);
        if (isCatalog(repository.name)) {
          const paths = pushedPaths(payload, { removed: true });
          if (!paths.some((p) => p.startsWith(`${MIGRATIONS_FOLDER}/`))) return;
          await jobs.add(checkMigrationsJob, `${id}:check-migrations`, {
            installationId: installation.id,
            repository: repositoryIdOf(repository),
            headSha: after,
          });
          if (!isDefaultBranchPush(payload)) return;
          for (const campaign of campaignsTouched(paths))
            await jobs.add(runCampaignJob, `${id}:run-campaign:${campaign}`, {
              installationId: installation.id,
              organization,
              campaign,
              reason: `push to ${repository.full_name}`,
            });
          return;
        }
        // A person pushed to a migration branch: Callboard leaves it alone from now on, and says so.
        const branch = BRANCH.exec(ref);
        if (!branch || sender?.type === 'Bot') return;
        await jobs.add(migrateRepositoryJob, `${id}:migrate-repository`, {
          installationId: installation.id,
          organization,
          campaign: branch[1]!,
          repository: repositoryIdOf(repository),
        });
      }),
      onWebhook(['pull_request.closed', 'pull_request.reopened'], async ({ id, payload }) => {
        const { pull_request: pull, repository, installation } = payload;
        const branch = BRANCH.exec(`refs/heads/${pull.head.ref}`);
        if (!installation || !branch) return;
        await jobs.add(migrateRepositoryJob, `${id}:migrate-repository`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          campaign: branch[1]!,
          repository: repositoryIdOf(repository),
        });
      }),
      onWebhook(['issues.edited'], async ({ id, payload }) => {
        const { issue, repository, installation, sender } = payload;
        const campaign = DASHBOARD.exec(issue.body ?? '')?.[1];
        if (!installation || !campaign || !isCatalog(repository.name) || sender.type === 'Bot') return;
        await jobs.add(dashboardEditJob, `${id}:dashboard-edited`, {
          installationId: installation.id,
          organization: ownerOf(repository),
          campaign,
          login: sender.login,
          body: issue.body ?? '',
          catalogRepository: repository.name,
        });
      }),
      onCallboard('callboard.catalog_rebuilt', ({ installationId, organization, id }) =>
        runAll(id, installationId, organization, 'catalog rebuilt'),
      ),
    ],
    jobs: [
      runs(checkMigrationsJob, checkMigrations(services)),
      runs(runCampaignsJob, runCampaigns(services)),
      runs(runCampaignJob, runCampaign(services, memory)),
      runs(migrateRepositoryJob, migrateRepository(services, memory)),
      runs(
        refreshDashboardJob,
        refreshDashboard(services, memory, (data, id) =>
          jobs.add(runCampaignJob, `${id}:run-campaign`, { ...data, reason: 'dashboard refresh' }),
        ),
      ),
      runs(dashboardEditJob, dashboardEdited(services)),
    ],
    reconcile: ({ installationId, organization, id }) =>
      runAll(`reconcile:${installationId}:${id}`, installationId, organization, 'scheduled reconcile'),
  };
}

function runCampaigns(services: AppServices) {
  return async (job: Job<CampaignsData>) => {
    const { installationId, organization, reason } = job.data;
    const forge = await services.forgeFor(installationId);
    const snapshot = await services.catalogRepositories.atHead(forge, organization);
    if (!snapshot.commit) return;
    const { specs } = await snapshot.read(migrationsPart);
    for (const campaign of campaignsTouched(specs.map((s) => s.path)))
      await services.jobs.add(runCampaignJob, `${job.id}:${campaign}`, {
        installationId,
        organization,
        campaign,
        reason,
      });
  };
}
