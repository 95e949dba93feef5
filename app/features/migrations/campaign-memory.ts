/**
 * What the last run of each campaign found, kept in memory only so that a dashboard can be brought
 * up to date after each repository's job without reading every repository again: each repository's
 * row, updated by its job. It is a cache, never the truth: after a restart it is empty and the next
 * run rebuilds it from the repositories and GitHub. It also holds why a repository's last job failed,
 * until a job succeeds, and paces the dashboard's updates (one in five minutes by default): a campaign that
 * writes a pull request every few seconds would otherwise spend as many writes on its dashboard.
 */
import type { CampaignRow } from '../../core/migration/campaign/dashboard.ts';

interface Remembered {
  rows: Map<string, CampaignRow>;
  failures: Map<string, string>;
  lastRefresh: number;
  pending?: ReturnType<typeof setTimeout>;
}

export interface CampaignMemory {
  /** A campaign's run: every repository's row, in order. */
  remember(installationId: number, campaign: string, rows: readonly CampaignRow[]): void;
  /** One repository's row, after its job. */
  update(installationId: number, campaign: string, row: CampaignRow): void;
  /** The rows, in the run's order; undefined when no run is remembered. */
  rows(installationId: number, campaign: string): CampaignRow[] | undefined;
  failed(installationId: number, campaign: string, repository: string, reason: string | undefined): void;
  failure(installationId: number, campaign: string, repository: string): string | undefined;
  /** Calls `refresh` now, or once `intervalMs` has passed since the last call; one waits at most. */
  refreshSoon(installationId: number, campaign: string, refresh: () => void): void;
}

export function createCampaignMemory(intervalMs = 300_000, now = () => Date.now()): CampaignMemory {
  const campaigns = new Map<string, Remembered>();
  const of = (installationId: number, campaign: string) => {
    const key = `${installationId}:${campaign}`;
    let kept = campaigns.get(key);
    if (!kept) campaigns.set(key, (kept = { rows: new Map(), failures: new Map(), lastRefresh: 0 }));
    return kept;
  };
  return {
    remember(installationId, campaign, rows) {
      of(installationId, campaign).rows = new Map(rows.map((r) => [r.repository, r]));
    },
    update(installationId, campaign, row) {
      const kept = of(installationId, campaign);
      if (kept.rows.size) kept.rows.set(row.repository, row);
    },
    rows(installationId, campaign) {
      const kept = campaigns.get(`${installationId}:${campaign}`);
      return kept?.rows.size ? [...kept.rows.values()] : undefined;
    },
    failed(installationId, campaign, repository, reason) {
      const { failures } = of(installationId, campaign);
      if (reason === undefined) failures.delete(repository);
      else failures.set(repository, reason);
    },
    failure: (installationId, campaign, repository) =>
      campaigns.get(`${installationId}:${campaign}`)?.failures.get(repository),
    refreshSoon(installationId, campaign, refresh) {
      const kept = of(installationId, campaign);
      if (kept.pending) return;
      const wait = kept.lastRefresh + intervalMs - now();
      const run = () => {
        kept.pending = undefined;
        kept.lastRefresh = now();
        refresh();
      };
      if (wait <= 0) return run();
      kept.pending = setTimeout(run, wait);
      kept.pending.unref?.();
    },
  };
}
