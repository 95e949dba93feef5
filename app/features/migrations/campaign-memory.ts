/**
 * What the last run of each campaign planned, kept in memory only so that refreshing a dashboard
 * after each repository's job does not read every repository again. It is a cache, never the truth:
 * after a restart it is empty and the next run rebuilds it from the repositories and GitHub. It also
 * holds why a repository's last job failed, to show on the dashboard until a job succeeds.
 */
import type { RepositoryPlan } from '../../core/migration/migration-model.ts';
import type { ForgeRepository } from '../../forge/types.ts';

interface Remembered {
  repositories: ForgeRepository[];
  plans: Map<string, RepositoryPlan>;
  failures: Map<string, string>;
}

export interface CampaignMemory {
  remember(
    installationId: number,
    campaign: string,
    repositories: readonly ForgeRepository[],
    plans: readonly RepositoryPlan[],
  ): void;
  /** One repository planned again (its job). */
  update(installationId: number, campaign: string, plan: RepositoryPlan): void;
  recall(
    installationId: number,
    campaign: string,
  ): { repositories: ForgeRepository[]; plans: RepositoryPlan[] } | undefined;
  failed(installationId: number, campaign: string, repository: string, reason: string | undefined): void;
  failure(installationId: number, campaign: string, repository: string): string | undefined;
}

export function createCampaignMemory(): CampaignMemory {
  const campaigns = new Map<string, Remembered>();
  const key = (installationId: number, campaign: string) => `${installationId}:${campaign}`;
  return {
    remember(installationId, campaign, repositories, plans) {
      const failures = campaigns.get(key(installationId, campaign))?.failures ?? new Map();
      campaigns.set(key(installationId, campaign), {
        repositories: [...repositories],
        plans: new Map(plans.map((p) => [p.repository, p])),
        failures,
      });
    },
    update(installationId, campaign, plan) {
      campaigns.get(key(installationId, campaign))?.plans.set(plan.repository, plan);
    },
    recall(installationId, campaign) {
      const kept = campaigns.get(key(installationId, campaign));
      if (!kept) return undefined;
      const repositories = kept.repositories.filter((r) => kept.plans.has(r.fullName));
      return { repositories, plans: repositories.map((r) => kept.plans.get(r.fullName)!) };
    },
    failed(installationId, campaign, repository, reason) {
      let kept = campaigns.get(key(installationId, campaign));
      if (!kept)
        campaigns.set(
          key(installationId, campaign),
          (kept = { repositories: [], plans: new Map(), failures: new Map() }),
        );
      if (reason === undefined) kept.failures.delete(repository);
      else kept.failures.set(repository, reason);
    },
    failure: (installationId, campaign, repository) =>
      campaigns.get(key(installationId, campaign))?.failures.get(repository),
  };
}
