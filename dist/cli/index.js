#!/usr/bin/env node
import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  plainStyle
} from "../chunks/chunk-TJ6EJ6P4.js";
import {
  CALLBOARD_VERSION
} from "../chunks/chunk-EPWE4KVD.js";
import "../chunks/chunk-FRBE2SKT.js";
import {
  createUnitPool,
  pooledWork
} from "../chunks/chunk-LUC3IO3K.js";
import "../chunks/chunk-4IBHSZ6E.js";
import {
  asUsageError
} from "../chunks/chunk-7P7JJGH6.js";
import "../chunks/chunk-6UNDT6GO.js";
import "../chunks/chunk-I6AYO5FO.js";
import "../chunks/chunk-56XEIP7Z.js";
import "../chunks/chunk-RHSRYE64.js";

// app/cli/main.ts
var EXIT = { ok: 0, problems: 1, usage: 2, bug: 3 };
var COMMANDS = {
  validate: {
    summary: "check catalog-info.yaml files the way Backstage does, with clearer errors",
    unit: "check-descriptors",
    load: async () => (await import("../chunks/validate-command-75CGKO2O.js")).validateCommand
  },
  catalog: {
    summary: "build the catalog of a folder of repositories, as the app would commit it",
    subcommands: ["build"],
    unit: "check-descriptors",
    load: async () => (await import("../chunks/catalog-command-NK6ZQEJA.js")).catalogCommand
  },
  impact: {
    summary: "what a change to a repository touches: owners, dependents, descriptor changes",
    unit: "check-descriptors",
    load: async () => (await import("../chunks/impact-command-4GAXFPM6.js")).impactCommand
  },
  score: {
    summary: "score a repository on the scorecards: levels, checks, evidence, what to fix next",
    unit: "score-subjects",
    load: async () => (await import("../chunks/score-command-IMDAIFOF.js")).scoreCommand
  },
  migrate: {
    summary: "plan or apply a migration spec over a folder of checkouts: diffs, branches, commits",
    subcommands: ["plan", "apply"],
    unit: "plan-migration",
    load: async () => (await import("../chunks/migrate-command-V5L6ZU6K.js")).migrateCommand
  },
  scaffold: {
    summary: "render a Backstage template locally: the files a new repository would get",
    unit: "scaffold",
    load: async () => (await import("../chunks/scaffold-command-U7GDICFS.js")).scaffoldCommand
  },
  template: {
    summary: "what a template update would change in a repository made from it (template diff)",
    subcommands: ["diff"],
    unit: "plan-template-update",
    load: async () => (await import("../chunks/template-command-NHXB7K2E.js")).templateCommand
  },
  doctor: {
    summary: "check that the app's id, key, installations, permissions and catalog repository work",
    load: async () => (await import("../chunks/doctor-command-ANBALQIO.js")).doctorCommand
  }
};
var usage = () => [
  "Usage: callboard <command> [options]",
  "",
  "Commands:",
  ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
  "",
  "Options for every command:",
  "  --debug          show the stack of an error",
  "  -v, --version    print the version",
  "",
  `Run "callboard <command> --help" for a command's options.`,
  ""
].join("\n");
async function main(argv, io) {
  const debug = argv.includes("--debug");
  const [name, ...args] = argv.filter((a) => a !== "--debug");
  if (name === "--version" || name === "-v") {
    io.out(`${CALLBOARD_VERSION}
`);
    return EXIT.ok;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`callboard: unknown command "${name}"

${usage()}`);
    return EXIT.usage;
  }
  try {
    if (command.unit && !args.includes("--help") && !args.includes("-h")) io.warmWork?.(command.unit);
    return await (await command.load()).run(args, io);
  } catch (error) {
    const mistake = asUsageError(error);
    const line = mistake ? mistake.message : `unexpected error: ${firstLine(error)}. This is a bug in Callboard: run the command again with --debug to see where, and report it.`;
    const named = command.subcommands?.includes(args[0] ?? "") ? `${name} ${args[0]}` : name;
    io.err(`callboard ${named}: ${line}
`);
    if (debug) io.err(`${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return mistake ? EXIT.usage : EXIT.bug;
  }
}
var firstLine = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

// app/cli/cli-io.ts
import { styleText } from "node:util";
function nodeIo() {
  const color = (format) => (s) => styleText(format, s, { stream: process.stdout });
  const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
  const pool = createUnitPool({ size: 1 });
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    style: useColor ? { red: color("red"), yellow: color("yellow"), green: color("green"), dim: color("dim"), bold: color("bold") } : plainStyle,
    ...process.stderr.isTTY ? { progress: (line) => void process.stderr.write(`\r\x1B[2K${line}`) } : {},
    // One worker: a command's units run one after another. An idle worker does not keep the process alive.
    work: pooledWork(pool),
    warmWork: (unit) => pool.warm(unit)
  };
}

// app/cli/index.ts
process.exitCode = await main(process.argv.slice(2), nodeIo());
