import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  validateLocalDescriptors
} from "../chunks/chunk-ZNXZNTIX.js";
import {
  DEFAULT_PATTERN
} from "../chunks/chunk-7OZBI5G4.js";
import "../chunks/chunk-2VPE2ZMA.js";
import {
  formatGithub
} from "../chunks/chunk-DAZ23ANG.js";
import {
  formatSummary
} from "../chunks/chunk-NXVHRQ63.js";
import "../chunks/chunk-JR3DU7TN.js";
import "../chunks/chunk-DEQYOCHN.js";
import "../chunks/chunk-2SMOZSPU.js";
import {
  runnerIo,
  workflowRepository
} from "../chunks/chunk-MMJGNYSC.js";
import "../chunks/chunk-AJHB2GPK.js";
import "../chunks/chunk-5PWEWRPE.js";
import "../chunks/chunk-JXHDITPO.js";
import "../chunks/chunk-LVF6ZBLO.js";
import {
  count
} from "../chunks/chunk-FRBE2SKT.js";
import "../chunks/chunk-LUC3IO3K.js";
import "../chunks/chunk-4IBHSZ6E.js";
import {
  UsageError,
  asUsageError
} from "../chunks/chunk-7P7JJGH6.js";
import "../chunks/chunk-6UNDT6GO.js";
import "../chunks/chunk-7BHR42MJ.js";
import "../chunks/chunk-CBINKEOC.js";
import "../chunks/chunk-M3WY2IZ6.js";
import "../chunks/chunk-3SVCAJPW.js";
import "../chunks/chunk-I6AYO5FO.js";
import "../chunks/chunk-56XEIP7Z.js";
import "../chunks/chunk-CR7J3FDB.js";
import "../chunks/chunk-L53STSPY.js";
import "../chunks/chunk-JLATT4XO.js";
import "../chunks/chunk-YV55PDYP.js";
import "../chunks/chunk-H3NJOLHB.js";
import "../chunks/chunk-RHSRYE64.js";

// actions/validate/src/main.ts
import { resolve } from "node:path";
var ANNOTATIONS_SHOWN = 10;
async function run(io) {
  try {
    const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
    const patterns = io.getInput("path").split("\n").map((p) => p.trim()).filter(Boolean);
    const schemaDir = io.getInput("schema-dir").trim();
    const failOnWarnings = booleanInput(io, "fail-on-warnings");
    const repository = workflowRepository(io.context);
    const repositoryUrl = repository && `${io.context.serverUrl}/${repository.owner}/${repository.repo}`;
    const { sha } = io.context;
    const { report } = await validateLocalDescriptors({
      work: io.work,
      patterns: patterns.length ? patterns : [DEFAULT_PATTERN],
      cwd: workspace,
      ...schemaDir ? { schemaDir: resolve(workspace, schemaDir) } : {},
      ...repositoryUrl ? { repositoryUrl } : {}
    });
    const { entities, errors, warnings } = report.summary;
    io.log(formatGithub(report));
    if (errors > ANNOTATIONS_SHOWN || warnings > ANNOTATIONS_SHOWN) {
      io.log(
        `::notice title=Callboard::GitHub shows ${ANNOTATIONS_SHOWN} error and ${ANNOTATIONS_SHOWN} warning annotations per step; the job summary lists all ${errors + warnings} problems.
`
      );
    }
    io.setOutput("entities", entities);
    io.setOutput("errors", errors);
    io.setOutput("warnings", warnings);
    const linkTo = repositoryUrl && sha ? (path, line) => `${repositoryUrl}/blob/${sha}/${encodeURI(path)}#L${line}` : void 0;
    await io.writeSummary(formatSummary(report, linkTo));
    if (errors > 0) io.setFailed(`${count(errors, "error")} in catalog descriptors; see the annotations`);
    else if (failOnWarnings && warnings > 0)
      io.setFailed(`${count(warnings, "warning")} in catalog descriptors, and fail-on-warnings is set`);
  } catch (e) {
    const mistake = asUsageError(e);
    io.setFailed(
      mistake ? mistake.message : `Callboard failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`
    );
  }
}
function booleanInput(io, name) {
  const value = io.getInput(name).trim();
  if (["", "false", "False", "FALSE"].includes(value)) return false;
  if (["true", "True", "TRUE"].includes(value)) return true;
  throw new UsageError(`Input ${name} must be true or false, not "${value}"`);
}

// actions/validate/src/index.ts
await run(runnerIo());
