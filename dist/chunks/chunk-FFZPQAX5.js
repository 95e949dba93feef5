import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readFileTree
} from "./chunk-NW4DGMVM.js";
import {
  createRepositoryReader
} from "./chunk-2VPE2ZMA.js";
import {
  INDEX_FOLDER,
  INDEX_PATH,
  RESULTS_FOLDER,
  catalogIndexOf,
  changesOf,
  emptyState,
  forgeCatalogSource,
  gitBlobSha,
  parseRepositoryScores,
  planCatalog,
  readCatalogState,
  readIndexFile,
  readIndexShard,
  readOrganization,
  stateFolder
} from "./chunk-ZXJNQ4YA.js";
import {
  CONFIG_PATH,
  DEFAULT_CONFIG,
  parseCatalogConfig
} from "./chunk-JUCMBCBF.js";
import {
  repositoryPathOf
} from "./chunk-JR3DU7TN.js";
import {
  walkFiles
} from "./chunk-DEQYOCHN.js";
import {
  byText
} from "./chunk-JXHDITPO.js";
import {
  glob
} from "./chunk-LVF6ZBLO.js";
import {
  CatalogIndexError
} from "./chunk-H3NJOLHB.js";

// app/core/catalog/build-catalog.ts
async function buildCatalog(input) {
  return planCatalog(await readOrganization(input), input);
}

// app/forge/local/local-forge.ts
import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";
import { pathToFileURL } from "node:url";

