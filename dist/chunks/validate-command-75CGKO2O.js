import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  validateLocalDescriptors
} from "./chunk-ZNXZNTIX.js";
import "./chunk-7OZBI5G4.js";
import "./chunk-2VPE2ZMA.js";
import {
  formatGithub
} from "./chunk-DAZ23ANG.js";
import "./chunk-JR3DU7TN.js";
import "./chunk-DEQYOCHN.js";
import "./chunk-2SMOZSPU.js";
import "./chunk-5PWEWRPE.js";
import "./chunk-JXHDITPO.js";
import "./chunk-LVF6ZBLO.js";
import {
  formatText
} from "./chunk-TJ6EJ6P4.js";
import "./chunk-FRBE2SKT.js";
import "./chunk-4IBHSZ6E.js";
import "./chunk-7P7JJGH6.js";
import "./chunk-6UNDT6GO.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-CBINKEOC.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-3SVCAJPW.js";
import "./chunk-I6AYO5FO.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-CR7J3FDB.js";
import "./chunk-L53STSPY.js";
import "./chunk-JLATT4XO.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";

// app/cli/validate-command.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// app/core/report/format-json.ts
function formatJson(report) {
  const files = report.files.map((f) => ({
    path: f.path,
    ...f.skipped ? { skipped: f.skipped } : {},
    entities: f.entities.map(({ ref, kind, name, namespace, document, line, valid }) => ({
      ref,
      kind,
      name,
      namespace,
      document,
      line,
      valid
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
      ...p.entity ? { entity: p.entity } : {},
      ...p.expected ? { expected: p.expected } : {},
      ...p.fix ? { fix: p.fix } : {}
    }))
  }));
  return JSON.stringify({ files, summary: report.summary }, null, 2) + "\n";
}

// app/cli/validate-command.ts
var HELP = `Usage: callboard validate [PATH|GLOB ...] [options]

Validates Backstage catalog descriptors (catalog-info.yaml) exactly as Backstage would,
reporting every problem with its file, line and column.

With no PATH, every catalog-info.yaml below the current folder is checked
(node_modules and .git are skipped). A folder means every catalog-info.yaml below it.

Options:
  --format text|json|github  output for people (default), machines, or GitHub annotations
  --schema-dir DIR           JSON Schemas for your own kinds or stricter rules
  --root DIR                 repository root for $text/$json/$yaml (default: the git repository)
  --fail-on-warnings         exit 1 on warnings too
  -h, --help                 show this help

Exit status: 0 no errors, 1 errors found, 2 usage error.
`;
var FORMATS = ["text", "json", "github"];
var validateCommand = {
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          format: { type: "string", default: "text" },
          "schema-dir": { type: "string" },
          root: { type: "string" },
          "fail-on-warnings": { type: "boolean", default: false },
          help: { type: "boolean", short: "h", default: false }
        }
      });
    } catch (e) {
      io.err(`callboard validate: ${e.message}

${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const format = values.format;
    if (!FORMATS.includes(format)) {
      io.err(`callboard validate: --format must be one of ${FORMATS.join(", ")}, not "${values.format}"
`);
      return 2;
    }
    const { report, sources } = await validateLocalDescriptors({
      work: io.work,
      patterns: positionals,
      cwd: io.cwd,
      ...values["schema-dir"] ? { schemaDir: resolve(io.cwd, values["schema-dir"]) } : {},
      ...values.root ? { root: resolve(io.cwd, values.root) } : {}
    });
    if (format === "json") io.out(formatJson(report));
    else if (format === "github") io.out(formatGithub(report));
    else io.out(formatText(report, (path) => sources.get(path), io.style));
    const { errors, warnings } = report.summary;
    return errors > 0 || values["fail-on-warnings"] && warnings > 0 ? 1 : 0;
  }
};
export {
  validateCommand
};
