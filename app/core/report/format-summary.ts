/** The job summary (Markdown): the totals, then a table of every problem with a link to its line. */
import type { ValidationReport } from '../validate/validation-report.ts';

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function formatSummary(report: ValidationReport, linkTo?: (path: string, line: number) => string): string {
  const { files, entities, errors, warnings, skipped } = report.summary;
  const status = errors ? '❌' : warnings ? '⚠️' : '✅';
  const out = [
    `## ${status} Callboard: catalog descriptors`,
    '',
    '| files | entities | errors | warnings | skipped |',
    '|---:|---:|---:|---:|---:|',
    `| ${files} | ${entities} | ${errors} | ${warnings} | ${skipped} |`,
    '',
  ];
  const rows = report.files.flatMap((f) =>
    f.problems.map((p) => {
      const where = `${f.path}:${p.line}:${p.column}`;
      const place = linkTo ? `[${cell(where)}](${linkTo(f.path, p.line)})` : `\`${cell(where)}\``;
      return `| ${p.severity === 'error' ? '❌ error' : '⚠️ warning'} | ${place} | ${cell(p.message)} | ${cell(p.fix ?? '')} | \`${p.rule}\` |`;
    }),
  );
  if (rows.length) out.push('| | where | problem | fix | rule |', '|---|---|---|---|---|', ...rows, '');
  return out.join('\n');
}
