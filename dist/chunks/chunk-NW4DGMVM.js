import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  walkFiles
} from "./chunk-DEQYOCHN.js";
import {
  UsageError
} from "./chunk-7P7JJGH6.js";

// app/forge/local/file-tree.ts
import { existsSync, statSync } from "node:fs";
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var TREE_LIMITS = { files: 5e3, bytes: 5e7 };
async function readFileTree(root) {
  const { files, links } = await walkFiles(root);
  if (files.length + links.length > TREE_LIMITS.files)
    throw new UsageError(`${root} holds more than ${TREE_LIMITS.files} files: is it a template's folder?`);
  const tree = /* @__PURE__ */ new Map();
  let bytes = 0;
  for (const path of files) {
    const full = join(root, path);
    const [content, stats] = await Promise.all([readFile(full), lstat(full)]);
    bytes += content.length;
    if (bytes > TREE_LIMITS.bytes)
      throw new UsageError(`${root} holds more than ${TREE_LIMITS.bytes / 1e6} MB: is it a template's folder?`);
    tree.set(path, { content: new Uint8Array(content), kind: stats.mode & 73 ? "executable" : "file" });
  }
  for (const path of links)
    tree.set(path, { content: new TextEncoder().encode(await readlink(join(root, path))), kind: "symlink" });
  return { files: new Map([...tree].sort(([a], [b]) => a < b ? -1 : 1)) };
}
async function writeFileTree(out, tree) {
  for (const folder of tree.folders ?? []) await mkdir(join(out, folder), { recursive: true });
  for (const [path, file] of tree.files) {
    const full = join(out, path);
    await mkdir(dirname(full), { recursive: true });
    if (file.kind === "symlink") await symlink(new TextDecoder().decode(file.content), full);
    else await writeFile(full, file.content, { mode: file.kind === "executable" ? 493 : 420 });
  }
}
function templateYamlPath(path, missing = "no such file") {
  if (existsSync(path) && statSync(path).isDirectory()) {
    const inside = ["template.yaml", "template.yml"].map((name) => join(path, name)).find((p) => existsSync(p));
    if (!inside) throw new UsageError(`${path} holds no template.yaml`);
    return inside;
  }
  if (!existsSync(path)) throw new UsageError(`${path}: ${missing}`);
  return path;
}

export {
  TREE_LIMITS,
  readFileTree,
  writeFileTree,
  templateYamlPath
};
