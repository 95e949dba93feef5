import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  buildCatalog,
  createLocalForge,
  readOutputConfig,
  readOutputScores,
  readOutputState,
  writeChanges
} from "./chunk-ZR7NJANC.js";
import "./chunk-NW4DGMVM.js";
import "./chunk-2VPE2ZMA.js";
import "./chunk-DEQYOCHN.js";
import {
  forgeCatalogSource,
  scoresByEntity
} from "./chunk-FQ5XPMSN.js";
import {
  parseCatalogConfig
} from "./chunk-SITCIDNF.js";
import "./chunk-S3A23YHW.js";
import "./chunk-WC2NULYJ.js";
import "./chunk-5U7GGHSL.js";
import "./chunk-PIVNTOD2.js";
import "./chunk-FI6VIPLM.js";
import "./chunk-2SMOZSPU.js";
import "./chunk-JXHDITPO.js";
import "./chunk-NAQYNZWX.js";
import "./chunk-EPWE4KVD.js";
import "./chunk-FRBE2SKT.js";
import {
  UsageError
} from "./chunk-7P7JJGH6.js";
import "./chunk-6UNDT6GO.js";
import "./chunk-OZ5HR6OQ.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-XFYPFS3M.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-6ZQGATVL.js";
import {
  ROOT_DESCRIPTOR
} from "./chunk-I6AYO5FO.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-5T66MS62.js";
import "./chunk-L53STSPY.js";
import "./chunk-7YTOK2IZ.js";
import "./chunk-VM6EUV5Y.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import "./chunk-RB4WVMTP.js";

// app/cli/catalog-command.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage: callboard catalog build ORG_DIR --out DIR [options]

Builds the organisation's catalog from ORG_DIR, which holds one folder per repository (plain
folders or git checkouts), and writes into DIR exactly what the GitHub App commits to the
catalog repository: Markdown pages, index.json, all.yaml and the state of the build. Run it
again and only what changed is rewritten. DIR/callboard.yaml, when present, configures it; the
scorecard results DIR holds (a checkout of the catalog repository) show on the entity pages.

Options:
  --out DIR        the catalog repository's folder (created when missing)
  --org NAME       the organisation (default: the name of ORG_DIR)
  --web-url URL    where the repositories live, for links (default: https://github.com)
  -h, --help       show this help
`;
var catalogCommand = {
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "build" || rest.includes("--help") || rest.includes("-h")) {
      (sub === "build" || sub === "--help" || sub === "-h" ? io.out : io.err)(HELP);
      return sub === "build" || sub === "--help" || sub === "-h" ? 0 : 2;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          out: { type: "string" },
          org: { type: "string" },
          "web-url": { type: "string", default: "https://github.com" }
        }
      });
    } catch (e) {
      io.err(`callboard catalog build: ${e.message}

${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    const orgDir = positionals[0] && resolve(io.cwd, positionals[0]);
    if (!orgDir || positionals.length !== 1 || !values.out) {
      io.err(`callboard catalog build: give one ORG_DIR and --out DIR

${HELP}`);
      return 2;
    }
    if (!existsSync(orgDir) || !statSync(orgDir).isDirectory()) {
      io.err(`callboard catalog build: ${positionals[0]}: no such folder
`);
      return 2;
    }
    const out = resolve(io.cwd, values.out);
    const organization = values.org ?? basename(orgDir);
    const { config, problems } = parseCatalogConfig(await readOutputConfig(out));
    const folder = await organizationFolder(orgDir, positionals[0], config.discovery.length > 0, io.cwd);
    const forge = createLocalForge({ root: orgDir, owner: organization, webUrl: values["web-url"] });
    const progress = io.progress ?? (() => {
    });
    const result = await buildCatalog({
      organization,
      source: forgeCatalogSource(forge, organization),
      work: io.work,
      config,
      configProblems: problems,
      state: await readOutputState(out, config.folder),
      scores: scoresByEntity(await readOutputScores(out, config.folder)),
      webUrl: values["web-url"],
      onProgress: (done, total) => progress(`Reading repositories ${done}/${total}`)
    });
    progress("");
    const { written, removed } = await writeChanges(out, result.changes);
    const { catalog } = result;
    const errors = catalog.problems.filter((p) => p.severity === "error").length;
    const warnings = catalog.problems.length - errors;
    const where = relative(io.cwd, resolve(out, config.folder)) || ".";
    io.out(
      [
        `${catalog.entities.length} entities from ${catalog.repositories.length} repositories (${result.read.length} read), ${errors} errors and ${warnings} warnings.`,
        written || removed ? `Wrote ${written} files and removed ${removed} in ${where}.` : `Nothing changed in ${where}.`,
        ...catalog.removed.map((r) => `Removed ${r.ref}: ${r.reason}`),
        `Start at ${where}/README.md; problems are listed in ${where}/errors.md.`,
        ...folder.links.length ? [
          `Skipped ${folder.links.length} symbolic links in ${positionals[0]} (links are not followed): ${folder.links.slice(0, 5).join(", ")}${folder.links.length > 5 ? ", \u2026" : ""}`
        ] : [],
        ""
      ].join("\n")
    );
    return 0;
  }
};
async function organizationFolder(dir, given, discovery, cwd) {
  const entries = await readdir(dir, { withFileTypes: true });
  const own = entries.find((e) => e.name === ROOT_DESCRIPTOR || e.name === ".git");
  if (own)
    throw new UsageError(
      `${given} is one repository (it holds ${own.name}); catalog build reads a folder of repositories, one folder each: try its parent, ${relative(cwd, dirname(dir)) || "."}`
    );
  const repositories = entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
  if (!repositories.length)
    throw new UsageError(
      `${given} holds no repository folders; catalog build reads a folder of repositories, one folder each`
    );
  const described = repositories.filter((name) => existsSync(join(dir, name, ROOT_DESCRIPTOR)));
  if (!described.length && !discovery) {
    const below = repositories.find(
      (name) => subfolders(join(dir, name)).some((sub) => existsSync(join(dir, name, sub, ROOT_DESCRIPTOR)))
    );
    throw new UsageError(
      `no repository in ${given} holds a ${ROOT_DESCRIPTOR} (${repositories.length} folders looked at)${below ? `; the folders of ${join(given, below)} do: try that one` : ""}`
    );
  }
  return { links: entries.filter((e) => e.isSymbolicLink()).map((e) => e.name) };
}
var subfolders = (dir) => {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
};
export {
  catalogCommand
};
