/**
 * The work a worker thread does, by name: each unit takes data and ports (functions answered by
 * the calling thread, for reads) and says which item it starts, so its time can be kept per item.
 */
import type { DescriptorRepository } from '../core/validate/collect-descriptor-sources.ts';
import type { DescriptorCheck, ResolveEntity } from '../core/validate/check-descriptors.ts';
import type { Progress } from '../core/validate/validate-descriptor-files.ts';
import type { Problem } from '../core/validation/problem.ts';
import { BUDGETS } from '../core/budgets.ts';
import type { ScoringRequest } from '../core/scorecard/score-subjects.ts';
import type { PlanRequest } from '../core/migration/plan-repository.ts';
import type { ScaffoldRequest } from '../core/scaffold/scaffold.ts';
import type { ReadCurrent, UpdateRequest } from '../core/scaffold/template-update.ts';

type Repository = Pick<DescriptorRepository, 'read' | 'size' | 'locate' | 'templatesAbove' | 'displayPath'>;

/**
 * Each unit's code, imported when it first runs (or when a worker is warmed for it): a worker that only checks
 * descriptors (a CLI run, a pull request) never loads the template engine or the migration planner.
 */
const CODE = {
  'check-descriptors': () => import('../core/validate/check-descriptors.ts'),
  'score-subjects': () => import('../core/scorecard/score-subjects.ts'),
  'plan-migration': () => import('../core/migration/plan-repository.ts'),
  scaffold: () => import('../core/scaffold/scaffold.ts'),
  'plan-template-update': () => import('../core/scaffold/template-update.ts'),
};

/** Loads a unit's code ahead of its first run. */
export const preloadUnit = (name: UnitName): Promise<unknown> => CODE[name]();

export const UNITS = {
  /**
   * A repository's descriptors, read through the caller's repository port and, when given, resolved against its
   * catalog.
   */
  'check-descriptors': async (
    input: { check: DescriptorCheck; refused: Map<string, Problem> },
    ports: Repository & { resolve?: ResolveEntity },
    progress: Progress,
  ) =>
    (await CODE['check-descriptors']()).checkDescriptors(ports, input.check, {
      progress,
      refused: input.refused,
      ...(ports.resolve ? { resolve: ports.resolve } : {}),
    }),
  /** A repository's entities scored on the tracks. */
  'score-subjects': async (
    input: { request: ScoringRequest; refused: Map<string, string>; refuseAll?: string },
    _ports: Record<string, never>,
    progress: Progress,
  ) =>
    (await CODE['score-subjects']()).scoreSubjects(input.request, {
      progress,
      refused: input.refused,
      ...(input.refuseAll ? { refuseAll: input.refuseAll } : {}),
    }),
  /** A migration planned for some repositories. */
  'plan-migration': async (
    input: { request: PlanRequest; refused: Map<string, string> },
    _ports: Record<string, never>,
    progress: Progress,
  ) =>
    (await CODE['plan-migration']()).planRepositories(input.request, {
      progress,
      refused: input.refused,
    }),
  /** A template run: one item, the template, timed as one. */
  scaffold: async (input: { request: ScaffoldRequest }, _ports: Record<string, never>, progress: Progress) => {
    progress(input.request.source, BUDGETS.scaffoldMs);
    return (await CODE.scaffold()).scaffold(input.request);
  },
  /** A template update planned for one repository: its files read through the caller's port. */
  'plan-template-update': async (
    input: { request: Omit<UpdateRequest, 'current'> },
    ports: { readCurrent: ReadCurrent },
    progress: Progress,
  ) => {
    progress(input.request.repository, BUDGETS.scaffoldMs * 2);
    return (await CODE['plan-template-update']()).planTemplateUpdate(input.request, ports.readCurrent);
  },
};

export type Units = typeof UNITS;
export type UnitName = keyof Units;
