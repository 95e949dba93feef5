import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  displayPath,
  findDescriptorFiles
} from "./chunk-7OZBI5G4.js";
import {
  createFileFinder,
  createRepositoryReader,
  repositoryRootOf
} from "./chunk-2VPE2ZMA.js";
import {
  DECLARES_TEMPLATES
} from "./chunk-JR3DU7TN.js";
import {
  walkFiles
} from "./chunk-DEQYOCHN.js";
import {
  byText
} from "./chunk-JXHDITPO.js";
import {
  isDynamicPattern
} from "./chunk-LVF6ZBLO.js";
import {
  summarize
} from "./chunk-4IBHSZ6E.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";
import {
  globOrNothing
} from "./chunk-CR7J3FDB.js";

// app/forge/local/validate-local-descriptors.ts
import { relative } from "node:path";

// app/forge/local/repository-files.ts
import { readdir } from "node:fs/promises";
import { join, posix } from "node:path";
function repositoryOnDisk(root, cwd) {
  const read = createRepositoryReader(root);
  const find = createFileFinder(root);
  const fileSize = async (path) => (await find(path))?.size;
  let listing;
  return {
    read,
    size: fileSize,
    displayPath: (path) => displayPath(join(root, path), cwd),
    async locate(pattern) {
      if (isDynamicPattern(pattern))
        return (await (listing ??= walkFiles(root).then((w) => w.files))).filter(globOrNothing(pattern)).sort();
      return await fileSize(pattern) === void 0 ? [] : [pattern];
    },
    async templatesAbove(repositoryPath) {
      const found = [];
      for (let dir = posix.dirname(repositoryPath); ; dir = posix.dirname(dir)) {
        const names = await readdir(join(root, dir)).catch(() => []);
        for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
          const path = dir === "." ? name : `${dir}/${name}`;
          if (path !== repositoryPath && DECLARES_TEMPLATES.test(await read(path) ?? "")) found.push(path);
        }
        if (dir === ".") return found;
      }
    }
  };
}

// app/forge/local/validate-local-descriptors.ts
async function validateLocalDescriptors(options) {
  const { cwd } = options;
  const userSchemas = options.schemaDir ? await (await import("./load-user-schemas-IK3PWIHY.js")).loadUserSchemas(options.schemaDir, cwd) : void 0;
  const byRoot = /* @__PURE__ */ new Map();
  const found = await findDescriptorFiles(options.patterns, cwd);
  for (const { path, base } of found.files) {
    const root = options.root ?? repositoryRootOf(path, base);
    byRoot.set(root, [...byRoot.get(root) ?? [], relative(root, path).split("\\").join("/")]);
  }
  const sources = /* @__PURE__ */ new Map();
  const reports = [];
  for (const [root, paths] of byRoot) {
    const checked = await options.work.checkDescriptors(repositoryOnDisk(root, cwd), {
      paths,
      ...options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {},
      ...userSchemas ? { userSchemas } : {}
    });
    for (const [path, text] of checked.texts) sources.set(path, text);
    reports.push(checked.report);
  }
  const links = found.links.map((link) => linkReport(displayPath(link.path, cwd), link.to));
  const report = summarize([...reports.flatMap((r) => r.files), ...links].sort((a, b) => byText(a.path, b.path)));
  return { report, sources };
}
function linkReport(path, to) {
  const said = to === "file" ? problem(
    "warning",
    "symbolic-link",
    "",
    "The file is a symbolic link; it is not read (links are not followed, as Backstage reading the repository does not follow them)",
    {
      fix: "Put the descriptor itself here, or point a Location at the file the link leads to."
    }
  ) : problem(
    "warning",
    "symbolic-link",
    "",
    "This folder is a symbolic link; the descriptors below it are not read (links are not followed)",
    {
      fix: "Check the folder the link leads to by its own path, or replace the link with the files."
    }
  );
  return { path, entities: [], problems: [{ ...said, line: 1, column: 1, endLine: 1, endColumn: 1, document: 0 }] };
}

export {
  validateLocalDescriptors
};
