import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  pointerOf
} from "./chunk-2SMOZSPU.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";
import {
  stringifyEntityRef
} from "./chunk-7BHR42MJ.js";
import {
  nestedDeeperThan,
  parseYamlDocuments
} from "./chunk-CBINKEOC.js";
import {
  DEFAULT_NAMESPACE,
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  BUDGETS
} from "./chunk-56XEIP7Z.js";

// app/core/validation/placeholders.ts
import { posix } from "node:path";
var placeholderBudget = () => ({
  bytesLeft: BUDGETS.placeholderBytesPerRepository,
  sizes: /* @__PURE__ */ new Map()
});
var RESOLVERS = ["text", "json", "yaml"];
async function resolvePlaceholders(value, context) {
  if (!mayHoldPlaceholder(value)) return { value, problems: [], opaque: [] };
  const problems = [];
  const opaque = [];
  const budget = {
    entity: { bytesLeft: BUDGETS.placeholderBytesPerEntity },
    repository: context.budget ?? placeholderBudget()
  };
  const walk = async (data, path) => {
    if (Array.isArray(data)) return Promise.all(data.map((item, i) => walk(item, [...path, i])));
    if (!isRecord(data)) return data;
    const keys = Object.keys(data);
    if (!keys.some((k) => k.startsWith("$"))) {
      const entries = await Promise.all(keys.map(async (k) => [k, await walk(data[k], [...path, k])]));
      return Object.fromEntries(entries);
    }
    const key = keys[0].slice(1);
    if (keys.length !== 1 || !RESOLVERS.includes(key)) return data;
    const outcome = await resolveOne(key, data[keys[0]], context, budget);
    const pointer = pointerOf(path);
    if ("problem" in outcome) {
      problems.push({ ...outcome.problem, pointer });
      opaque.push(pointer);
      return data;
    }
    if ("unknown" in outcome) {
      problems.push({ ...outcome.unknown, pointer });
      opaque.push(pointer);
      return data;
    }
    return outcome.value;
  };
  const resolved = await walk(value, []);
  return { value: resolved, problems, opaque };
}
function mayHoldPlaceholder(data) {
  if (Array.isArray(data)) return data.some(mayHoldPlaceholder);
  if (!isRecord(data)) return false;
  for (const key in data) if (key.startsWith("$") || mayHoldPlaceholder(data[key])) return true;
  return false;
}
async function resolveOne(key, target, context, budget) {
  const fail = (message, fix) => ({
    problem: problem("error", "placeholder", "", message, fix ? { fix } : {})
  });
  if (typeof target !== "string") {
    return fail(
      `Placeholder $${key} expected a string value parameter, in the form of an absolute URL or a relative path`,
      `Write it as $${key}: ./path/to/file or $${key}: https://\u2026`
    );
  }
  if (isAbsoluteUrl(target)) {
    const other = otherRepository(target, context.repositoryUrl);
    if (other) {
      return fail(
        `Placeholder may only reference files from the same repository as the entity; ${target} is in ${other}`,
        "Copy the file into this repository and refer to it by a relative path."
      );
    }
    if (key === "text") return { value: target };
    return {
      unknown: problem(
        "warning",
        "placeholder",
        "",
        `Placeholder $${key} points at ${target}, which is not fetched during validation, so its content is not checked`
      )
    };
  }
  const repositoryPath = repositoryPathOf(target, context.filePath);
  if (repositoryPath === void 0) {
    return fail(
      `Placeholder $${key} refers to ${target}, which is outside the repository`,
      "Refer to a file inside this repository, relative to the descriptor (./file) or to the repository root (/file)."
    );
  }
  const spent = overBudget(budget, budget.repository.sizes?.get(repositoryPath) ?? 0);
  if (spent) return { problem: spent(target) };
  const content = await context.read(repositoryPath);
  if (content !== void 0) budget.repository.sizes?.set(repositoryPath, content.length);
  if (content === void 0) {
    return fail(
      `Placeholder $${key} could not read location ${target}: no file at ${repositoryPath}`,
      `Create ${repositoryPath} or correct the path (relative to the descriptor's folder, or to the repository root when it starts with /).`
    );
  }
  const over = overBudget(budget, content.length);
  if (over) return { problem: over(target) };
  budget.entity.bytesLeft -= content.length;
  budget.repository.bytesLeft -= content.length;
  return parseContent(key, target, content, fail);
}
function overBudget(budget, bytes) {
  const mib = (n) => `${n / 1024 / 1024} MiB`;
  const whose = bytes > budget.entity.bytesLeft || budget.entity.bytesLeft <= 0 ? "entity" : bytes > budget.repository.bytesLeft || budget.repository.bytesLeft <= 0 ? "repository" : void 0;
  if (!whose) return void 0;
  const limit = whose === "entity" ? BUDGETS.placeholderBytesPerEntity : BUDGETS.placeholderBytesPerRepository;
  return (target) => problem(
    "error",
    "over-budget",
    "",
    `Placeholder ${target} was not read: placeholders bring at most ${mib(limit)} into one ${whose}, and this one would go over`,
    {
      fix: whose === "entity" ? "Point at smaller files, or split the entity." : "Point at smaller files, or move some entities to their own repository."
    }
  );
}
function parseContent(key, target, content, fail) {
  if (key === "text") return { value: content };
  if (key === "json") {
    let value;
    try {
      value = JSON.parse(content);
    } catch (e) {
      return fail(
        `Placeholder $json failed to parse JSON data at ${target}, ${String(e)}`,
        `Correct the JSON in ${target}, or use $text to take it as a string.`
      );
    }
    if (nestedDeeperThan(value))
      return fail(
        `Placeholder $json found data nested deeper than ${BUDGETS.depth} levels at ${target}`,
        `Flatten the data in ${target}, or use $text to take it as a string.`
      );
    return { value };
  }
  const documents = parseYamlDocuments(content, { merge: false });
  if (documents.length !== 1) {
    return fail(
      `Placeholder $yaml expected to find exactly one document of data at ${target}, found ${documents.length}`,
      `Keep exactly one YAML document in ${target} (no --- separators between documents).`
    );
  }
  const [document] = documents;
  if (document.errors.length) {
    return fail(
      `Placeholder $yaml found an error in the data at ${target}, ${document.errors[0].message.split("\n")[0].replace(/:$/, "")}`,
      `Correct the YAML in ${target}.`
    );
  }
  try {
    return { value: document.toJSON() };
  } catch (e) {
    return fail(
      `Placeholder $yaml could not read the data at ${target}, ${String(e)}`,
      `Simplify ${target}: remove the aliases that repeat content.`
    );
  }
}
var isAbsoluteUrl = (s) => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s) && URL.canParse(s);
function repositoryPathOf(target, filePath) {
  const joined = target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(filePath), target);
  const normalized = posix.normalize(joined);
  if (normalized === ".." || normalized.startsWith("../") || posix.isAbsolute(normalized)) return void 0;
  return normalized === "." ? "" : normalized;
}
function otherRepository(url, repositoryUrl) {
  if (!repositoryUrl) return void 0;
  const file = gitFileUrl(url);
  const base = URL.canParse(repositoryUrl) ? new URL(repositoryUrl) : void 0;
  if (!file || !base) return void 0;
  const baseName = base.pathname.replace(/^\/|\/$|\.git$/g, "").toLowerCase();
  const same = file.host === base.host.toLowerCase() && file.fullName.toLowerCase() === baseName;
  return same ? void 0 : `${file.host}/${file.fullName}`;
}
function gitFileUrl(url) {
  const u = new URL(url);
  const m = /^\/([^/]+)\/([^/]+)\/(?:-\/)?(?:blob|tree|raw|edit|src)\/[^/]+\/.+/.exec(u.pathname);
  return m ? { host: u.host.toLowerCase(), fullName: `${m[1]}/${m[2]}` } : void 0;
}

