import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  TREE_LIMITS,
  readFileTree,
  templateYamlPath
} from "./chunk-NW4DGMVM.js";
import {
  short
} from "./chunk-ONFJN4WW.js";
import {
  ANSWERS_FILE,
  readOrigin,
  require_lib
} from "./chunk-6NKFNPZH.js";
import "./chunk-DEQYOCHN.js";
import {
  UsageError
} from "./chunk-7P7JJGH6.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-CBINKEOC.js";
import "./chunk-M3WY2IZ6.js";
import "./chunk-3SVCAJPW.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-MJ7AYRFP.js";
import "./chunk-P3CGGNQC.js";
import "./chunk-YV55PDYP.js";
import "./chunk-H3NJOLHB.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/cli/template-command.ts
var import_isbinaryfile = __toESM(require_lib(), 1);
import { existsSync, lstatSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// app/forge/local/git-folder.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var git = (dir, args, encoding = "utf8") => run("git", ["-C", dir, ...args], { encoding, maxBuffer: TREE_LIMITS.bytes }).then((r) => r.stdout);
async function checkoutOf(folder) {
  try {
    const root = (await git(folder, ["rev-parse", "--show-toplevel"])).toString().trim();
    const prefix = (await git(folder, ["rev-parse", "--show-prefix"])).toString().trim().replace(/\/$/, "");
    return { root, path: prefix };
  } catch {
    return void 0;
  }
}
async function headOf(folder) {
  try {
    return (await git(folder, ["rev-parse", "HEAD"])).toString().trim();
  } catch {
    return void 0;
  }
}
async function readGitFolder(root, commit, folder) {
  let listing;
  try {
    listing = (await git(root, ["ls-tree", "-r", "-z", commit, "--", folder || "."])).toString();
  } catch {
    return void 0;
  }
  const files = /* @__PURE__ */ new Map();
  const prefix = folder ? `${folder}/` : "";
  for (const entry of listing.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab === -1) continue;
    const [mode, type, sha] = entry.slice(0, tab).split(" ");
    const path = entry.slice(tab + 1);
    if (type !== "blob" || !path.startsWith(prefix)) continue;
    if (files.size >= TREE_LIMITS.files)
      throw new Error(`${folder} at ${commit} holds more than ${TREE_LIMITS.files} files`);
    const content = await git(root, ["cat-file", "blob", sha], "buffer");
    const kind = mode === "100755" ? "executable" : mode === "120000" ? "symlink" : "file";
    files.set(path.slice(prefix.length), { content: new Uint8Array(content), kind });
  }
  return { files };
}

// app/cli/template-command.ts
var HELP = `Usage: callboard template diff REPO_DIR [--template PATH]

Shows what the update pull request of a repository made from a template would change: the template
as it is now, against the version the repository recorded in .callboard/template.yaml, merged three
ways with the repository's own changes (conflicts marked the way git marks them).

Options:
  --template PATH   the template's template.yaml (or its folder), in a Git checkout that has the
                    recorded version (default: the source recorded in .callboard/template.yaml,
                    relative to the current folder)
  -h, --help        show this help

Exit codes: 0 up to date, 1 an update would change files, 2 a usage error.
`;
var templateCommand = {
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(HELP);
      return 0;
    }
    const [mode, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { template: { type: "string" } }
    });
    if (mode !== "diff" || positionals.length !== 1) throw new UsageError(`give diff and REPO_DIR

${HELP}`);
    const repo = resolve(io.cwd, positionals[0]);
    const answersPath = join(repo, ANSWERS_FILE);
    if (!existsSync(answersPath))
      throw new UsageError(`${positionals[0]} has no ${ANSWERS_FILE}: it was not made from a template by Callboard`);
    const origin = readOrigin(await readFile(answersPath, "utf8"));
    if ("problem" in origin) throw new UsageError(origin.problem);
    const templatePath = templateYamlPath(
      resolve(io.cwd, values.template ?? origin.source),
      "no such template (give --template PATH)"
    );
    const folder = dirname(templatePath);
    const checkout = await checkoutOf(folder);
    if (!checkout) throw new UsageError(`${folder} is not in a Git checkout: the recorded version cannot be read`);
    const before = await readGitFolder(checkout.root, origin.version, checkout.path);
    if (!before?.files.size)
      throw new UsageError(
        `${checkout.root} has no commit ${short(origin.version)} with ${checkout.path || "the template"}: fetch its history, or give --template`
      );
    const name = templatePath.slice(folder.length + 1);
    const after = await readFileTree(folder);
    const version = await headOf(folder) ?? "local";
    const plan = await io.work.planTemplateUpdate(
      {
        repository: relative(io.cwd, repo) || ".",
        origin,
        before: { version: origin.version, templateText: text(before.files.get(name)), template: before },
        after: { version, templateText: text(after.files.get(name)), template: after }
      },
      async (paths) => readCurrent(repo, paths)
    );
    if (plan.status === "failed") throw new UsageError(plan.reason);
    if (plan.status !== "changes") {
      io.out(
        `Up to date with ${origin.template} (${short(version)}): ${plan.status === "migrated" ? plan.evidence : ""}
`
      );
      return 0;
    }
    const heading = `${origin.template}: ${short(origin.version)} \u2192 ${short(version)}, ${plan.changes.length} files${plan.draft ? ", with conflicts" : ""}`;
    io.out([heading, ...plan.notes.map((n) => `  ${n}`), "", plan.diff, ""].join("\n"));
    return 1;
  }
};
var text = (file) => file ? new TextDecoder().decode(file.content) : "";
async function readCurrent(repo, paths) {
  const found = [];
  for (const path of paths) {
    const full = join(repo, path);
    if (!existsSync(full)) continue;
    const stats = lstatSync(full);
    if (stats.isSymbolicLink()) found.push([path, null]);
    if (!stats.isFile()) continue;
    const bytes = await readFile(full);
    found.push([path, (0, import_isbinaryfile.isBinaryFileSync)(bytes) ? null : bytes.toString("utf8")]);
  }
  return found;
}
export {
  templateCommand
};
