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
import "./chunk-2VPE2ZMA.js";
import {
  renderImpactMarkdown,
  renderImpactText
} from "./chunk-MPFTZUPC.js";
import {
  impactOf,
  reportEntities
} from "./chunk-CWBNDPBP.js";
import {
  INDEX_PATH,
  entityYamlPath
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
import "./chunk-JXHDITPO.js";
import "./chunk-LVF6ZBLO.js";
import "./chunk-EPWE4KVD.js";
import "./chunk-FRBE2SKT.js";
import "./chunk-4IBHSZ6E.js";
import {
  UsageError
} from "./chunk-7P7JJGH6.js";
import "./chunk-6UNDT6GO.js";
import "./chunk-OZ5HR6OQ.js";
import "./chunk-7BHR42MJ.js";
import "./chunk-CBINKEOC.js";
import "./chunk-M3WY2IZ6.js";
import {
  require_dist
} from "./chunk-3SVCAJPW.js";
import {
  ROOT_DESCRIPTOR
} from "./chunk-I6AYO5FO.js";
import "./chunk-56XEIP7Z.js";
import "./chunk-CR7J3FDB.js";
import "./chunk-L53STSPY.js";
import "./chunk-JLATT4XO.js";
import "./chunk-P3CGGNQC.js";
import "./chunk-YV55PDYP.js";
import {
  CatalogIndexError
} from "./chunk-H3NJOLHB.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/cli/impact-command.ts
var import_yaml = __toESM(require_dist(), 1);
import { stat } from "node:fs/promises";
import { join, posix, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage: callboard impact --catalog DIR --repo NAME [options]

What a change to one repository touches in the organisation's catalog, as the app's pull request
comment says it: each touched entity's owner and contacts, system, domain, lifecycle and APIs, who
depends on it (directly and through others), and what the change does to its descriptor.

Options:
  --catalog DIR      a catalog built by "callboard catalog build" (its --out folder, or the catalog folder)
  --repo NAME        the repository (NAME or OWNER/NAME)
  --changed PATH     a changed path, relative to the repository root (repeat it); default: every
                     entity of the repository
  --root DIR         the repository's checkout: its descriptors are compared with the catalog's
  --format FORMAT    text (default), json or markdown
  -h, --help         show this help
`;
var impactCommand = {
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(HELP);
      return 0;
    }
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          catalog: { type: "string" },
          repo: { type: "string" },
          changed: { type: "string", multiple: true },
          root: { type: "string" },
          format: { type: "string", default: "text" }
        }
      }));
    } catch (e) {
      io.err(`callboard impact: ${e.message}

${HELP}`);
      return 2;
    }
    if (!values.catalog || !values.repo || !["text", "json", "markdown"].includes(values.format)) {
      io.err(`callboard impact: give --catalog DIR and --repo NAME, and --format text, json or markdown

${HELP}`);
      return 2;
    }
    let catalog;
    try {
      catalog = await readLocalCatalog(resolve(io.cwd, values.catalog));
    } catch (e) {
      if (!(e instanceof CatalogIndexError)) throw e;
      io.err(`callboard impact: ${e.message}
`);
      return 2;
    }
    const { index, folder, read } = catalog;
    if (!index) {
      io.err(
        `callboard impact: no catalog in ${values.catalog} (no ${join(folder, INDEX_PATH)}); build one with "callboard catalog build ORG_DIR --out ${values.catalog}"
`
      );
      return 2;
    }
    const repository = values.repo.includes("/") ? values.repo : `${index.organization}/${values.repo}`;
    const known = index.ofRepository(repository);
    if (!known.length && !values.root)
      throw new UsageError(
        `--repo ${values.repo}: no entity of the catalog of ${index.organization} comes from ${repository}; give a repository it knows, or --root with its checkout`
      );
    const root = values.root === void 0 ? void 0 : resolve(io.cwd, values.root);
    if (root !== void 0 && !(await stat(root).catch(() => void 0))?.isDirectory())
      throw new UsageError(`--root ${values.root}: no such folder`);
    const before = (await Promise.all(
      known.map(async (e) => {
        const [text] = await read([folder ? `${folder}/${entityYamlPath(e.ref)}` : entityYamlPath(e.ref)]);
        const entity = text === void 0 ? void 0 : (0, import_yaml.parse)(text);
        return entity ? { ref: e.ref, path: e.source.path, entity } : void 0;
      })
    )).filter((e) => !!e);
    const after = root !== void 0 ? await checkoutEntities(root, io) : before;
    const changedPaths = values.changed ?? [...new Set([...before, ...after].map((e) => e.path))];
    const report = impactOf({
      index,
      repository,
      repositoryUrl: known[0]?.source.url.split("/blob/")[0] ?? "",
      changedPaths,
      before,
      after
    });
    io.out(
      values.format === "json" ? `${JSON.stringify(report, null, 2)}
` : values.format === "markdown" ? renderImpactMarkdown(report) : renderImpactText(report)
    );
    return 0;
  }
};
async function checkoutEntities(root, { cwd, work }) {
  if (!(await walkFiles(root)).files.some((f) => posix.basename(f) === ROOT_DESCRIPTOR)) return [];
  const { report } = await validateLocalDescriptors({ work, patterns: [root], cwd, root });
  return reportEntities(report, (shown) => relative(root, resolve(cwd, shown)).split("\\").join("/"));
}
export {
  impactCommand
};
