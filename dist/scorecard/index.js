import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  MAX_CI_REPORT_BYTES,
  ciFactsOf
} from "../chunks/chunk-RBA2UBFA.js";
import {
  workflowCommand
} from "../chunks/chunk-DAZ23ANG.js";
import {
  CI_FACTS_CHECK,
  ciFactsCheckOutput
} from "../chunks/chunk-PDUFXAK7.js";
import {
  runnerIo,
  workflowRepository
} from "../chunks/chunk-MMJGNYSC.js";
import "../chunks/chunk-AJHB2GPK.js";
import "../chunks/chunk-5PWEWRPE.js";
import "../chunks/chunk-JXHDITPO.js";
import {
  glob
} from "../chunks/chunk-LVF6ZBLO.js";
import "../chunks/chunk-LUC3IO3K.js";
import "../chunks/chunk-4IBHSZ6E.js";
import {
  UsageError
} from "../chunks/chunk-7P7JJGH6.js";
import "../chunks/chunk-6UNDT6GO.js";
import "../chunks/chunk-I6AYO5FO.js";
import "../chunks/chunk-56XEIP7Z.js";
import "../chunks/chunk-L53STSPY.js";
import "../chunks/chunk-JLATT4XO.js";
import "../chunks/chunk-P3CGGNQC.js";
import "../chunks/chunk-RHSRYE64.js";

// actions/scorecard/src/main.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
async function run(io) {
  try {
    const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
    const patterns = io.getInput("reports").split("\n").map((p) => p.trim()).filter(Boolean);
    if (patterns.some((p) => p.split("/").includes("..")))
      throw new UsageError('Input reports must name files inside the workspace (no "..")');
    const paths = (await glob(patterns, { cwd: workspace, dot: true, ignore: ["**/node_modules/**", "**/.git/**"] })).sort();
    const files = [];
    for (const path of paths) {
      const { size } = await stat(resolve(workspace, path));
      if (size > MAX_CI_REPORT_BYTES)
        io.log(
          `${workflowCommand(
            "warning",
            [
              ["file", path],
              ["title", "Callboard"]
            ],
            `${path} is ${Math.round(size / 1048576)} MB, over the ${MAX_CI_REPORT_BYTES / 1048576} MB a report may be; it was not read`
          )}
`
        );
      else files.push({ path, text: await readFile(resolve(workspace, path), "utf8") });
    }
    const { facts, problems } = ciFactsOf(files);
    for (const p of problems)
      io.log(
        `${workflowCommand(
          "warning",
          [
            ["file", p.path],
            ["line", p.line],
            ["col", p.column],
            ["title", "Callboard"]
          ],
          p.message
        )}
`
      );
    if (!paths.length)
      io.log(
        `${workflowCommand("warning", [["title", "Callboard"]], `No report matched ${patterns.join(", ")}; scorecards will say these facts were not reported`)}
`
      );
    const output = ciFactsCheckOutput(facts, (/* @__PURE__ */ new Date()).toISOString());
    io.setOutput("tests", facts.tests?.count ?? "");
    io.setOutput("failures", facts.tests ? facts.tests.failures + facts.tests.errors : "");
    io.setOutput("coverage", facts.coverage?.lines ?? "");
    io.setOutput("static-analysis-results", facts.staticAnalysis?.results ?? "");
    const written = await writeCheckRun(io, output);
    io.setOutput("check-run-id", written ?? "");
    await io.writeSummary(`### ${CI_FACTS_CHECK}: ${output.title}

${output.summary}
`);
  } catch (e) {
    io.setFailed(
      e instanceof UsageError ? e.message : `Callboard failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`
    );
  }
}
async function writeCheckRun(io, output) {
  const token = io.getInput("token");
  const repository = workflowRepository(io.context);
  if (!token || !repository)
    throw new UsageError("The action needs GITHUB_REPOSITORY and a token (input token, by default github.token)");
  const sha = io.getInput("sha").trim() || pullRequestHead(io.context) || io.context.sha;
  if (!sha || !/^[0-9a-f]{40}$/.test(sha))
    throw new UsageError(`Input sha must be a full commit SHA, not "${sha ?? ""}"`);
  try {
    const { data } = await io.octokit(token).request("POST /repos/{owner}/{repo}/check-runs", {
      ...repository,
      name: CI_FACTS_CHECK,
      head_sha: sha,
      status: "completed",
      conclusion: "neutral",
      output
    });
    io.log(`${CI_FACTS_CHECK} written on ${sha}: ${output.title}
`);
    return Number(data.id);
  } catch (e) {
    const status = e.status;
    if (status !== 403 && status !== 404) throw e;
    io.log(
      `${workflowCommand("warning", [["title", "Callboard"]], `The token may not write check runs (a fork's pull request, or the job lacks "permissions: checks: write"), so the app cannot read these facts; they are in the job summary`)}
`
    );
    return void 0;
  }
}
function pullRequestHead(context) {
  if (!context.eventName.startsWith("pull_request")) return void 0;
  const head = context.payload.pull_request?.head?.sha;
  return typeof head === "string" ? head : void 0;
}

// actions/scorecard/src/index.ts
await run(runnerIo());
