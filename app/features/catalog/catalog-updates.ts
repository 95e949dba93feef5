/**
 * What the catalog still has to take in, per installation: repositories to re-read, whether a full
 * reconcile is due, and why. Events add to it; the catalog job takes all of it at once, so a burst
 * of pushes becomes one build and one commit, and later jobs of the burst find nothing left to do.
 */
export interface PendingUpdate {
  /** A full build: every repository pushed to since it was read. */
  full: boolean;
  /** With `full`: every repository, pushed to or not. */
  force: boolean;
  /** Read the organisation's teams again (a full build always does). */
  teams: boolean;
  repositories: Set<string>;
  reasons: Set<string>;
}

/** A change the catalog must take in: some repositories, the teams, or everything (`full`, `force`). */
export interface CatalogChange {
  full?: boolean;
  force?: boolean;
  teams?: boolean;
  repositories?: string[];
  reason: string;
}

export interface CatalogUpdates {
  add(installationId: number, change: CatalogChange): void;
  /** Everything pending for the installation, removed; undefined when an earlier job took it. */
  take(installationId: number): PendingUpdate | undefined;
}

export function createCatalogUpdates(): CatalogUpdates {
  const pending = new Map<number, PendingUpdate>();
  return {
    add(installationId, update) {
      const entry = pending.get(installationId) ?? {
        full: false,
        force: false,
        teams: false,
        repositories: new Set(),
        reasons: new Set(),
      };
      entry.full ||= update.full ?? update.force ?? false;
      entry.force ||= update.force ?? false;
      entry.teams ||= update.teams ?? false;
      for (const r of update.repositories ?? []) entry.repositories.add(r);
      entry.reasons.add(update.reason);
      pending.set(installationId, entry);
    },
    take(installationId) {
      const entry = pending.get(installationId);
      pending.delete(installationId);
      return entry;
    },
  };
}
