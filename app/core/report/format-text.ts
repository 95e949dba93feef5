/** The report for people: problems grouped by file, each with its line quoted and a fix. */
import type { LocatedProblem } from '../validation/problem.ts';
import type { ValidationReport } from '../validate/validation-report.ts';
import { codeFrame } from './code-frame.ts';
import { count } from '../words.ts';

export interface TextStyle {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const plainStyle: TextStyle = {
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
};

export function formatText(
  report: ValidationReport,
  sourceOf: (path: string) => string | undefined,
  style: TextStyle = plainStyle,
): string {
  const out: string[] = [];
  for (const file of report.files) {
    if (file.skipped || file.problems.length === 0) continue;
    out.push(style.bold(file.path));
    for (const p of [...file.problems].sort(byPosition)) out.push(...formatProblem(p, sourceOf(file.path), style), '');
  }
  out.push(summaryLine(report, style));
  return out.join('\n') + '\n';
}

const byPosition = (a: LocatedProblem, b: LocatedProblem) => a.line - b.line || a.column - b.column;

function formatProblem(p: LocatedProblem, source: string | undefined, style: TextStyle): string[] {
  const severity = p.severity === 'error' ? style.red('error') : style.yellow('warning');
  const where = style.dim(`${p.line}:${p.column}`);
  const lines = [`  ${where}  ${severity}  ${p.message}  ${style.dim(p.rule)}`];
  if (source !== undefined)
    lines.push(...codeFrame(source, p.line, p.column, p.endLine, p.endColumn).map((l) => style.dim(`    ${l}`)));
  if (p.expected) lines.push(`    expected: ${p.expected}`);
  if (p.fix) lines.push(`    ${style.green('fix:')} ${p.fix}`);
  return lines;
}

function summaryLine(report: ValidationReport, style: TextStyle): string {
  const { files, skipped, entities, errors, warnings } = report.summary;
  const scope = `${count(files, 'file')}, ${count(entities, 'entity', 'entities')}${skipped ? `, ${skipped} skipped (template skeletons)` : ''}`;
  if (files === 0) return style.yellow('No descriptor files found.');
  if (errors === 0 && warnings === 0) return style.green(`✔ ${scope}: no problems`);
  const counts = `${count(errors, 'error')} and ${count(warnings, 'warning')}`;
  return errors ? style.red(`✖ ${counts} in ${scope}`) : style.yellow(`⚠ ${counts} in ${scope}`);
}
