/** The offending line, with the one before it, and a caret under the offending value. */
export function codeFrame(text: string, line: number, column: number, endLine: number, endColumn: number): string[] {
  const lines = text.split(/\r?\n/);
  const target = lines[line - 1];
  if (target === undefined) return [];
  const width = String(line).length;
  const gutter = (n: number | '') => `${String(n).padStart(width)} | `;
  const out: string[] = [];
  if (line > 1 && lines[line - 2]!.trim() !== '') out.push(`  ${gutter(line - 1)}${lines[line - 2]}`);
  out.push(`> ${gutter(line)}${target}`);
  const end = endLine === line ? Math.max(endColumn, column + 1) : target.length + 1;
  const visible = target.slice(0, column - 1).replace(/[^\t]/g, ' ');
  out.push(`  ${gutter('')}${visible}${'^'.repeat(Math.max(1, Math.min(end, target.length + 1) - column))}`);
  return out;
}
