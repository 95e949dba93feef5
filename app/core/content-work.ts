/**
 * The port for the CPU-heavy work on repository content: checking a repository's descriptors,
 * scoring its entities, planning a migration's changes and running a template. Repository content is hostile, so where
 * that work runs is the caller's choice: in this thread (tests, and the pure core's own callers), or
 * in worker threads with time and memory budgets (the app, the CLI and the actions; app/workers).
 * Requests are data, so they cross to a worker as they are; the repository port's reads are answered
 * from the caller's thread.
 */
import type { DescriptorRepository } from './validate/collect-descriptor-sources.ts';
import {
  checkDescriptors,
  type CheckedDescriptors,
  type DescriptorCheck,
  type ResolveEntity,
} from './validate/check-descriptors.ts';
import { scoreSubjects, type ScoringRequest } from './scorecard/score-subjects.ts';
import type { EntityScore } from './scorecard/scorecard-model.ts';
import type { RepositoryPlan } from './migration/migration-model.ts';
import { planRepositories, type PlanRequest } from './migration/plan-repository.ts';
import { scaffold, type ScaffoldRequest, type Scaffolded } from './scaffold/scaffold.ts';
import { planTemplateUpdate, type ReadCurrent, type UpdateRequest } from './scaffold/template-update.ts';

export interface ContentWork {
  checkDescriptors(
    repo: DescriptorRepository,
    check: DescriptorCheck,
    resolve?: ResolveEntity,
  ): Promise<CheckedDescriptors>;
  scoreSubjects(request: ScoringRequest): Promise<EntityScore[]>;
  /** A migration's plan for each repository (templates rendered, files edited, diffs made). */
  planMigration(request: PlanRequest): Promise<RepositoryPlan[]>;
  /** A template run with some answers: the new repository's files (templates are hostile: budgets apply). */
  scaffold(request: ScaffoldRequest): Promise<Scaffolded>;
  /** A template's change merged into a repository made from it (both versions rendered, three-way merged). */
  planTemplateUpdate(request: Omit<UpdateRequest, 'current'>, readCurrent: ReadCurrent): Promise<RepositoryPlan>;
}

/** The work done in the caller's thread, without budgets: for tests and for content already trusted. */
export const inThisThread: ContentWork = {
  checkDescriptors: (repo, check, resolve) => checkDescriptors(repo, check, resolve ? { resolve } : {}),
  scoreSubjects: async (request) => scoreSubjects(request),
  planMigration: async (request) => planRepositories(request),
  scaffold: async (request) => scaffold(request),
  planTemplateUpdate: (request, readCurrent) => planTemplateUpdate(request, readCurrent),
};
