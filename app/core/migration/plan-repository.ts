/**
 * One repository's plan for a migration, from its files alone: whether the migration applies
 * (targeting), whether it has migrated already (the spec's condition), and otherwise the changes
 * the steps make, with their diff. Pure and synchronous, in two steps so that callers read only what
 * a plan needs: `readsFor` names the files, `planRepository` plans from their texts.
 */
import { BUDGETS } from '../budgets.ts';
import type { IndexEntity } from '../catalog-index/catalog-index.ts';
import { guessFilesToRead, guessRepository, type TeamAccess } from './guess-repository.ts';
import { conditionFiles, isMigrated } from './is-migrated.ts';
import type { MigrationSpec, RepositoryPlan } from './migration-model.ts';
import { selectRepository, templateContextOf } from './select-repositories.ts';
import { applySteps } from './steps/apply-steps.ts';
import { filesToRead } from './steps/files-to-read.ts';
import { unifiedDiff } from './unified-diff.ts';

export interface RepositoryUnderPlan {
  /** `owner/name`. */
  fullName: string;
  owner: string;
  name: string;
  defaultBranch: string;
  archived: boolean;
  /** Its entities in the catalog. */
  entities: readonly IndexEntity[];
  /** The organisation's teams with access to it (for guessing an owner); empty when not asked. */
  teams: readonly TeamAccess[];
  /** Every file at its default branch. */
  paths: readonly string[];
  failing?(ref: string, track: string, check: string): boolean;
}

/** The files whose texts the plan needs; none for a repository the migration does not apply to. */
export function readsFor(
  spec: MigrationSpec,
  repository: RepositoryUnderPlan,
  templates: ReadonlyMap<string, string>,
): string[] {
  const target = selectRepository(spec.targets, repository);
  if (!target.applies) return [];
  // Guesses only fill values: the paths steps touch do not depend on them.
  const context = templateContextOf(spec, repository, target.entity, { language: null, type: 'service', owner: null });
  return [
    ...new Set([
      ...guessFilesToRead(repository.paths),
      ...conditionFiles(spec, repository.paths),
      ...filesToRead(spec.steps, repository.paths, templates, context),
    ]),
  ].sort();
}

/** A campaign's plans to make, as data: it crosses to a worker thread as it is. */
export interface PlanRequest {
  spec: MigrationSpec;
  repositories: readonly Omit<RepositoryUnderPlan, 'failing'>[];
  /** Each repository's texts (the files `readsFor` named), in the order of `repositories`. */
  texts: readonly ReadonlyMap<string, string>[];
  templates: ReadonlyMap<string, string>;
  /** `ref\0track\0check` of every failing scorecard check known, lowercased ref. */
  failing: readonly string[];
  now: Date;
}

export interface PlanHooks {
  /** Told as each repository starts, with its time budget. */
  progress?: (item: string, budgetMs: number) => void;
  /** Repositories not to plan, with why (they went over a budget before). */
  refused?: ReadonlyMap<string, string>;
}

/** Every repository's plan: pure and synchronous, in whichever thread runs it. */
export function planRepositories(request: PlanRequest, hooks: PlanHooks = {}): RepositoryPlan[] {
  const failing = new Set(request.failing);
  const isFailing = (ref: string, track: string, check: string) =>
    failing.has(`${ref.toLowerCase()}\0${track}\0${check}`);
  return request.repositories.map((repository, i) => {
    const refused = hooks.refused?.get(repository.fullName);
    if (refused) return { repository: repository.fullName, status: 'failed', reason: refused };
    hooks.progress?.(repository.fullName, BUDGETS.planMs);
    return planRepository(
      request.spec,
      { ...repository, failing: isFailing },
      request.texts[i] ?? new Map(),
      request.templates,
      request.now,
    );
  });
}

export function planRepository(
  spec: MigrationSpec,
  repository: RepositoryUnderPlan,
  texts: ReadonlyMap<string, string>,
  templates: ReadonlyMap<string, string>,
  now: Date,
): RepositoryPlan {
  const { fullName } = repository;
  const target = selectRepository(spec.targets, repository);
  if (!target.applies) return { repository: fullName, status: 'not-applicable', reason: target.reason };
  const files = { paths: repository.paths, text: (path: string) => texts.get(path) };
  const migrated = isMigrated(spec, { fullName, files, ...(target.entity ? { entity: target.entity } : {}) }, now);
  if (migrated?.outcome === 'true') return { repository: fullName, status: 'migrated', evidence: migrated.evidence };
  const guesses = guessRepository({ files, organization: repository.owner, teams: repository.teams });
  const context = templateContextOf(spec, repository, target.entity, guesses);
  const applied = applySteps(spec.steps, {
    paths: repository.paths,
    text: files.text,
    templateFiles: templates,
    context,
  });
  if ('failed' in applied) return { repository: fullName, status: 'failed', reason: applied.failed };
  if (!applied.changes.length)
    return migrated
      ? {
          repository: fullName,
          status: 'failed',
          reason: `the steps change nothing, yet it does not count as migrated: ${migrated.evidence}`,
        }
      : { repository: fullName, status: 'migrated', evidence: 'the steps change nothing' };
  return {
    repository: fullName,
    status: 'changes',
    changes: applied.changes,
    diff: unifiedDiff(applied.changes, files.text),
    notes: applied.notes,
  };
}