// app/core/validate/template-skeletons.ts
var FETCH_ACTIONS = /* @__PURE__ */ new Set(["fetch:template", "fetch:plain", "fetch:template:file", "fetch:plain:file"]);
var DECLARES_TEMPLATES = /^kind:\s*(?:Template|Migration)\s*$/m;
var isMigrationSpec = (value) => isRecord(value) && value.kind === "Migration" && value.apiVersion === "callboard.dev/v1";
function templateSkeletons(templatePath, value) {
  if (isMigrationSpec(value)) return migrationFolders(templatePath, value);
  if (!isRecord(value) || value.kind !== "Template" || !isRecord(value.metadata)) return [];
  const { name, namespace = DEFAULT_NAMESPACE } = value.metadata;
  if (typeof name !== "string" || typeof namespace !== "string") return [];
  const spec = isRecord(value.spec) ? value.spec : {};
  const steps = Array.isArray(spec.steps) ? spec.steps : [];
  const template = stringifyEntityRef({ kind: "Template", namespace, name });
  return steps.flatMap((step) => {
    if (!isRecord(step) || typeof step.action !== "string" || !FETCH_ACTIONS.has(step.action)) return [];
    const url = isRecord(step.input) ? step.input.url : void 0;
    if (typeof url !== "string" || url.includes("${{") || isAbsoluteUrl(url)) return [];
    const path = repositoryPathOf(url, templatePath);
    if (path === void 0 || path === "") return [];
    const skeleton = { path: step.action.endsWith(":file") ? path : `${path}/`, template };
    return isInSkeleton(templatePath, skeleton) ? [] : [skeleton];
  });
}
var isInSkeleton = (repositoryPath, s) => s.path.endsWith("/") ? repositoryPath.startsWith(s.path) : repositoryPath === s.path;
function skeletonOf(repositoryPath, skeletons) {
  return skeletons.find((s) => isInSkeleton(repositoryPath, s));
}
function migrationFolders(specPath, value) {
  const name = isRecord(value.metadata) && typeof value.metadata.name === "string" ? value.metadata.name : specPath;
  const spec = isRecord(value.spec) ? value.spec : {};
  const steps = Array.isArray(spec.steps) ? spec.steps : [];
  return steps.flatMap((step) => {
    const from = isRecord(step) && isRecord(step.files) ? step.files.from : void 0;
    if (typeof from !== "string") return [];
    const path = repositoryPathOf(from, specPath);
    return path ? [{ path: `${path}/`, template: `migration ${name}` }] : [];
  });
}

export {
  placeholderBudget,
  resolvePlaceholders,
  isAbsoluteUrl,
  repositoryPathOf,
  DECLARES_TEMPLATES,
  isMigrationSpec,
  templateSkeletons,
  skeletonOf
};
