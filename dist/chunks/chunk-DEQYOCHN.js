import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/forge/local/walk-files.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var NEVER_ENTERED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function walkFiles(root) {
  const files = [];
  const links = [];
  const folders = [""];
  while (folders.length) {
    const folder = folders.pop();
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) {
        if (!NEVER_ENTERED.has(entry.name)) folders.push(path);
      } else if (entry.isFile()) files.push(path);
    }
  }
  const byPath = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return { files: files.sort(byPath), links: links.sort(byPath) };
}

export {
  walkFiles
};
