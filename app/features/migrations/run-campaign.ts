/**
 * A campaign's run: the spec read, every repository planned and its branch read from GitHub, a job
 * queued for each repository that needs a write, and the dashboard and the catalog's page brought up
 * to date. A run starts from GitHub every time, so a restart or a second run resumes where GitHub
 * says things are. Repository jobs write under the installation's one content budget, so a campaign
 * of thousands of repositories is paced, not refused. A spec that was removed closes its pull
 * requests; a spec with errors opens nothing, and its dashboard says why.
 */
import { closedComment, parseMarker } from '../../core/migration/campaign/pull-request-text.ts';
import { migrationBranch } from '../../core/migration/migration-model.ts';
import type { CampaignRow } from '../../core/migration/campaign/dashboard.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import type { AppServices } from '../feature.ts';
import { isCatalogRepository } from '../shared/payload.ts';
import { branchesOf, decideFor, loadCampaign, planRepositories, rowOf, type Campaign } from './campaign.ts';
import { closePullRequest } from '../shared/carry-out.ts';
import type { CampaignMemory } from './campaign-memory.ts';
import { publishCampaign } from './publish-campaign.ts';
import { migrateRepositoryJob } from './migrate-repository.ts';
import { problemText } from '../../core/report/problem-text.ts';

export interface CampaignJobData {
  installationId: number;
  organization: string;
  campaign: string;
  reason: string;
}

const campaignKey = (d: CampaignJobData) => `migration:${d.installationId}:${d.campaign}`;

/** One run of a campaign at a time; runs asked while one waits are one run. */
export const runCampaignJob = defineJob<CampaignJobData>('run-campaign', { group: campaignKey, coalesce: campaignKey });

export function runCampaign(services: AppServices, memory: CampaignMemory) {
  return async (job: Job<CampaignJobData>) => {
    const { installationId, organization, campaign: id } = job.data;
    const now = new Date();
    const campaign = await loadCampaign(services, installationId, organization, id, now);
    if (!campaign) return;
    const repositories = (await campaign.forge.listRepositories()).filter(
      (r) => !isCatalogRepository(r.name, services.settings.catalogRepository),
    );
    if (!campaign.path) return closeCampaign(services, campaign, organization);
    if (!campaign.spec) {
      const errors = campaign.problems.filter((p) => p.severity === 'error');
      await publishCampaign(services, campaign, organization, [], now, {
        problem: `\`${id}\` has ${errors.length} error${errors.length === 1 ? '' : 's'}, so nothing is opened or updated until it is fixed (the "Callboard / migrations" check shows where): ${errors
          .slice(0, 3)
          .map((p) => problemText(p))
          .join('; ')}`,
      });
      return;
    }
    const spec = { ...campaign, spec: campaign.spec };
    const plans = await planRepositories(spec, repositories, now);
    const branches = await branchesOf(campaign, repositories);
    const rows: CampaignRow[] = [];
    for (const [i, repository] of repositories.entries()) {
      const decision = decideFor(spec, plans[i]!, branches[i]);
      rows.push(rowOf(campaign, repository, decision, memory.failure(installationId, id, repository.fullName)));
      if (decision.action.kind === 'none') continue;
      await services.jobs.add(migrateRepositoryJob, `${job.id}:${repository.fullName}`, {
        installationId,
        organization,
        campaign: id,
        repository: { owner: repository.owner, name: repository.name },
      });
    }
    memory.remember(installationId, id, rows);
    await publishCampaign(services, campaign, organization, rows, now);
  };
}

/** The spec was removed: its open pull requests are closed with a word why, and the dashboard closed. */
async function closeCampaign(services: AppServices, campaign: Campaign, organization: string) {
  const { forge, id } = campaign;
  const repositories = (await forge.listRepositories()).filter(
    (r) => !isCatalogRepository(r.name, services.settings.catalogRepository),
  );
  const branches = await branchesOf(campaign, repositories);
  const removed = { id, branch: migrationBranch(id), notes: { closed: closedComment } };
  let title: string | undefined;
  for (const [i, repository] of repositories.entries()) {
    const branch = branches[i];
    const mine = branch?.pullRequests.filter((p) => parseMarker(p.body)?.campaign === id) ?? [];
    title ??= mine[0]?.title;
    const open = mine.find((p) => p.state === 'open');
    if (open) await closePullRequest(forge, removed, repository, branch, open.number, 'spec-deleted', '');
  }
  // No pull request of it anywhere: it never ran (or its traces are gone), and there is no dashboard to close.
  if (title !== undefined)
    await publishCampaign(services, campaign, organization, [], new Date(), { closed: true, title });
}
