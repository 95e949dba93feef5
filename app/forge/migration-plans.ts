/**
 * Every repository's plan for a migration, through the forge: each repository's file listing, then
 * only the texts its plan needs, read for all repositories in one batch (GraphQL on GitHub, the disk
 * locally). The app's campaigns and `callboard migrate` plan the same way, through this.
 */
import type { CatalogIndex } from '../core/catalog-index/catalog-index.ts';
import type { MigrationSpec, RepositoryPlan } from '../core/migration/migration-model.ts';
import type { ContentWork } from '../core/content-work.ts';
import { readsFor, type RepositoryUnderPlan } from '../core/migration/plan-repository.ts';
import { selectRepository } from '../core/migration/select-repositories.ts';
import type { Forge, ForgeRepository } from './types.ts';

export interface MigrationPlanning {
  forge: Forge;
  spec: MigrationSpec;
  /** The spec's template files, by path relative to `migrations/`. */
  templates: ReadonlyMap<string, string>;
  /** The catalog the spec's entity query runs on; without it, no repository has entities. */
  index: CatalogIndex | undefined;
  /** `ref\0track\0check` of the failing scorecard checks recorded (for `failing` targets), lowercased ref. */
  failing?: readonly string[];
  /** Where the plans are made: worker threads with budgets in the app and the CLI. */
  work: ContentWork;
  now: Date;
}

export async function planMigration(
  planning: MigrationPlanning,
  repositories: readonly ForgeRepository[],
): Promise<RepositoryPlan[]> {
  const { forge, spec, index, templates } = planning;
  const failing = new Set(planning.failing ?? []);
  const isFailing = (ref: string, track: string, check: string) =>
    failing.has(`${ref.toLowerCase()}\0${track}\0${check}`);
  const inputs: Omit<RepositoryUnderPlan, 'failing'>[] = await Promise.all(
    repositories.map(async (r) => {
      const entities = index?.ofRepository(r.fullName) ?? [];
      // Only the repositories the spec targets are read: the catalog alone says which.
      const targeted = selectRepository(spec.targets, { ...r, entities, failing: isFailing }).applies;
      const listing = targeted ? await forge.listFiles(r, r.defaultBranch) : undefined;
      const teams = targeted && spec.targets.catalogued === false ? await forge.repositoryTeams(r) : [];
      return {
        fullName: r.fullName,
        owner: r.owner,
        name: r.name,
        defaultBranch: r.defaultBranch,
        archived: r.archived,
        entities,
        teams,
        paths: listing?.paths ?? [],
      };
    }),
  );
  const reads = inputs.map((input) => readsFor(spec, input, templates));
  const files = await forge.readFiles(
    inputs.flatMap((input, i) =>
      reads[i]!.map((path) => ({
        repository: { owner: input.owner, name: input.name },
        path,
        ref: input.defaultBranch,
      })),
    ),
  );
  const texts = new Map<string, string>();
  for (const f of files)
    if (f.text !== undefined) texts.set(`${f.repository.owner}/${f.repository.name}\0${f.path}`, f.text);
  const ownTexts = inputs.map((input, i) => {
    const own = new Map<string, string>();
    for (const path of reads[i]!) {
      const text = texts.get(`${input.owner}/${input.name}\0${path}`);
      if (text !== undefined) own.set(path, text);
    }
    return own;
  });
  return planning.work.planMigration({
    spec,
    repositories: inputs,
    texts: ownTexts,
    templates,
    failing: planning.failing ?? [],
    now: planning.now,
  });
}
