/**
 * GitHub workflow commands (`::error file=…,line=…::message`), one per problem, so each shows as an
 * annotation on its exact line. Escaping follows the runner's rules (as @actions/core applies them).
 */
import type { ValidationReport } from '../validate/validation-report.ts';
import { problemText } from './problem-text.ts';

const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One workflow command, e.g. `::warning file=a.xml,line=3,title=Callboard::message`, properties left out when
 * undefined.
 */
export function workflowCommand(
  command: 'error' | 'warning' | 'notice',
  properties: [string, string | number | undefined][],
  message: string,
): string {
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

export function formatGithub(report: ValidationReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const p of file.problems) {
      const props: [string, string | number][] = [
        ['file', file.path],
        ['line', p.line],
        ['endLine', p.endLine],
        ['col', p.column],
        ...(p.endLine === p.line ? ([['endColumn', p.endColumn]] as [string, number][]) : []),
        ['title', `Callboard: ${p.rule}`],
      ];
      lines.push(workflowCommand(p.severity, props, problemText(p)));
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
