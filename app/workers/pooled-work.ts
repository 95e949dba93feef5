/**
 * The work on repository content done in the unit pool, with the budgets' policy: an item (a
 * file, a check) that goes over its budget is refused, reported in its place ("took longer than
 * 2 s; not evaluated"), and the unit runs again without it; a unit that goes over its own budget,
 * or keeps finding slow items, is refused whole: the repository is reported as not checked.
 */
import { seconds } from '../core/budgets.ts';
import type { ContentWork } from '../core/content-work.ts';
import type { RepositoryPlan } from '../core/migration/migration-model.ts';
import type { CheckedDescriptors } from '../core/validate/check-descriptors.ts';
import type { DescriptorRepository } from '../core/validate/collect-descriptor-sources.ts';
import { summarize } from '../core/validate/validation-report.ts';
import { problem, type Problem } from '../core/validation/problem.ts';
import { OverBudget } from './over-budget.ts';
import type { UnitPool } from './unit-pool.ts';
import { ROOT_DESCRIPTOR } from '../core/descriptor/descriptor-files.ts';

/** Slow items refused before the whole unit is: each attempt costs an item's budget at most, and redoes the rest. */
const ATTEMPTS = 4;

export function pooledWork(pool: UnitPool): ContentWork {
  return {
    checkDescriptors(repo, check, resolve) {
      const ports = {
        read: repo.read,
        size: repo.size,
        locate: repo.locate,
        templatesAbove: repo.templatesAbove,
        displayPath: repo.displayPath,
        ...(resolve ? { resolve } : {}),
      };
      return withRefusals(
        (refused: Map<string, Problem>) => pool.run('check-descriptors', { check, refused }, ports),
        (over) =>
          problem('error', 'over-budget', '', `${cost(over)} to check; not evaluated`, {
            fix: 'Split the file into smaller descriptor files, referenced from a Location.',
          }),
        (over) => notChecked(repo, check.paths, over),
      );
    },
    scoreSubjects(request) {
      return withRefusals(
        (refused: Map<string, string>) => pool.run('score-subjects', { request, refused }, {}),
        (over) => `${cost(over)} to evaluate; not evaluated`,
        // Every check an error, none evaluated: this thread only lists them (the scorer loaded only then).
        async (over) =>
          (await import('../core/scorecard/score-subjects.ts')).scoreSubjects(request, {
            refuseAll: `scoring the repository ${cost(over)}; not evaluated`,
          }),
      );
    },
    async scaffold(request) {
      // A template is one item: over its budget, it is stopped whole, a template mistake the issue names.
      try {
        return await pool.run('scaffold', { request }, {});
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error;
        const message = `running the template ${cost(error)}; stopped. Make its loops and skeleton smaller.`;
        return { ok: false, kind: 'template', problems: [{ where: '', message }] };
      }
    },
    async planTemplateUpdate(request, readCurrent) {
      try {
        return await pool.run('plan-template-update', { request }, { readCurrent });
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error;
        return {
          repository: request.repository,
          status: 'failed',
          reason: `planning the update ${cost(error)}; not planned`,
        };
      }
    },
    async planMigration(request) {
      // A unit's budget is for one unit of work: a campaign's repositories are planned a batch at a time.
      const plans: RepositoryPlan[] = [];
      for (let i = 0; i < request.repositories.length; i += PLAN_BATCH) {
        const batch = {
          ...request,
          repositories: request.repositories.slice(i, i + PLAN_BATCH),
          texts: request.texts.slice(i, i + PLAN_BATCH),
        };
        plans.push(
          ...(await withRefusals(
            (refused: Map<string, string>) => pool.run('plan-migration', { request: batch, refused }, {}),
            (over) => `planning it ${cost(over)}; not planned`,
            (over) =>
              batch.repositories.map((r): RepositoryPlan => ({
                repository: r.fullName,
                status: 'failed',
                reason: `planning its batch ${cost(over)}; not planned`,
              })),
          )),
        );
      }
      return plans;
    },
  };
}

/** Repositories planned in one unit. */
const PLAN_BATCH = 100;

/**
 * Runs a unit, refusing each item that goes over its budget (`refusal` says why, in its place) and
 * running it again without it; past ATTEMPTS, or when the unit's own budget is spent, `whole` stands
 * for the unit. Any other failure is a failure.
 */
async function withRefusals<Why, Result>(
  attempt: (refused: Map<string, Why>) => Promise<Result>,
  refusal: (over: OverBudget) => Why,
  whole: (over: OverBudget) => Result | Promise<Result>,
): Promise<Result> {
  const refused = new Map<string, Why>();
  for (let n = 1; ; n++) {
    try {
      return await attempt(refused);
    } catch (error) {
      if (!(error instanceof OverBudget)) throw error;
      if (error.scope !== 'item' || error.item === undefined || refused.has(error.item) || n >= ATTEMPTS)
        return whole(error);
      refused.set(error.item, refusal(error));
    }
  }
}

const cost = (over: OverBudget) =>
  over.resource === 'time' ? `took longer than ${seconds(over.limit)}` : `needed more than ${over.limit} MB`;

/**
 * The repository's report when its check went over budget whole: its first descriptor carries why, and nothing is known
 * of the rest.
 */
async function notChecked(
  repo: DescriptorRepository,
  paths: readonly string[],
  over: OverBudget,
): Promise<CheckedDescriptors> {
  const why = `Checking this repository's descriptors ${cost(over)}; they were not evaluated`;
  const located = { line: 1, column: 1, endLine: 1, endColumn: 1, document: 0 };
  const path = await repo.displayPath(paths[0] ?? ROOT_DESCRIPTOR);
  const report = summarize([
    {
      path,
      entities: [],
      problems: [
        {
          ...problem('error', 'over-budget', '', why, {
            fix: 'Split large descriptor files, and check what they point at ($text, Locations).',
          }),
          ...located,
        },
      ],
    },
  ]);
  return { report: { ...report, incomplete: why }, texts: new Map() };
}
