import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/forge/local/repository-reader.ts
import { existsSync } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
var MAX_READ_BYTES = 10 * 1024 * 1024;
function createFileFinder(root) {
  const realRoot = realpath(root).catch(() => void 0);
  return async (repositoryPath) => {
    const rootPath = await realRoot;
    if (rootPath === void 0) return void 0;
    const lexical = join(rootPath, repositoryPath);
    if (lexical !== rootPath && !lexical.startsWith(rootPath + sep)) return void 0;
    const target = await realpath(lexical).catch(() => void 0);
    if (target !== lexical) return void 0;
    const info = await stat(target).catch(() => void 0);
    return info?.isFile() ? { path: target, size: info.size } : void 0;
  };
}
function createRepositoryReader(root) {
  const find = createFileFinder(root);
  return async (repositoryPath) => {
    const file = await find(repositoryPath);
    if (!file || file.size > MAX_READ_BYTES) return void 0;
    return readFile(file.path, "utf8").catch(() => void 0);
  };
}
function repositoryRootOf(file, fallback) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return fallback;
  }
}

export {
  createFileFinder,
  createRepositoryReader,
  repositoryRootOf
};
