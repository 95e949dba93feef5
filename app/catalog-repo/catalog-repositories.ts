/**
 * The one reader of each organisation's catalog repository. A job opens a snapshot (at the head:
 * one conditional request, free while no catalog commit landed; or at a commit it already knows)
 * and reads from it the parts it needs: config, index, scorecards, results, state. Each part is
 * read once per commit and kept per organisation, and what was read at an earlier commit is handed
 * to the next read, so a part read by blob id (index shards, results) reads only what changed.
 * It is the one writer too: a commit is computed on a snapshot at the branch's head (again on the new
 * head if another writer moved it: compare-and-swap) and says which parts it left as they were, so
 * the next job on that commit reads none of them. Bounded: only the organisations used most recently
 * are kept.
 */
import type { CommitResult, ComputedCommit, Forge, RepositoryId } from '../forge/types.ts';
import type { CommitFileChange as FileChange } from '../core/file-change.ts';
import { createRecentlyUsed } from './recently-used.ts';

/** The job group of everything that writes an installation's catalog repository: one job at a time. */
export const catalogWriters = (installationId: number) => `catalog:${installationId}`;

/** Something read from the catalog repository at one commit. */
export interface CatalogPart<T> {
  readonly name: string;
  /** The part at the snapshot's commit; `previous` is what it was at the commit read before, if any. */
  read(snapshot: CatalogSnapshot, previous: T | undefined): Promise<T>;
}

export interface CatalogSnapshot {
  readonly forge: Forge;
  readonly repository: RepositoryId;
  /** Undefined when the repository has no commit (or does not exist). */
  readonly commit: string | undefined;
  read<T>(part: CatalogPart<T>): Promise<T>;
}

export interface CatalogRepositories {
  readonly name: string;
  /** The organisation's catalog repository at its head now. */
  atHead(forge: Forge, organization: string): Promise<CatalogSnapshot>;
  /** …at a commit already known (a compare-and-swap write's head): nothing is asked to open it. */
  at(forge: Forge, organization: string, commit: string): CatalogSnapshot;
  /**
   * This process committed `to` on `from`: the parts in `unchanged` hold at `to` as they were at
   * `from`, and `known` gives parts whose new value the writer already has.
   */
  advance(
    organization: string,
    from: string,
    to: string,
    unchanged: readonly CatalogPart<unknown>[],
    known?: readonly Known<unknown>[],
  ): void;
  /**
   * Commits to the default branch of the organisation's catalog repository; undefined when there is
   * no catalog repository (or it has no branch yet).
   */
  write(forge: Forge, organization: string, write: CatalogWrite): Promise<CommitResult | undefined>;
}

export interface CatalogWrite {
  /** The commit message, unless the computed commit brings its own. */
  message: string;
  /** The parts this commit leaves as they were. */
  unchanged: readonly CatalogPart<unknown>[];
  /** The commit's files, computed on a snapshot at the branch's head. */
  changes(snapshot: CatalogSnapshot): Promise<CatalogChanges>;
}

export type CatalogChanges = (Iterable<FileChange> | ComputedCommit) & {
  /** Parts whose value at the new commit the writer knows (asked once the commit landed). */
  known?: () => readonly Known<unknown>[];
};

export interface Known<T> {
  part: CatalogPart<T>;
  value: T;
}

export const known = <T>(part: CatalogPart<T>, value: T): Known<T> => ({ part, value });

interface Kept {
  commit: string | undefined;
  /** Reads at `commit`, by part name (a promise, so concurrent readers share one read). */
  reads: Map<string, Promise<unknown>>;
  /** The last value each part resolved to, at this commit or an earlier one. */
  last: Map<string, unknown>;
}

export function createCatalogRepositories(name: string, capacity = 4): CatalogRepositories {
  const kept = createRecentlyUsed<Kept>(capacity);
  const keyOf = (organization: string) => organization.toLowerCase();

  /** The kept reads at this commit, or a fresh set that starts from what was read last. */
  const keptAt = (organization: string, commit: string | undefined): Kept => {
    const before = kept.get(keyOf(organization));
    if (before && commit && before.commit === commit) return before;
    const fresh: Kept = { commit, reads: new Map(), last: new Map(before?.last) };
    kept.set(keyOf(organization), fresh);
    return fresh;
  };

  const snapshot = (forge: Forge, organization: string, commit: string | undefined): CatalogSnapshot => {
    const entry = keptAt(organization, commit);
    const self: CatalogSnapshot = {
      forge,
      repository: { owner: organization, name },
      commit,
      read<T>(part: CatalogPart<T>): Promise<T> {
        let read = entry.reads.get(part.name) as Promise<T> | undefined;
        if (!read) {
          read = part.read(self, entry.last.get(part.name) as T | undefined);
          entry.reads.set(part.name, read);
          read.then(
            (value) => entry.last.set(part.name, value),
            // A failed read is not kept: the next job reads again.
            () => entry.reads.delete(part.name),
          );
        }
        return read;
      },
    };
    return self;
  };

  const advance: CatalogRepositories['advance'] = (organization, from, to, unchanged, knownParts = []) => {
    const before = kept.get(keyOf(organization));
    // Another commit was read meanwhile (another job, another writer): nothing is known to carry.
    if (before?.commit !== from || from === to) return;
    const after: Kept = { commit: to, reads: new Map(), last: new Map(before.last) };
    for (const part of unchanged) {
      const read = before.reads.get(part.name);
      if (read) after.reads.set(part.name, read);
    }
    for (const k of knownParts) setKnown(after, k);
    kept.set(keyOf(organization), after);
  };

  return {
    name,
    async atHead(forge, organization) {
      return snapshot(forge, organization, await forge.headCommit({ owner: organization, name }));
    },
    at: (forge, organization, commit) => snapshot(forge, organization, commit),
    async write(forge, organization, { message, unchanged, changes }) {
      const repository = { owner: organization, name };
      const [target] = await forge.getRepositories([repository]);
      if (!target) return undefined;
      let last: { head: string; changes: CatalogChanges } | undefined;
      const result = await forge.commitFiles({
        repository,
        branch: target.defaultBranch,
        message,
        changes: async (head) => {
          last = { head: head.sha, changes: await changes(snapshot(forge, organization, head.sha)) };
          return last.changes;
        },
      });
      // Nothing committed: what was read at the head still holds, as read.
      if (last && result.outcome !== 'unchanged')
        advance(organization, last.head, result.sha, unchanged, last.changes.known?.() ?? []);
      return result;
    },
    advance,
  };
}

const setKnown = (entry: Kept, { part, value }: Known<unknown>) => {
  entry.reads.set(part.name, Promise.resolve(value));
  entry.last.set(part.name, value);
};
