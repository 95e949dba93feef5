/**
 * The job summary (Markdown): the totals, then a table of every problem with a link to its line.
 * GitHub shows only 10 error and 10 warning annotations per step, so this table is the full record;
 * it is cut short (saying so) before GitHub's 1 MiB limit on a step summary.
 */
import type { ValidationReport } from '../validate/validation-report.ts';

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Room left under GitHub's 1 MiB step summary limit for what other steps write. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

export function formatSummary(
  report: ValidationReport,
  linkTo?: (path: string, line: number) => string,
  budget = SUMMARY_BUDGET_BYTES,
): string {
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
  if (rows.length) out.push('| | where | problem | fix | rule |', '|---|---|---|---|---|');
  let size = Buffer.byteLength(out.join('\n'));
  for (const [i, row] of rows.entries()) {
    size += Buffer.byteLength(row) + 1;
    if (size > budget) {
      out.push(
        '',
        `…and ${rows.length - i} more problems, not listed: the summary would exceed GitHub's size limit. Run \`npx callboard validate\` to see them all.`,
      );
      break;
    }
    out.push(row);
  }
  out.push('');
  return out.join('\n');
}
