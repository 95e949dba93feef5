/**
 * One repository's step in a campaign, decided afresh from its files and GitHub when the job runs
 * (a job may wait hours behind the rate limits: what it was queued for may have changed), then
 * carried out; and the dashboard refreshed from GitHub after it. Jobs of one repository run one at a
 * time; jobs for one repository and campaign that wait together are one job.
 */
import type { CampaignRequest } from '../../core/migration/campaign/campaign-status.ts';
import { tickedRequests } from '../../core/migration/campaign/dashboard.ts';
import type { RepositoryId } from '../../forge/types.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import type { AppServices } from '../feature.ts';
import { fullNameOf } from '../shared/payload.ts';
import {
  branchesOf,
  decideFor,
  expectedBodyOf,
  loadCampaign,
  planRepositories,
  rowOf,
  type Campaign,
} from './campaign.ts';
import type { CampaignMemory } from './campaign-memory.ts';
import { carryOut } from '../shared/carry-out.ts';
import { migrationCampaign } from '../../core/migration/campaign/pull-request-campaign.ts';
import { publishCampaign } from './publish-campaign.ts';

export interface MigrateRepositoryData {
  installationId: number;
  organization: string;
  campaign: string;
  repository: RepositoryId;
  request?: CampaignRequest;
}

export const migrateRepositoryJob = defineJob<MigrateRepositoryData>('migrate-repository', {
  group: (d) => fullNameOf(d.repository),
  coalesce: (d) => `${d.installationId}:${d.campaign}:${fullNameOf(d.repository)}:${d.request ?? ''}`,
});

export interface DashboardData {
  installationId: number;
  organization: string;
  campaign: string;
}

const dashboardKey = (d: DashboardData) => `migration-dashboard:${d.installationId}:${d.campaign}`;

/** Refreshes after repository jobs coalesce: many finishing together refresh it once. */
export const refreshDashboardJob = defineJob<DashboardData>('refresh-migration-dashboard', {
  group: dashboardKey,
  coalesce: dashboardKey,
});

export function migrateRepository(services: AppServices, memory: CampaignMemory) {
  return async (job: Job<MigrateRepositoryData>) => {
    const { installationId, organization, campaign: id, repository: wanted, request } = job.data;
    const now = new Date();
    const campaign = await loadCampaign(services, installationId, organization, id, now);
    if (!campaign?.spec) return;
    const spec = { ...campaign, spec: campaign.spec };
    const [repository] = await campaign.forge.getRepositories([wanted]);
    if (!repository) return;
    const refresh = () =>
      memory.refreshSoon(
        installationId,
        id,
        () =>
          void services.jobs
            .add(refreshDashboardJob, `${job.id}:refresh`, { installationId, organization, campaign: id })
            .catch((error: unknown) => services.log.warn(`Migration ${id}: dashboard not queued`, { error })),
      );
    try {
      const [plan] = await planRepositories(spec, [repository], now);
      const [branch] = await branchesOf(campaign, [repository]);
      const decision = decideFor(spec, plan!, branch, request);
      const team = campaign.index?.ofRepository(repository.fullName).find((e) => e.owner)?.owner;
      const done = await carryOut({
        forge: campaign.forge,
        spec: migrationCampaign(campaign.spec),
        repository,
        plan: plan!,
        branch,
        decision,
        body: expectedBodyOf(spec, plan!),
        ...(team ? { team: team.replace(/^group:(?:[^/]+\/)?/, '') } : {}),
      });
      // The repository's row as GitHub now shows it: one query, so the dashboard reads nothing else.
      const [after] = done === 'nothing' ? [branch] : await branchesOf(campaign, [repository]);
      memory.failed(installationId, id, repository.fullName, undefined);
      memory.update(installationId, id, rowOf(campaign, repository, decideFor(spec, plan!, after)));
      services.log.info(`Migration ${id}: ${repository.fullName} ${done}`, { campaign: id });
    } catch (error) {
      const reason = (error as Error).message;
      memory.failed(installationId, id, repository.fullName, reason);
      memory.update(installationId, id, { ...rowOf(campaign, repository, WAITING), status: 'failed', detail: reason });
      throw error;
    } finally {
      refresh();
    }
  };
}

const WAITING = { status: 'waiting', action: { kind: 'none' } } as const;

/** The dashboard from the rows the last run and the repositories' jobs left; a full run when there are none. */
export function refreshDashboard(
  services: AppServices,
  memory: CampaignMemory,
  runAgain: (data: DashboardData, id: string) => Promise<unknown>,
) {
  return async (job: Job<DashboardData>) => {
    const { installationId, organization, campaign: id } = job.data;
    const rows = memory.rows(installationId, id);
    if (!rows) return void (await runAgain(job.data, job.id));
    const now = new Date();
    const campaign = await loadCampaign(services, installationId, organization, id, now);
    if (!campaign?.spec) return;
    await publishCampaign(services, campaign, organization, rows, now);
  };
}

export interface DashboardEditData {
  installationId: number;
  organization: string;
  campaign: string;
  login: string;
  body: string;
  catalogRepository: string;
}

export const dashboardEditJob = defineJob<DashboardEditData>('migration-dashboard-edited');

/** Ticked boxes, honoured only for someone with write access to the catalog repository. */
export function dashboardEdited(services: AppServices) {
  return async (job: Job<DashboardEditData>) => {
    const { installationId, organization, campaign, login, body, catalogRepository } = job.data;
    const ticked = tickedRequests(body);
    if (!ticked.size) return;
    const forge = await services.forgeFor(installationId);
    if (!(await forge.canWrite({ owner: organization, name: catalogRepository }, login))) {
      services.log.info(`Migration ${campaign}: ${login} ticked the dashboard without write access; ignored`);
      return;
    }
    for (const [fullName, request] of ticked) {
      const [owner, name] = fullName.split('/') as [string, string];
      if (owner.toLowerCase() !== organization.toLowerCase()) continue; // only the organisation's own repositories
      await services.jobs.add(migrateRepositoryJob, `${job.id}:${fullName}`, {
        installationId,
        organization,
        campaign,
        repository: { owner, name },
        request,
      });
    }
  };
}

export type { Campaign };