// app/forge/local/apply-changes.ts
import { mkdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
var IN_FLIGHT = 8;
async function applyChanges(root, changes, options = {}) {
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const folders = /* @__PURE__ */ new Map();
  const result = { written: 0, removed: 0 };
  const folderOf = (path, create) => {
    const folder = dirname(join(realRoot, path));
    const key = `${create ? "+" : "?"}${folder}`;
    let ready = folders.get(key);
    if (!ready) {
      const made = create ? mkdir(folder, { recursive: true }) : Promise.resolve();
      ready = made.then(() => realpath(folder)).then(
        (real) => {
          if (real !== realRoot && !real.startsWith(realRoot + sep))
            throw new Error(`Refusing to write ${path}: its folder leads outside ${root}`);
          return true;
        },
        (e) => e.code === "ENOENT" && !create ? false : Promise.reject(e)
      );
      folders.set(key, ready);
    }
    return ready;
  };
  const apply = async ({ path: given, content }) => {
    const path = repositoryPathOf(given, "");
    if (!path) throw new Error(`Refusing to write ${given}: it is outside ${root}`);
    const target = join(realRoot, path);
    if (content === null) {
      if (!await folderOf(path, false)) return;
      const removed = await rm(target).then(
        () => true,
        (e) => e.code === "ENOENT" ? false : Promise.reject(e)
      );
      if (removed) result.removed++;
      return;
    }
    await folderOf(path, true);
    if (options.skipUnchanged && sameContent(await readFile(target).catch(() => void 0), content)) return;
    await writeFile(`${target}.callboard-tmp`, content);
    await rename(`${target}.callboard-tmp`, target);
    result.written++;
  };
  const byPath = /* @__PURE__ */ new Map();
  const pending = /* @__PURE__ */ new Set();
  let failure;
  for (const change of changes) {
    if (failure) break;
    const before = byPath.get(change.path) ?? Promise.resolve();
    const write = before.then(() => apply(change)).catch((error) => void (failure ??= error)).finally(() => {
      pending.delete(write);
      if (byPath.get(change.path) === write) byPath.delete(change.path);
    });
    byPath.set(change.path, write);
    pending.add(write);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure) throw failure;
  return result;
}
var sameContent = (bytes, content) => bytes !== void 0 && bytes.equals(typeof content === "string" ? Buffer.from(content, "utf8") : content);

// app/forge/local/local-forge.ts
function createLocalForge(options) {
  const { root, owner } = options;
  const outbox = [];
  const isOurs = (repository) => repository.owner === owner && isFolderName(repository.name) && !repository.name.startsWith(".");
  const dirOf = (repository) => {
    if (!isOurs(repository)) throw new Error(`No repository ${repository.owner}/${repository.name} in ${root}`);
    return join2(root, repository.name);
  };
  const record = (entry) => {
    const duplicate = outbox.some((e) => JSON.stringify(e) === JSON.stringify(entry));
    if (!duplicate) outbox.push(entry);
    return duplicate ? "unchanged" : "created";
  };
  const repositoryAt = (name) => ({
    owner,
    name,
    fullName: `${owner}/${name}`,
    defaultBranch: defaultBranchOf(join2(root, name)),
    archived: false,
    fork: false,
    visibility: "private",
    htmlUrl: options.webUrl ? `${options.webUrl}/${owner}/${encodeURIComponent(name)}` : pathToFileURL(join2(root, name)).href
  });
  const readFiles = (requests) => Promise.all(
    requests.map(async (request) => {
      const text = await createRepositoryReader(dirOf(request.repository))(request.path);
      return text === void 0 ? { ...request } : { ...request, text, sha: gitBlobSha(text) };
    })
  );
  return {
    async getRepositories(repositories) {
      return repositories.map((r) => isOurs(r) && existsSync(dirOf(r)) ? repositoryAt(r.name) : void 0);
    },
    async listRepositories() {
      const entries = await readdir(root, { withFileTypes: true });
      return entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => repositoryAt(e.name)).sort((a, b) => byText(a.name, b.name));
    },
    // A folder of repositories has no settings: no protection or security features to report.
    async repositorySettings() {
      return void 0;
    },
    // A working tree has no commit to name: callers read it whole.
    async headCommit() {
      return void 0;
    },
    async listFiles(repository, _ref, folder) {
      const dir = dirOf(repository);
      if (!existsSync(dir)) return void 0;
      const under = folder ? repositoryPathOf(folder, "") : "";
      if (under === void 0) return { paths: [], truncated: false };
      const { files } = await walkFiles(under ? join2(dir, under) : dir);
      return { paths: (under ? files.map((f) => `${under}/${f}`) : files).sort(byText), truncated: false };
    },
    readFiles,
    // A working tree is its own snapshot: no commit to pin (the ref stands for it), and no CI reported check runs on
    // it.
    async commitSnapshots(requests) {
      return Promise.all(
        requests.map(async (request) => {
          if (!existsSync(dirOf(request.repository))) return void 0;
          const files = await readFiles(
            request.paths.map((path) => ({ repository: request.repository, path, ref: request.ref }))
          );
          return { sha: request.ref, files, checkRuns: [] };
        })
      );
    },
    async commitFiles(request) {
      const head = { branch: request.branch, sha: "working-tree" };
      const { written, removed } = await applyChanges(
        dirOf(request.repository),
        changesOf(await request.changes(head)),
        { skipUnchanged: true }
      );
      return { outcome: written || removed ? "updated" : "unchanged", sha: head.sha, retries: 0 };
    },
    async ensurePullRequest(request) {
      return { outcome: record({ kind: "pull-request", request }), number: 0, url: "", state: "open" };
    },
    async listPullRequestFiles() {
      return [];
    },
    async ensureCheckRun(request) {
      return { outcome: record({ kind: "check-run", request }), id: 0 };
    },
    async ensureComment(request) {
      return { outcome: record({ kind: "comment", request }) };
    },
    async ensureIssue(request) {
      return { outcome: record({ kind: "issue", request }), number: 0, url: "" };
    },
    async listTeams() {
      return [];
    },
    async canWrite() {
      return true;
    },
    // A folder of checkouts has no branches kept apart and no pull requests: the CLI commits on branches itself.
    async branchStates(repositories) {
      return repositories.map(
        (repository) => existsSync(dirOf(repository)) ? { repository, defaultBranch: defaultBranchOf(dirOf(repository)), baseSha: "working-tree", pullRequests: [] } : void 0
      );
    },
    async rewriteBranch(request) {
      record({ kind: "branch-rewrite", request });
      return { outcome: "updated", sha: "working-tree", retries: 0 };
    },
    async deleteBranch() {
      return false;
    },
    async updatePullRequest(repository, number, fields) {
      return record({ kind: "pull-request-update", repository, number, fields });
    },
    async requestTeamReview() {
      return "unchanged";
    },
    async addLabels() {
      return "unchanged";
    },
    async repositoryTeams() {
      return [];
    },
    // A folder of checkouts creates no repositories and has no issues: `callboard scaffold` writes files instead.
    async createRepository() {
      throw new Error("A local folder cannot create repositories: use callboard scaffold --out DIR");
    },
    async replaceContents() {
      throw new Error("A local folder cannot create repositories: use callboard scaffold --out DIR");
    },
    async configureRepository() {
    },
    async readFolder(repository, _ref, folder) {
      const dir = join2(dirOf(repository), folder);
      return existsSync(dir) ? readFileTree(dir) : void 0;
    },
    async getIssue() {
      return void 0;
    },
    async closeIssue() {
      return "unchanged";
    },
    outbox: () => outbox
  };
}
function defaultBranchOf(dir) {
  let head;
  try {
    head = readFileSync(join2(dir, ".git", "HEAD"), "utf8");
  } catch {
    return "main";
  }
  return /^ref: refs\/heads\/(\S+)/.exec(head)?.[1] ?? "main";
}
var isFolderName = (name) => name !== "" && name !== "." && name !== ".." && !/[/\\\0]/.test(name);

