/**
 * What "migrated" means for a spec, in words for a pull request's body: its condition read out, or,
 * without one, that the steps would change nothing any more.
 */
import type { Condition } from '../scorecard/scorecard-model.ts';
import type { MigrationSpec } from './migration-model.ts';

export function describeMigrated(spec: Pick<MigrationSpec, 'migrated'>): string {
  return spec.migrated
    ? `\`${describeCondition(spec.migrated)}\``
    : 'the migration’s steps would change nothing in the repository any more';
}

export function describeCondition(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  if ('any' in condition) return `(${condition.any.map(describeCondition).join(' or ')})`;
  if ('not' in condition) return `not (${describeCondition(condition.not)})`;
  const subject = 'fact' in condition ? condition.fact : condition.file;
  const at = condition.path ? ` ${condition.path}` : '';
  const value = condition.value === undefined ? '' : ` ${JSON.stringify(condition.value)}`;
  return `${subject}${at} ${condition.operator}${value}`;
}
