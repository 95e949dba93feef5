import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/report/format-summary.ts
var cell = (s) => s.replaceAll("|", "\\|").replaceAll("\n", " ");
var SUMMARY_BUDGET_BYTES = 900 * 1024;
function formatSummary(report, linkTo, budget = SUMMARY_BUDGET_BYTES) {
  const { files, entities, errors, warnings, skipped } = report.summary;
  const status = errors ? "\u274C" : warnings ? "\u26A0\uFE0F" : "\u2705";
  const out = [
    `## ${status} Callboard: catalog descriptors`,
    "",
    "| files | entities | errors | warnings | skipped |",
    "|---:|---:|---:|---:|---:|",
    `| ${files} | ${entities} | ${errors} | ${warnings} | ${skipped} |`,
    ""
  ];
  const rows = report.files.flatMap(
    (f) => f.problems.map((p) => {
      const where = `${f.path}:${p.line}:${p.column}`;
      const place = linkTo ? `[${cell(where)}](${linkTo(f.path, p.line)})` : `\`${cell(where)}\``;
      return `| ${p.severity === "error" ? "\u274C error" : "\u26A0\uFE0F warning"} | ${place} | ${cell(p.message)} | ${cell(p.fix ?? "")} | \`${p.rule}\` |`;
    })
  );
  if (rows.length) out.push("| | where | problem | fix | rule |", "|---|---|---|---|---|");
  let size = Buffer.byteLength(out.join("\n"));
  for (const [i, row] of rows.entries()) {
    size += Buffer.byteLength(row) + 1;
    if (size > budget) {
      out.push(
        "",
        `\u2026and ${rows.length - i} more problems, not listed: the summary would exceed GitHub's size limit. Run \`npx callboard validate\` to see them all.`
      );
      break;
    }
    out.push(row);
  }
  out.push("");
  return out.join("\n");
}

export {
  formatSummary
};
