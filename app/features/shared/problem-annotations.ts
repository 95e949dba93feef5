/** Problems placed in a file, as check run annotations on their lines (failure for errors, warning otherwise). */
import { problemText } from '../../core/report/problem-text.ts';
import type { LocatedProblem } from '../../core/validation/problem.ts';
import type { CheckAnnotation } from '../../forge/types.ts';

export function problemAnnotations(path: string, problems: readonly LocatedProblem[]): CheckAnnotation[] {
  return problems.map((p) => ({
    path,
    startLine: p.line,
    endLine: p.endLine,
    ...(p.line === p.endLine ? { startColumn: p.column, endColumn: p.endColumn } : {}),
    level: p.severity === 'error' ? 'failure' : 'warning',
    title: `Callboard: ${p.rule}`,
    message: problemText(p),
  }));
}
