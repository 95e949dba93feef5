import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  count
} from "./chunk-FRBE2SKT.js";

// app/core/report/code-frame.ts
function codeFrame(text, line, column, endLine, endColumn) {
  const lines = text.split(/\r?\n/);
  const target = lines[line - 1];
  if (target === void 0) return [];
  const width = String(line).length;
  const gutter = (n) => `${String(n).padStart(width)} | `;
  const out = [];
  if (line > 1 && lines[line - 2].trim() !== "") out.push(`  ${gutter(line - 1)}${lines[line - 2]}`);
  out.push(`> ${gutter(line)}${target}`);
  const end = endLine === line ? Math.max(endColumn, column + 1) : target.length + 1;
  const visible = target.slice(0, column - 1).replace(/[^\t]/g, " ");
  out.push(`  ${gutter("")}${visible}${"^".repeat(Math.max(1, Math.min(end, target.length + 1) - column))}`);
  return out;
}

// app/core/report/format-text.ts
var plainStyle = {
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
  dim: (s) => s,
  bold: (s) => s
};
function formatText(report, sourceOf, style = plainStyle) {
  const out = [];
  for (const file of report.files) {
    if (file.skipped || file.problems.length === 0) continue;
    out.push(style.bold(file.path));
    for (const p of [...file.problems].sort(byPosition)) out.push(...formatProblem(p, sourceOf(file.path), style), "");
  }
  out.push(summaryLine(report, style));
  return out.join("\n") + "\n";
}
var byPosition = (a, b) => a.line - b.line || a.column - b.column;
function formatProblem(p, source, style) {
  const severity = p.severity === "error" ? style.red("error") : style.yellow("warning");
  const where = style.dim(`${p.line}:${p.column}`);
  const lines = [`  ${where}  ${severity}  ${p.message}  ${style.dim(p.rule)}`];
  if (source !== void 0)
    lines.push(...codeFrame(source, p.line, p.column, p.endLine, p.endColumn).map((l) => style.dim(`    ${l}`)));
  if (p.expected) lines.push(`    expected: ${p.expected}`);
  if (p.fix) lines.push(`    ${style.green("fix:")} ${p.fix}`);
  return lines;
}
function summaryLine(report, style) {
  const { files, skipped, entities, errors, warnings } = report.summary;
  const scope = `${count(files, "file")}, ${count(entities, "entity", "entities")}${skipped ? `, ${skipped} skipped (template skeletons)` : ""}`;
  if (files === 0) return style.yellow("No descriptor files found.");
  if (errors === 0 && warnings === 0) return style.green(`\u2714 ${scope}: no problems`);
  const counts = `${count(errors, "error")} and ${count(warnings, "warning")}`;
  return errors ? style.red(`\u2716 ${counts} in ${scope}`) : style.yellow(`\u26A0 ${counts} in ${scope}`);
}

export {
  plainStyle,
  formatText
};
