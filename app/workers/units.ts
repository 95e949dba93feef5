/**
 * The work a worker thread does, by name: each unit takes data and ports (functions answered by
 * the calling thread, for reads) and says which item it starts, so its time can be kept per item.
 */
import type { DescriptorRepository } from '../core/validate/collect-descriptor-sources.ts';
import { checkDescriptors, type DescriptorCheck, type ResolveEntity } from '../core/validate/check-descriptors.ts';
import type { Progress } from '../core/validate/validate-descriptor-files.ts';
import type { Problem } from '../core/validation/problem.ts';
import { BUDGETS } from '../core/budgets.ts';
import { scoreSubjects, type ScoringRequest } from '../core/scorecard/score-subjects.ts';
import { planRepositories, type PlanRequest } from '../core/migration/plan-repository.ts';
import { scaffold, type ScaffoldRequest } from '../core/scaffold/scaffold.ts';
import { planTemplateUpdate, type ReadCurrent, type UpdateRequest } from '../core/scaffold/template-update.ts';

type Repository = Pick<DescriptorRepository, 'read' | 'size' | 'locate' | 'templatesAbove' | 'displayPath'>;

export const UNITS = {
  /**
   * A repository's descriptors, read through the caller's repository port and, when given, resolved against its
   * catalog.
   */
  'check-descriptors': (
    input: { check: DescriptorCheck; refused: Map<string, Problem> },
    ports: Repository & { resolve?: ResolveEntity },
    progress: Progress,
  ) =>
    checkDescriptors(ports, input.check, {
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
    scoreSubjects(input.request, {
      progress,
      refused: input.refused,
      ...(input.refuseAll ? { refuseAll: input.refuseAll } : {}),
    }),
  /** A migration planned for some repositories. */
  'plan-migration': async (
    input: { request: PlanRequest; refused: Map<string, string> },
    _ports: Record<string, never>,
    progress: Progress,
  ) => planRepositories(input.request, { progress, refused: input.refused }),
  /** A template run: one item, the template, timed as one. */
  scaffold: async (input: { request: ScaffoldRequest }, _ports: Record<string, never>, progress: Progress) => {
    progress(input.request.source, BUDGETS.scaffoldMs);
    return scaffold(input.request);
  },
  /** A template update planned for one repository: its files read through the caller's port. */
  'plan-template-update': async (
    input: { request: Omit<UpdateRequest, 'current'> },
    ports: { readCurrent: ReadCurrent },
    progress: Progress,
  ) => {
    progress(input.request.repository, BUDGETS.scaffoldMs * 2);
    return planTemplateUpdate(input.request, ports.readCurrent);
  },
};

export type Units = typeof UNITS;
export type UnitName = keyof Units;
