import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  applyChanges,
  buildLocalCatalog,
  createLocalForge,
  readLocalCatalog,
  readOutputScores
} from "./chunk-FFZPQAX5.js";
import "./chunk-NW4DGMVM.js";
import "./chunk-2VPE2ZMA.js";
import {
  MIGRATION_FILE_LIMITS,
  migrationBranch,
  parseMigration,
  planMigration
} from "./chunk-B5BXLY4A.js";
import "./chunk-OFXOZVW6.js";
import "./chunk-227WNR3J.js";
import "./chunk-67QZDIXW.js";
import "./chunk-IVONCDKN.js";
import {
  failingChecks
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
import "./chunk-LVF6ZBLO.js";
import "./chunk-EPWE4KVD.js";
import "./chunk-FRBE2SKT.js";
import "./chunk-7P7JJGH6.js";
import "./chunk-6UNDT6GO.js";
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
import "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";

// app/cli/migrate-command.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join as join2, resolve } from "node:path";
import { parseArgs } from "node:util";

// app/forge/local/git-branch.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var git = async (dir, args) => (await run("git", ["-C", dir, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout.trim();
async function commitOnBranch(request) {
  const { dir, branch, base, message, changes } = request;
  if (!existsSync(join(dir, ".git"))) return { outcome: "refused", reason: "not a git checkout" };
  if (await git(dir, ["status", "--porcelain"]))
    return { outcome: "refused", reason: "it has uncommitted changes: commit or stash them first" };
  const original = await git(dir, ["rev-parse", "--abbrev-ref", "HEAD"]);
  const existing = await git(dir, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}`]).catch(() => "");
  await git(dir, ["checkout", "--quiet", "-B", branch, base]);
  const keepExisting = async () => {
    if (existing) await git(dir, ["reset", "--quiet", "--hard", existing]);
    return { outcome: "unchanged" };
  };
  try {
    await applyChanges(dir, changes, { skipUnchanged: true });
    await git(dir, ["add", "--all", "--", ...changes.map((c) => c.path)]);
    if (!await git(dir, ["status", "--porcelain"])) return await keepExisting();
    const identity = await git(dir, ["config", "user.email"]).catch(() => "") ? [] : ["-c", "user.name=Callboard", "-c", "user.email=callboard@localhost"];
    await git(dir, [...identity, "commit", "--quiet", "-m", message]);
    const tree = (ref) => git(dir, ["rev-parse", `${ref}^{tree}`]);
    if (existing && await tree("HEAD") === await tree(existing)) return await keepExisting();
    return { outcome: "committed", sha: await git(dir, ["rev-parse", "HEAD"]) };
  } finally {
    if (original !== "HEAD" && original !== branch) await git(dir, ["checkout", "--quiet", original]);
  }
}

// app/cli/migrate-command.ts
var HELP = `Usage: callboard migrate plan|apply SPEC ORG_DIR [options]

Runs a migration spec (migrations/<id>.yaml of a catalog repository, with its template folder beside
it) over ORG_DIR, a folder of repository checkouts (one folder each).

  plan    which repositories it applies to, which have already migrated, and each one's diff;
          nothing is touched
  apply   the same changes committed in each checkout, one commit on the branch
          callboard/migrate/<id> made from the checkout's current branch; a checkout with
          uncommitted changes is left alone

Options:
  --org NAME       the organisation (default: ORG_DIR's name)
  --catalog DIR    a catalog built by "callboard catalog build" to target entities with (default:
                   built from ORG_DIR in memory); its scorecard results answer "failing" targets
  --format FORMAT  text (default) or json (plan only)
  -h, --help       show this help

Exit codes: 0 done, 1 the spec has errors or a repository failed, 2 a usage error.
`;
var migrateCommand = {
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(HELP);
      return 0;
    }
    const [mode, ...rest] = args;
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { org: { type: "string" }, catalog: { type: "string" }, format: { type: "string", default: "text" } }
      });
    } catch (e) {
      io.err(`callboard migrate: ${e.message}

${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (mode !== "plan" && mode !== "apply" || positionals.length !== 2) {
      io.err(`callboard migrate: give plan or apply, then SPEC and ORG_DIR

${HELP}`);
      return 2;
    }
    if (values.format !== "text" && values.format !== "json") {
      io.err(`callboard migrate ${mode}: --format is text or json
`);
      return 2;
    }
    const specPath = resolve(io.cwd, positionals[0]);
    const orgDir = resolve(io.cwd, positionals[1]);
    if (!existsSync2(specPath) || !statSync(specPath).isFile()) {
      io.err(`callboard migrate ${mode}: ${positionals[0]}: no such file
`);
      return 2;
    }
    if (!existsSync2(orgDir) || !statSync(orgDir).isDirectory()) {
      io.err(`callboard migrate ${mode}: ${positionals[1]}: no such folder
`);
      return 2;
    }
    const organization = values.org ?? basename(orgDir);
    const loaded = await loadSpec(specPath);
    if (!loaded.spec) {
      io.err(loaded.problems);
      return 1;
    }
    if (loaded.problems) io.err(loaded.problems);
    const { spec, templates } = loaded;
    const catalogDir = values.catalog && resolve(io.cwd, values.catalog);
    const catalog = catalogDir ? await readLocalCatalog(catalogDir) : await buildLocalCatalog(orgDir, organization, io.work);
    const results = catalogDir ? await readOutputScores(catalogDir, catalog.folder) : [];
    const forge = createLocalForge({ root: orgDir, owner: organization });
    const repositories = await forge.listRepositories();
    const plans = await planMigration(
      {
        forge,
        spec,
        templates,
        index: catalog.index,
        failing: failingChecks(results),
        work: io.work,
        now: /* @__PURE__ */ new Date()
      },
      repositories
    );
    const failed = plans.some((p) => p.status === "failed");
    if (mode === "plan") {
      io.out(
        values.format === "json" ? `${JSON.stringify({ migration: spec.id, plans }, null, 2)}
` : planText(spec, plans, io)
      );
      return failed ? 1 : 0;
    }
    let refused = false;
    for (const [i, plan] of plans.entries()) {
      if (plan.status !== "changes") continue;
      const repository = repositories[i];
      const result = await commitOnBranch({
        dir: join2(orgDir, repository.name),
        branch: migrationBranch(spec.id),
        base: repository.defaultBranch,
        message: `${spec.title}

Migration ${spec.id}, version ${spec.version} (Callboard).`,
        changes: plan.changes
      });
      refused ||= result.outcome === "refused";
      io.out(
        `${plan.repository}: ${result.outcome === "committed" ? `committed ${result.sha.slice(0, 12)} on ${migrationBranch(spec.id)} (${plan.changes.length} files)` : result.outcome === "unchanged" ? `${migrationBranch(spec.id)} already has these changes` : `left alone: ${result.reason}`}
`
      );
    }
    io.out(summary(plans));
    return failed || refused ? 1 : 0;
  }
};
async function loadSpec(path) {
  const folder = dirname(path);
  const { files } = await walkFiles(folder);
  const templates = /* @__PURE__ */ new Map();
  for (const file of files.filter((f) => f.includes("/")).slice(0, MIGRATION_FILE_LIMITS.templateFiles)) {
    const text = await readFile(join2(folder, file), "utf8");
    if (text.length <= MIGRATION_FILE_LIMITS.bytes) templates.set(file, text);
  }
  const source = `migrations/${basename(path)}`;
  const { spec, problems } = parseMigration(
    { path: source, text: await readFile(path, "utf8") },
    { templateFiles: [...templates.keys()], today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10) }
  );
  const lines = problems.map((p) => `${path}:${p.line}:${p.column}: ${p.severity}: ${problemText(p).replace(/\n/g, "\n    ")}
`).join("");
  return { ...spec ? { spec } : {}, templates, problems: lines };
}
function planText(spec, plans, io) {
  const { style } = io;
  const lines = [style.bold(`Migration ${spec.id}: ${spec.title} (version ${spec.version})`), ""];
  for (const plan of plans) {
    switch (plan.status) {
      case "changes":
        lines.push(
          style.yellow(
            `\u25CF ${plan.repository}: ${plan.changes.length} file${plan.changes.length === 1 ? "" : "s"} to change`
          )
        );
        for (const note of plan.notes) lines.push(style.dim(`  ${note}`));
        lines.push(plan.diff.trimEnd(), "");
        break;
      case "migrated":
        lines.push(style.green(`\u2714 ${plan.repository}: already migrated (${plan.evidence})`));
        break;
      case "failed":
        lines.push(style.red(`\u2716 ${plan.repository}: ${plan.reason}`));
        break;
      case "not-applicable":
        lines.push(style.dim(`- ${plan.repository}: not applicable (${plan.reason})`));
        break;
    }
  }
  return `${lines.join("\n")}

${summary(plans)}`;
}
function summary(plans) {
  const count = (status) => plans.filter((p) => p.status === status).length;
  return `${count("changes")} to change, ${count("migrated")} already migrated, ${count("failed")} failed, ${count("not-applicable")} not applicable.
`;
}
export {
  migrateCommand
};
