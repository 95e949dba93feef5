import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  problemText
} from "./chunk-5PWEWRPE.js";

// app/core/report/format-github.ts
var escapeData = (s) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
var escapeProperty = (s) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
function workflowCommand(command, properties, message) {
  const props = properties.filter((p) => p[1] !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${command}${props.length ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}
function formatGithub(report) {
  const lines = [];
  for (const file of report.files) {
    for (const p of file.problems) {
      const props = [
        ["file", file.path],
        ["line", p.line],
        ["endLine", p.endLine],
        ["col", p.column],
        ...p.endLine === p.line ? [["endColumn", p.endColumn]] : [],
        ["title", `Callboard: ${p.rule}`]
      ];
      lines.push(workflowCommand(p.severity, props, problemText(p)));
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

export {
  workflowCommand,
  formatGithub
};
