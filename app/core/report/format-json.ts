/** The report for machines (`--format json`): one object, documented in docs/cli.md ("The JSON report"). */
import type { ValidationReport } from '../validate/validation-report.ts';

export function formatJson(report: ValidationReport): string {
  const files = report.files.map((f) => ({
    path: f.path,
    ...(f.skipped ? { skipped: f.skipped } : {}),
    entities: f.entities.map(({ ref, kind, name, namespace, document, line, valid }) => ({
      ref,
      kind,
      name,
      namespace,
      document,
      line,
      valid,
    })),
    problems: f.problems.map((p) => ({
      severity: p.severity,
      message: p.message,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      pointer: p.pointer,
      rule: p.rule,
      document: p.document,
      ...(p.entity ? { entity: p.entity } : {}),
      ...(p.expected ? { expected: p.expected } : {}),
      ...(p.fix ? { fix: p.fix } : {}),
    })),
  }));
  return JSON.stringify({ files, summary: report.summary }, null, 2) + '\n';
}
