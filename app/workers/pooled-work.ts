/**
 * The work on repository content done in the unit pool, with the budgets' policy: an item (a
 * file, a check) that goes over its budget is refused, reported in its place ("took longer than
 * 2 s; not evaluated"), and the unit runs again without it; a unit that goes over its own budget,
 * or keeps finding slow items, is refused whole: the repository is reported as not checked.
 */
import { seconds } from '../core/budgets.ts';
import type { ContentWork } from '../core/content-work.ts';
import { scoreSubjects } from '../core/scorecard/score-repository.ts';
import type { CheckedDescriptors } from '../core/validate/check-descriptors.ts';
import type { DescriptorRepository } from '../core/validate/collect-descriptor-sources.ts';
import { summarize } from '../core/validate/validation-report.ts';
import { problem, type Problem } from '../core/validation/problem.ts';
import { OverBudget } from './over-budget.ts';
import type { UnitPool } from './unit-pool.ts';

/** Slow items refused before the whole unit is: each attempt costs an item's budget at most, and redoes the rest. */
const ATTEMPTS = 4;

export function pooledWork(pool: UnitPool): ContentWork {
  return {
    async checkDescriptors(repo, check, resolve) {
      const refused = new Map<string, Problem>();
      const ports = { read: repo.read, size: repo.size, locate: repo.locate, templatesAbove: repo.templatesAbove, displayPath: repo.displayPath, ...(resolve ? { resolve } : {}) };
      for (let attempt = 1; ; attempt++) {
        try {
          return await pool.run('check-descriptors', { check, refused }, ports);
        } catch (error) {
          const over = overBudget(error);
          if (over.scope === 'item' && over.item !== undefined && !refused.has(over.item) && attempt < ATTEMPTS) {
            refused.set(over.item, problem('error', 'over-budget', '', `${cost(over)} to check; not evaluated`, { fix: 'Split the file into smaller descriptor files, referenced from a Location.' }));
          } else {
            return notChecked(repo, check.paths, over);
          }
        }
      }
    },
    async scoreSubjects(request) {
      const refused = new Map<string, string>();
      for (let attempt = 1; ; attempt++) {
        try {
          return await pool.run('score-subjects', { request, refused }, {});
        } catch (error) {
          const over = overBudget(error);
          if (over.scope === 'item' && over.item !== undefined && !refused.has(over.item) && attempt < ATTEMPTS) {
            refused.set(over.item, `${cost(over)} to evaluate; not evaluated`);
          } else {
            // Every check an error, none evaluated: this thread only lists them.
            return scoreSubjects(request, { refuseAll: `scoring the repository ${cost(over)}; not evaluated` });
          }
        }
      }
    },
  };
}

function overBudget(error: unknown): OverBudget {
  if (error instanceof OverBudget) return error;
  throw error;
}

const cost = (over: OverBudget) => (over.resource === 'time' ? `took longer than ${seconds(over.limit)}` : `needed more than ${over.limit} MB`);

/** The repository's report when its check went over budget whole: its first descriptor carries why, and nothing is known of the rest. */
async function notChecked(repo: DescriptorRepository, paths: readonly string[], over: OverBudget): Promise<CheckedDescriptors> {
  const why = `Checking this repository's descriptors ${cost(over)}; they were not evaluated`;
  const located = { line: 1, column: 1, endLine: 1, endColumn: 1, document: 0 };
  const path = await repo.displayPath(paths[0] ?? 'catalog-info.yaml');
  const report = summarize([{ path, entities: [], problems: [{ ...problem('error', 'over-budget', '', why, { fix: 'Split large descriptor files, and check what they point at ($text, Locations).' }), ...located }] }]);
  return { report: { ...report, incomplete: why }, texts: new Map() };
}
