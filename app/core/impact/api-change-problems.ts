/**
 * Breaking changes to API definitions as problems of the "Callboard / descriptors" check, placed on
 * the API's descriptor: an error when the API is in production and the catalog knows consumers it
 * would break (the change needs their owners' word), a warning otherwise. A definition read with
 * `$text` from another file is compared too: the descriptor's file is judged even when only the
 * definition's file changed.
 */
import type { CatalogIndex } from '../catalog-index/catalog-index.ts';
import { problem, type LocatedProblem } from '../validation/problem.ts';
import type { ValidationReport } from '../validate/validation-report.ts';
import { count } from '../words.ts';
import { definitionChanges } from './api-change-notes.ts';
import { directDependents } from './dependents.ts';
import type { RepositoryEntity } from './impact-report.ts';

export interface ApiCheckProblems {
  /** The report with the problems added to the files of the APIs that changed. */
  report: ValidationReport;
  /** The files they were added to (judged by the check whether or not the change touched them). */
  paths: string[];
}

export function withApiChangeProblems(
  report: ValidationReport,
  before: readonly RepositoryEntity[],
  after: readonly RepositoryEntity[],
  index: CatalogIndex | undefined,
): ApiCheckProblems {
  const old = new Map(before.map((e) => [e.ref, e.entity]));
  const added = new Map<string, LocatedProblem[]>();
  for (const e of after) {
    const changes = definitionChanges(old.get(e.ref), e.entity).filter((c) => c.severity === 'breaking');
    if (!changes.length) continue;
    const file = report.files.find((f) => f.path === e.path);
    const summary = file?.entities.find((s) => s.ref === e.ref);
    if (!file || !summary) continue;
    const consumers = index ? directDependents(index, e.ref) : [];
    const production = String(e.entity.spec?.lifecycle ?? '').toLowerCase() === 'production';
    const severity = production && consumers.length ? 'error' : 'warning';
    const whom = consumers.length
      ? `${count(consumers.length, 'consumer')} in the catalog (${consumers.slice(0, 5).join(', ')}${consumers.length > 5 ? ', …' : ''})`
      : 'no consumer in the catalog';
    const list = added.get(file.path) ?? [];
    for (const change of changes)
      list.push({
        ...problem(
          severity,
          'api-breaking-change',
          '/spec/definition',
          `${e.ref}: breaking change: ${change.text}; ${whom}`,
          {
            fix: consumers.length
              ? "Keep the old shape beside the new one (a new operation, an optional field), or agree the change with the consumers' owners before merging."
              : 'Nothing in the catalog consumes it; consumers outside the catalog may still break.',
          },
        ),
        line: summary.line,
        column: 1,
        endLine: summary.line,
        endColumn: 1,
        document: summary.document,
        entity: e.ref,
      });
    added.set(file.path, list);
  }
  if (!added.size) return { report, paths: [] };
  const files = report.files.map((f) =>
    added.has(f.path) ? { ...f, problems: [...f.problems, ...added.get(f.path)!] } : f,
  );
  const errors = [...added.values()].flat().filter((p) => p.severity === 'error').length;
  const warnings = [...added.values()].flat().length - errors;
  return {
    report: {
      ...report,
      files,
      summary: {
        ...report.summary,
        errors: report.summary.errors + errors,
        warnings: report.summary.warnings + warnings,
      },
    },
    paths: [...added.keys()],
  };
}
