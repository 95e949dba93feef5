import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readLocalCatalog
} from "./chunk-FFZPQAX5.js";
import "./chunk-NW4DGMVM.js";
import {
  validateLocalDescriptors
} from "./chunk-ZNXZNTIX.js";
import "./chunk-7OZBI5G4.js";
import {
  createRepositoryReader
} from "./chunk-2VPE2ZMA.js";
import {
  ciFactsOf
} from "./chunk-RBA2UBFA.js";
import {
  scoreRepository
} from "./chunk-UVHM334J.js";
import {
  reportEntities
} from "./chunk-CWBNDPBP.js";
import {
  parseScorecards
} from "./chunk-67QZDIXW.js";
import "./chunk-IVONCDKN.js";
import {
  renderScoreText
} from "./chunk-ZXJNQ4YA.js";
import "./chunk-JUCMBCBF.js";
import "./chunk-S3A23YHW.js";
import "./chunk-K4MDT5UF.js";
import "./chunk-5U7GGHSL.js";
import "./chunk-PIVNTOD2.js";
import "./chunk-JR3DU7TN.js";
import {
  walkFiles
} from "./chunk-DEQYOCHN.js";
import "./chunk-2SMOZSPU.js";
import {
  problemText
} from "./chunk-5PWEWRPE.js";
import "./chunk-JXHDITPO.js";
import {
  glob
} from "./chunk-LVF6ZBLO.js";
import "./chunk-EPWE4KVD.js";
import "./chunk-FRBE2SKT.js";
import "./chunk-4IBHSZ6E.js";
import {
  UsageError
} from "./chunk-7P7JJGH6.js";
import "./chunk-6UNDT6GO.js";
import "./chunk-ADE57BST.js";
import "./chunk-UGJLCEB2.js";
import "./chunk-OZ5HR6OQ.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-CBINKEOC.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-3SVCAJPW.js";
import "./chunk-I6AYO5FO.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-CR7J3FDB.js";
import "./chunk-L53STSPY.js";
import "./chunk-JLATT4XO.js";
import "./chunk-P3CGGNQC.js";
import "./chunk-YV55PDYP.js";
import {
  CatalogIndexError
} from "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";

// app/cli/score-command.ts
import { existsSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
var STARTER_SCORECARDS = fileURLToPath(new URL("../../templates/scorecards", import.meta.url));
var HELP = `Usage: callboard score REPO_DIR [options]

Scores a repository's entities on the scorecards' tracks: for each track, the level reached, each
check's result (passed, failed, warning, not applicable, not reported, error, exempt) with the
evidence that decided it, and the next thing to fix.

Options:
  --scorecards DIR   the tracks: a folder of *.yaml, or a catalog repository holding scorecards/
                     (default: Callboard's starter tracks)
  --catalog DIR      a catalog built by "callboard catalog build": owners and dependencies are
                     resolved against it (without it, catalog facts are not reported)
  --reports PATH     a CI report (JUnit XML, lcov, Cobertura XML or SARIF; repeat it, globs allowed),
                     as the scorecard action would collect it in a workflow
  --format FORMAT    text (default) or json
  -h, --help         show this help
`;
var scoreCommand = {
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(HELP);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          scorecards: { type: "string" },
          catalog: { type: "string" },
          reports: { type: "string", multiple: true },
          format: { type: "string", default: "text" }
        }
      });
    } catch (e) {
      io.err(`callboard score: ${e.message}

${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1 || !["text", "json"].includes(values.format)) {
      io.err(`callboard score: give one REPO_DIR, and --format text or json

${HELP}`);
      return 2;
    }
    const root = resolve(io.cwd, positionals[0]);
    if (!existsSync(root)) {
      io.err(`callboard score: ${positionals[0]} does not exist
`);
      return 2;
    }
    const now = /* @__PURE__ */ new Date();
    const scorecards = parseScorecards(
      await readScorecardFiles(values.scorecards ?? STARTER_SCORECARDS, io.cwd),
      now.toISOString().slice(0, 10)
    );
    for (const file of scorecards.files)
      for (const p of file.problems)
        io.err(`${file.path}:${p.line}:${p.column}: ${p.severity}: ${problemText(p).replaceAll("\n", "\n  ")}
`);
    if (!scorecards.tracks.length) {
      io.err("callboard score: no valid track to score on\n");
      return 2;
    }
    let catalog;
    try {
      catalog = values.catalog ? (await readLocalCatalog(resolve(io.cwd, values.catalog))).index : void 0;
    } catch (e) {
      if (!(e instanceof CatalogIndexError)) throw e;
      io.err(`callboard score: ${e.message}
`);
      return 2;
    }
    if (values.catalog && !catalog) {
      io.err(
        `callboard score: no catalog in ${values.catalog}; build one with "callboard catalog build ORG_DIR --out ${values.catalog}"
`
      );
      return 2;
    }
    const ci = values.reports ? await readReports(values.reports, io) : void 0;
    const { report } = await validateLocalDescriptors({ work: io.work, patterns: [root], cwd: io.cwd, root });
    const entities = reportEntities(report, (shown) => relative(root, resolve(io.cwd, shown)).split("\\").join("/"));
    const read = createRepositoryReader(root);
    const scores = await scoreRepository({
      entities,
      paths: (await walkFiles(root)).files,
      read: async (paths) => new Map(
        (await Promise.all(paths.map(async (p) => [p, await read(p)]))).filter(
          (e) => e[1] !== void 0
        )
      ),
      tracks: scorecards.tracks,
      exemptions: scorecards.exemptions,
      ...catalog ? { catalog, organization: catalog.organization } : {},
      ...ci ? { ci } : {},
      now,
      work: io.work
    });
    io.out(values.format === "json" ? `${JSON.stringify(scores, null, 2)}
` : renderScoreText(scores));
    return scorecards.files.some((f) => f.problems.some((p) => p.severity === "error")) ? 1 : 0;
  }
};
async function readScorecardFiles(given, cwd) {
  const dir = resolve(cwd, given);
  if (!(await stat(dir).catch(() => void 0))?.isDirectory())
    throw new UsageError(`--scorecards ${given}: no such folder`);
  const folder = existsSync(join(dir, "scorecards")) ? join(dir, "scorecards") : dir;
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => e.name).sort();
  if (!names.length)
    throw new UsageError(`--scorecards ${given}: no track files (*.yaml) in ${relative(cwd, folder) || "."}`);
  return Promise.all(
    names.map(async (n) => ({
      path: relative(cwd, join(folder, n)) || n,
      text: await readFile(join(folder, n), "utf8")
    }))
  );
}
async function readReports(patterns, io) {
  for (const pattern of patterns) {
    if (!(await glob(pattern, { cwd: io.cwd, dot: true, followSymbolicLinks: false })).length)
      throw new UsageError(`--reports ${pattern}: matches no file`);
  }
  const paths = (await glob(patterns, { cwd: io.cwd, dot: true, followSymbolicLinks: false })).sort();
  const files = await Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(resolve(io.cwd, path), "utf8") }))
  );
  const { facts, problems } = ciFactsOf(files);
  for (const p of problems) io.err(`${p.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ${p.message}
`);
  return { ...facts, reportedAt: (/* @__PURE__ */ new Date()).toISOString() };
}
export {
  STARTER_SCORECARDS,
  scoreCommand
};