// app/forge/local/catalog-output.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// app/core/catalog-index/load-catalog-index.ts
async function loadCatalogIndex(folder, read) {
  const at = (path) => folder ? `${folder}/${path}` : path;
  const [indexText] = await read([at(INDEX_PATH)]);
  if (indexText === void 0) return void 0;
  const index = readIndexFile(at(INDEX_PATH), indexText);
  const texts = await read(index.shards.map(at));
  const entities = index.shards.flatMap((shard, i) => {
    const text = texts[i];
    if (text === void 0)
      throw new CatalogIndexError(`${at(shard)} is listed in ${at(INDEX_PATH)} but missing; rebuild the catalog`);
    return readIndexShard(at(shard), text);
  });
  return catalogIndexOf(index.organization, entities);
}

// app/forge/local/catalog-output.ts
async function readOutputState(out, folder) {
  const dir = join3(out, stateFolder(folder));
  const paths = existsSync2(dir) ? await glob("**/*.json", { cwd: dir }) : [];
  const files = new Map(
    await Promise.all(
      paths.map(async (p) => [`${stateFolder(folder)}/${p}`, await readFile2(join3(dir, p), "utf8")])
    )
  );
  return readCatalogState(folder, files);
}
async function readOutputScores(out, folder) {
  const dir = join3(out, folder, RESULTS_FOLDER);
  const paths = existsSync2(dir) ? await glob("**/*.json", { cwd: dir }) : [];
  const read = await Promise.all(paths.map(async (p) => parseRepositoryScores(await readFile2(join3(dir, p), "utf8"))));
  return read.filter((r) => r !== void 0);
}
async function readOutputConfig(out) {
  return readFile2(join3(out, CONFIG_PATH), "utf8").catch(() => void 0);
}
var writeChanges = (out, changes) => applyChanges(out, changes);
async function readLocalCatalog(dir) {
  const folder = existsSync2(join3(dir, INDEX_PATH)) ? "" : parseCatalogConfig(await readOutputConfig(dir)).config.folder;
  const read = (paths) => Promise.all(paths.map((p) => readFile2(join3(dir, p), "utf8").catch(() => void 0)));
  return { index: await loadCatalogIndex(folder, read), folder, read };
}
async function buildLocalCatalog(orgDir, organization, work, webUrl = "https://github.com") {
  const forge = createLocalForge({ root: orgDir, owner: organization, webUrl });
  const result = await buildCatalog({
    organization,
    source: forgeCatalogSource(forge, organization),
    work,
    config: DEFAULT_CONFIG,
    configProblems: [],
    state: emptyState(),
    scores: /* @__PURE__ */ new Map(),
    webUrl
  });
  const { folder } = DEFAULT_CONFIG;
  const kept = (path) => path === `${folder}/${INDEX_PATH}` || path.startsWith(`${folder}/${INDEX_FOLDER}/`);
  const files = /* @__PURE__ */ new Map();
  for (const change of result.changes)
    if (change.content !== null && kept(change.path)) files.set(change.path, change.content);
  const read = async (paths) => paths.map((p) => files.get(p));
  return { index: await loadCatalogIndex(folder, read), folder, read };
}

export {
  buildCatalog,
  applyChanges,
  createLocalForge,
  readOutputState,
  readOutputScores,
  readOutputConfig,
  writeChanges,
  readLocalCatalog,
  buildLocalCatalog
};
