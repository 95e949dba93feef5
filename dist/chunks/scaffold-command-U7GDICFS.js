import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readFileTree,
  templateYamlPath,
  writeFileTree
} from "./chunk-NW4DGMVM.js";
import "./chunk-DEQYOCHN.js";
import {
  UsageError
} from "./chunk-7P7JJGH6.js";
import {
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  require_dist
} from "./chunk-3SVCAJPW.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/cli/scaffold-command.ts
var import_yaml = __toESM(require_dist(), 1);
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage: callboard scaffold TEMPLATE --values FILE --out DIR [options]

Renders a Backstage software template (scaffolder.backstage.io/v1beta3) on this machine: its steps
run as Backstage runs them (fetch:template, fetch:plain, catalog:write\u2026), publish:github and
catalog:register are listed rather than carried out. TEMPLATE is a template.yaml or the folder
holding it; FILE holds the answers to its parameters (YAML or JSON).

The repository also gets .callboard/template.yaml (template, version, answers) and, in the
descriptor the template registers, the annotations backstage.io/source-template and
backstage.io/template-version, so "callboard template diff" and the app's update pull requests
can bring the template's later changes.

Options:
  --values FILE   the answers (required)
  --out DIR       where to write the files; must not exist or be empty (required unless --dry-run)
  --dry-run       list the files and what would be published; write nothing
  -h, --help      show this help

Exit codes: 0 rendered, 1 the answers or the template have errors, 2 a usage error.
`;
var scaffoldCommand = {
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(HELP);
      return 0;
    }
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { values: { type: "string" }, out: { type: "string" }, "dry-run": { type: "boolean" } }
    });
    if (positionals.length !== 1 || !values.values || !values.out && !values["dry-run"])
      throw new UsageError(`give TEMPLATE, --values FILE and --out DIR (or --dry-run)

${HELP}`);
    const templatePath = templateYamlPath(resolve(io.cwd, positionals[0]));
    const answers = await readAnswers(resolve(io.cwd, values.values));
    const out = values.out ? resolve(io.cwd, values.out) : void 0;
    if (out && existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length))
      throw new UsageError(`--out ${values.out} exists and is not an empty folder`);
    const folder = dirname(templatePath);
    const result = await io.work.scaffold({
      templateText: await readFile(templatePath, "utf8"),
      template: await readFileTree(folder),
      answers,
      source: relative(io.cwd, templatePath) || templatePath,
      version: commitOf(folder)
    });
    if (!result.ok) {
      io.err(problemsText(result, relative(io.cwd, templatePath)));
      return 1;
    }
    if (out) await writeFileTree(out, result.files);
    io.out(summary(result, out ? relative(io.cwd, out) || "." : void 0));
    return 0;
  }
};
async function readAnswers(path) {
  if (!existsSync(path)) throw new UsageError(`--values ${path}: no such file`);
  let value;
  try {
    value = (0, import_yaml.parse)(await readFile(path, "utf8"));
  } catch (error) {
    throw new UsageError(`--values ${path} is not YAML or JSON: ${error.message}`);
  }
  if (value === null || value === void 0) return {};
  if (!isRecord(value)) throw new UsageError(`--values ${path} must hold a mapping of parameter names to answers`);
  return value;
}
function commitOf(folder) {
  try {
    return execFileSync("git", ["-C", folder, "rev-parse", "HEAD"], { encoding: "utf8", stdio: "pipe" }).trim();
  } catch {
    return "local";
  }
}
function problemsText(result, template) {
  const heading = result.kind === "answers" ? `The answers do not fit ${template}'s form:` : `${template} cannot be run:`;
  return `${[heading, ...result.problems.map((p) => `  ${p.where ? `${p.where}: ` : ""}${p.message}`)].join("\n")}
`;
}
function summary(result, out) {
  const lines = [
    `${result.spec.title} (${result.spec.ref}): ${result.files.files.size} files${out ? ` written to ${out}` : ""}`,
    ...[...result.files.files.keys()].map((path) => `  ${path}`)
  ];
  const { publish } = result;
  if (publish)
    lines.push(
      "",
      `publish:github would create ${publish.host}/${publish.owner}/${publish.repo} (${publish.settings.visibility}, default branch ${publish.defaultBranch})`
    );
  for (const r of result.registrations)
    lines.push(`catalog:register would register ${r.path}${r.entityRef ? ` (${r.entityRef})` : ""}`);
  for (const n of result.notifications) lines.push(`notification:send: ${n.title}${n.info ? ` \u2014 ${n.info}` : ""}`);
  for (const link of result.links) lines.push(`${link.title ?? "link"}: ${link.url ?? link.entityRef ?? ""}`);
  for (const line of result.log) lines.push(line);
  return `${lines.join("\n")}
`;
}
export {
  scaffoldCommand
};
