import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
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
  UsageError
} from "./chunk-7P7JJGH6.js";
import {
  DESCRIPTOR_GLOB
} from "./chunk-I6AYO5FO.js";
import {
  require_picomatch
} from "./chunk-JLATT4XO.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/forge/local/find-descriptor-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstat, stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
var DEFAULT_PATTERN = DESCRIPTOR_GLOB;
async function findDescriptorFiles(patterns, cwd) {
  const excludes = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const includes = patterns.filter((p) => !p.startsWith("!"));
  const excluded = (path) => excludes.length > 0 && import_picomatch.default.isMatch(relative(cwd, path).split("\\").join("/"), excludes, { dot: true });
  const files = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Map();
  for (const pattern of includes.length ? includes : [DEFAULT_PATTERN]) {
    const base = baseOf(pattern, cwd);
    const found = await expand(pattern, cwd);
    if (!found.files.length && !found.links.length)
      throw new UsageError(nothingFound(pattern, cwd, includes.length === 0));
    for (const path of found.files) if (!files.has(path) && !excluded(path)) files.set(path, { path, base });
    for (const link of found.links) if (!excluded(link.path)) links.set(link.path, link);
  }
  return {
    files: [...files.values()].sort((a, b) => byText(a.path, b.path)),
    links: [...links.values()].sort((a, b) => byText(a.path, b.path))
  };
}
var DESCRIPTOR_NAME = DEFAULT_PATTERN.split("/").pop();
function nothingFound(pattern, cwd, byDefault) {
  if (byDefault) return `no ${DESCRIPTOR_NAME} below the current folder (${cwd}); give the files or folders to check`;
  return isDynamicPattern(pattern) ? `${pattern}: matches no file` : `${pattern}: no ${DESCRIPTOR_NAME} below this folder`;
}
function baseOf(pattern, cwd) {
  const segments = pattern.split("/");
  const fixed = isDynamicPattern(pattern) ? segments.slice(
    0,
    segments.findIndex((s) => isDynamicPattern(s))
  ) : segments;
  const path = resolve(cwd, fixed.join("/") || ".");
  return isDynamicPattern(pattern) || !extname(path) ? path : dirname(path);
}
async function expand(pattern, cwd) {
  if (isDynamicPattern(pattern)) {
    const segments = pattern.split("/");
    const fixed = segments.findIndex((s) => isDynamicPattern(s));
    return walkMatching(resolve(cwd, segments.slice(0, fixed).join("/") || "."), segments.slice(fixed).join("/"));
  }
  const path = resolve(cwd, pattern);
  const info = await lstat(path).catch(() => void 0);
  if (!info) throw new UsageError(`${pattern}: no such file or folder`);
  if (info.isSymbolicLink())
    return {
      files: [],
      links: [{ path, to: (await stat(path).catch(() => void 0))?.isDirectory() ? "folder" : "file" }]
    };
  return info.isDirectory() ? walkMatching(path, DEFAULT_PATTERN) : { files: [path], links: [] };
}
async function walkMatching(folder, pattern) {
  const isMatch = (0, import_picomatch.default)(pattern, { dot: true });
  const walked = await walkFiles(folder);
  const links = [];
  for (const link of walked.links) {
    const target = await stat(join(folder, link)).catch(() => void 0);
    if (target?.isDirectory() && pattern.includes("**")) links.push({ path: join(folder, link), to: "folder" });
    else if (!target?.isDirectory() && isMatch(link)) links.push({ path: join(folder, link), to: "file" });
  }
  return { files: walked.files.filter((f) => isMatch(f)).map((f) => join(folder, f)), links };
}
var displayPath = (path, cwd) => {
  const r = relative(cwd, path);
  return (r && !r.startsWith("..") && !isAbsolute(r) ? r : path).split("\\").join("/");
};

export {
  DEFAULT_PATTERN,
  findDescriptorFiles,
  displayPath
};
