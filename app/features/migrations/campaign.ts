/**
 * A campaign as the jobs see it: the spec read from the catalog repository's head, its templates,
 * the catalog it targets, and each repository's plan and branch, read from GitHub in batches. Every
 * job starts here, so what a job does follows from what GitHub says now, not from anything kept.
 */
import { migrationCampaign } from '../../core/migration/campaign/pull-request-campaign.ts';
import {
  catalogFolderOf,
  migrationsPart,
  readCatalogIndex,
  resultsOf,
  resultsPart,
} from '../../catalog-repo/catalog-parts.ts';
import { failingChecks } from '../../core/scorecard/score-results.ts';
import type { CatalogSnapshot } from '../../catalog-repo/catalog-repositories.ts';
import type { CatalogIndex } from '../../core/catalog-index/catalog-index.ts';
import type { ContentWork } from '../../core/content-work.ts';
import type { CampaignRow } from '../../core/migration/campaign/dashboard.ts';
import { decide, type CampaignRequest, type Decision } from '../../core/migration/campaign/decide.ts';
import { pullRequestBody, type Requester } from '../../core/migration/campaign/pull-request-text.ts';
import { describeMigrated } from '../../core/migration/describe-migrated.ts';
import { migrationBranch, type MigrationSpec, type RepositoryPlan } from '../../core/migration/migration-model.ts';
import { parseMigration } from '../../core/migration/parse-migration.ts';
import type { LocatedProblem } from '../../core/validation/problem.ts';
import { planMigration } from '../../forge/migration-plans.ts';
import type { BranchState, Forge, ForgeRepository } from '../../forge/types.ts';
import type { AppServices } from '../feature.ts';

export interface Campaign {
  forge: Forge;
  /** Where its plans are made (worker threads with budgets). */
  work: ContentWork;
  snapshot: CatalogSnapshot;
  id: string;
  /** The spec's path, when the catalog repository has one for this id. */
  path?: string;
  /** Undefined when there is no spec, or it has errors. */
  spec?: MigrationSpec;
  problems: LocatedProblem[];
  templates: ReadonlyMap<string, string>;
  index: CatalogIndex | undefined;
  /** The campaign's page in the catalog (stable: pull requests link to it). */
  pageUrl: string;
  /** The failing scorecard checks recorded in the catalog repository (`failingChecks`). */
  failing: readonly string[];
}

export async function loadCampaign(
  services: Pick<AppServices, 'forgeFor' | 'catalogRepositories' | 'settings' | 'work'>,
  installationId: number,
  organization: string,
  id: string,
  now: Date,
): Promise<Campaign | undefined> {
  const forge = await services.forgeFor(installationId);
  const snapshot = await services.catalogRepositories.atHead(forge, organization);
  if (!snapshot.commit) return undefined;
  const [files, loaded, folder, results] = await Promise.all([
    snapshot.read(migrationsPart),
    readCatalogIndex(snapshot).catch(() => undefined),
    catalogFolderOf(snapshot),
    snapshot.read(resultsPart),
  ]);
  const file = files.specs.find((s) => s.path === `migrations/${id}.yaml` || s.path === `migrations/${id}.yml`);
  const { catalogRepository, webUrl } = services.settings;
  const pageUrl = `${webUrl}/${organization}/${catalogRepository}/blob/HEAD/${folder}/migrations/${id}.md`;
  const failing = failingChecks(resultsOf(results.files));
  const base = {
    forge,
    work: services.work,
    snapshot,
    id,
    templates: files.templates,
    index: loaded?.index,
    pageUrl,
    failing,
  };
  if (!file) return { ...base, problems: [] };
  const parsed = parseMigration(file, { templateFiles: [...files.templates.keys()], today: day(now) });
  return { ...base, path: file.path, problems: parsed.problems, ...(parsed.spec ? { spec: parsed.spec } : {}) };
}

/** Every repository's plan, reading only what each needs, in batches. */
export const planRepositories = (
  campaign: Campaign & { spec: MigrationSpec },
  repositories: readonly ForgeRepository[],
  now: Date,
): Promise<RepositoryPlan[]> =>
  planMigration(
    {
      forge: campaign.forge,
      spec: campaign.spec,
      templates: campaign.templates,
      index: campaign.index,
      failing: campaign.failing,
      work: campaign.work,
      now,
    },
    repositories,
  );

/** Each repository's migration branch and pull requests. */
export async function branchesOf(
  campaign: Campaign,
  repositories: readonly ForgeRepository[],
): Promise<(BranchState | undefined)[]> {
  return repositories.length ? campaign.forge.branchStates(repositories, migrationBranch(campaign.id)) : [];
}

/** Who asked, from the catalog: the owner group's title, e-mail and page. */
export function requesterOf(campaign: Campaign & { spec: MigrationSpec }): Requester | undefined {
  const ref = campaign.spec.owner.includes(':') ? campaign.spec.owner : `group:default/${campaign.spec.owner}`;
  const entity = campaign.index?.get(ref.toLowerCase());
  if (!entity) return undefined;
  const folderUrl = campaign.pageUrl.slice(0, campaign.pageUrl.lastIndexOf('/migrations/'));
  return {
    ref: entity.ref,
    title: entity.title ?? entity.displayName ?? entity.name,
    email: entity.email,
    page: entity.page ? `${folderUrl}/${entity.page}` : null,
  };
}

export function expectedBodyOf(campaign: Campaign & { spec: MigrationSpec }, plan: RepositoryPlan) {
  if (plan.status !== 'changes') return undefined;
  return pullRequestBody({
    spec: campaign.spec,
    requester: requesterOf(campaign),
    changes: plan.changes,
    notes: plan.notes,
    pageUrl: campaign.pageUrl,
    migratedMeans: describeMigrated(campaign.spec),
  });
}

export function decideFor(
  campaign: Campaign & { spec: MigrationSpec },
  plan: RepositoryPlan,
  branch: BranchState | undefined,
  request?: CampaignRequest,
): Decision {
  const expectedBody = expectedBodyOf(campaign, plan);
  return decide({
    spec: migrationCampaign(campaign.spec),
    plan,
    branch: branch ?? { pullRequests: [] },
    ...(expectedBody !== undefined ? { expectedBody } : {}),
    ...(request ? { request } : {}),
  });
}

/** The dashboard's row for a repository. */
export function rowOf(
  campaign: Campaign,
  repository: ForgeRepository,
  decision: Decision,
  /** Why the repository's last job failed, when it did and no job succeeded since. */
  failure?: string,
): CampaignRow {
  const entities = campaign.index?.ofRepository(repository.fullName) ?? [];
  const failed = failure !== undefined && decision.action.kind !== 'none';
  const detail = failed ? failure : decision.detail;
  return {
    repository: repository.fullName,
    team: entities.find((e) => e.owner)?.owner ?? null,
    status: failed ? 'failed' : decision.status,
    ...(detail ? { detail } : {}),
    ...(decision.pullRequest ? { pullRequest: decision.pullRequest } : {}),
  };
}

export const day = (now: Date) => now.toISOString().slice(0, 10);
