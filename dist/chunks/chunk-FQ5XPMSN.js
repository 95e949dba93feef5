import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  CONFIG_PATH,
  discoveryPaths
} from "./chunk-SITCIDNF.js";
import {
  createKindRegistry,
  entityRelations,
  isValidObjectName,
  kindLabel
} from "./chunk-S3A23YHW.js";
import {
  dump
} from "./chunk-WC2NULYJ.js";
import {
  trimChars
} from "./chunk-PIVNTOD2.js";
import {
  DECLARES_TEMPLATES
} from "./chunk-FI6VIPLM.js";
import {
  byNaturalText,
  byText
} from "./chunk-JXHDITPO.js";
import {
  isDynamicPattern
} from "./chunk-NAQYNZWX.js";
import {
  CALLBOARD_VERSION
} from "./chunk-EPWE4KVD.js";
import {
  count
} from "./chunk-FRBE2SKT.js";
import {
  BLOCKING_STATES
} from "./chunk-OZ5HR6OQ.js";
import {
  humanizeEntityRef,
  parseEntityRef,
  refFrom,
  stringifyEntityRef
} from "./chunk-7BHR42MJ.js";
import {
  DEFAULT_NAMESPACE,
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  ROOT_DESCRIPTOR
} from "./chunk-I6AYO5FO.js";
import {
  globOrNothing
} from "./chunk-5T66MS62.js";
import {
  createSchemaCompiler
} from "./chunk-VM6EUV5Y.js";
import {
  CatalogIndexError
} from "./chunk-H3NJOLHB.js";

// app/core/catalog/render/catalog-paths.ts
var README_PATH = "README.md";
var ERRORS_PATH = "errors.md";
var INDEX_PATH = "index.json";
var INDEX_SCHEMA_PATH = "index.schema.json";
var INDEX_FOLDER = "index";
var PROBLEMS_PATH = `${INDEX_FOLDER}/problems.json`;
var indexShardPath = (shard2) => `${INDEX_FOLDER}/${shard2}.json`;
var ALL_PATH = "all.yaml";
var IMPORTED_PATH = "imported.yaml";
var ENTITIES_FOLDER = "entities";
function pathSegment(value) {
  const lower = value.toLowerCase();
  const safe = lower.replace(/[^a-z0-9._-]/gu, (c) => `~${(c.codePointAt(0) ?? 0).toString(16)}`);
  return safe === "" || safe === "." || safe === ".." ? `~${safe}` : safe;
}
var PLAIN_REF = /^([a-z0-9._-]+):([a-z0-9._-]+)\/([a-z0-9._-]+)$/;
var isDots = (segment) => segment === "." || segment === "..";
function refSegments(ref) {
  const plain = PLAIN_REF.exec(ref);
  if (plain && !plain.slice(1).some(isDots)) return [plain[1], plain[2], plain[3]];
  const parsed = parseEntityRef(ref);
  if (!parsed.ok) return ["~", "~", pathSegment(ref)];
  const { kind, namespace, name } = parsed.ref;
  return [pathSegment(kind), pathSegment(namespace), pathSegment(name)];
}
var entityPagePath = (ref) => `${refSegments(ref).join("/")}.md`;
var entityYamlPath = (ref) => `${ENTITIES_FOLDER}/${refSegments(ref).join("/")}.yaml`;
var withoutFragment = (url) => url.split("#")[0] ?? url;
function depth(dir) {
  let n = 0;
  for (let i = dir.indexOf("/"); i !== -1; i = dir.indexOf("/", i + 1)) n++;
  return n;
}
function relativePath(from, to) {
  const dir = from.slice(0, from.lastIndexOf("/") + 1);
  if (to.startsWith(dir) && !to.includes("/", dir.length)) return to.slice(dir.length);
  const top = dir.slice(0, dir.indexOf("/") + 1);
  if (top && !to.startsWith(top)) return "../".repeat(depth(dir)) + to;
  const fromDir = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  return [...fromDir.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

// app/core/catalog/render/index/index-schema.ts
var RELATION_TYPES = [
  "apiConsumedBy",
  "apiProvidedBy",
  "childOf",
  "consumesApi",
  "dependencyOf",
  "dependsOn",
  "hasMember",
  "hasPart",
  "memberOf",
  "ownedBy",
  "ownerOf",
  "parentOf",
  "partOf",
  "providesApi"
];
var string = (description) => ({ type: "string", description });
var optionalString = (description) => ({ anyOf: [{ type: "string" }, { type: "null" }], description });
var optionalLine = (description) => ({
  anyOf: [{ type: "integer", minimum: 0 }, { type: "null" }],
  description
});
var object = (description, properties) => ({
  type: "object",
  description,
  additionalProperties: false,
  required: Object.keys(properties),
  properties
});
var source = object("Where the entity is defined.", {
  repository: string("The repository, as `owner/name`."),
  path: string("The descriptor file, relative to the repository root (empty for an imported entity)."),
  line: { type: "integer", minimum: 0, description: "The line where the entity starts in the file (1-based)." },
  url: string("A link to that line on the forge.")
});
var relation = object("A relation from this entity to another, as Backstage stores it.", {
  type: {
    type: "string",
    enum: RELATION_TYPES,
    description: "Backstage's relation type, read as `<this entity> <type> <target>`."
  },
  target: string("The canonical ref of the other entity (it may be missing from the catalog).")
});
var entity = object("One entity of the catalog.", {
  ref: string("The canonical, lowercased ref: `kind:namespace/name`."),
  kind: string("The kind, as written in the descriptor (e.g. `Component`)."),
  namespace: string("The namespace (`default` when the descriptor gives none)."),
  name: string("`metadata.name`."),
  title: optionalString("`metadata.title`, or null."),
  description: optionalString("`metadata.description`, or null."),
  type: optionalString("`spec.type`, or null."),
  lifecycle: optionalString("`spec.lifecycle` (e.g. `production`, `deprecated`), or null."),
  owner: optionalString("The canonical ref of the owner (the `ownedBy` relation), or null."),
  system: optionalString("The canonical ref of the System it is part of, or null."),
  domain: optionalString("The canonical ref of its Domain (its own, or its System's), or null."),
  tags: { type: "array", items: string("A tag."), description: "`metadata.tags`, in the order written." },
  displayName: optionalString("A Group's or User's `spec.profile.displayName`, or null: what people call it."),
  email: optionalString("A Group's or User's `spec.profile.email`, or null: how to reach it."),
  links: {
    type: "array",
    items: object("A link of `metadata.links`: a chat channel, a runbook, a dashboard.", {
      url: string("The URL."),
      title: optionalString("Its title, or null."),
      type: optionalString("Its type (e.g. `chat`), or null.")
    }),
    description: "`metadata.links` with a URL, in the order written."
  },
  source,
  page: string("Its Markdown page, relative to the catalog folder (where index.json is)."),
  status: {
    type: "string",
    enum: ["current", "stale", "imported"],
    description: "`current`: read and valid now; `stale`: its descriptor is broken now and this is the last good version; `imported`: from the GitHub organisation's teams."
  },
  archived: { type: "boolean", description: "Its repository is archived." },
  relations: {
    type: "array",
    items: { $ref: "#/definitions/relation" },
    description: "Both directions of every relation, sorted by type then target."
  }
});
var problem = object("A problem found while reading the catalog.", {
  kind: {
    type: "string",
    enum: ["descriptor", "dangling-ref", "conflict", "config", "stale"],
    description: "What kind of problem it is."
  },
  severity: {
    type: "string",
    enum: ["error", "warning"],
    description: "An error keeps an entity out (or stale); a warning does not."
  },
  message: string("What is wrong, for people."),
  repository: optionalString("The repository, as `owner/name`, or null."),
  path: optionalString("The file, relative to the repository root, or null."),
  line: optionalLine("The 1-based line, or null."),
  column: optionalLine("The 1-based column, or null."),
  ref: optionalString("The canonical ref of the entity it concerns, or null."),
  url: optionalString("A link to the place on the forge, or null.")
});
var shard = object("One shard of the index: the entities whose ref hashes to it.", {
  $schema: string("The schema of this file: `../index.schema.json#/definitions/shard`."),
  entities: {
    type: "array",
    items: { $ref: "#/definitions/entity" },
    description: "The entities of the shard, sorted by ref, one per line."
  }
});
var problems = object("Every problem found reading the catalog (`index/problems.json`).", {
  $schema: string("The schema of this file: `../index.schema.json#/definitions/problems`."),
  problems: {
    type: "array",
    items: { $ref: "#/definitions/problem" },
    description: "Every problem, sorted by repository, path, line and column, one per line."
  }
});
var count2 = (description) => ({ type: "integer", minimum: 0, description });
var INDEX_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Callboard catalog index",
  definitions: { entity, relation, problem, shard, problems },
  ...object(
    "The catalog of an organisation, for machines: counts, and where its entities and problems are. Entities are split into shards (`index/<shard>.json`): the shard of a ref is the first `shardDigits` hex digits of the SHA-256 of the ref. Read every shard listed for the whole catalog, or only the shard of the ref you want.",
    {
      $schema: string("The schema of this file: `./index.schema.json`."),
      organization: string("The GitHub organisation the catalog describes."),
      entities: count2("How many entities the catalog holds."),
      errors: count2("How many errors were found reading it."),
      warnings: count2("How many warnings were found reading it."),
      shardDigits: {
        type: "integer",
        minimum: 1,
        description: "How many hex digits of the SHA-256 of a ref name its shard."
      },
      shards: {
        type: "array",
        items: string("A shard file, relative to this file."),
        description: "Every shard that holds entities, in order."
      },
      problems: string("The file of problems, relative to this file.")
    }
  )
};
var renderIndexSchema = () => `${JSON.stringify(INDEX_SCHEMA, null, 2)}
`;

// app/core/catalog-index/catalog-index.ts
var checks;
var checksOf = () => {
  if (!checks) {
    const compiler = createSchemaCompiler();
    checks = {
      index: compiler.compile(INDEX_SCHEMA),
      shard: compiler.compile({ definitions: INDEX_SCHEMA.definitions, $ref: "#/definitions/shard" })
    };
  }
  return checks;
};
function parse(path, text2, check2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (e) {
    throw new CatalogIndexError(
      `${path} is not JSON (${e.message}); rebuild the catalog (comment "/callboard reconcile" on the catalog repository)`
    );
  }
  const errors = check2(value);
  if (errors.length)
    throw new CatalogIndexError(
      `${path} does not match index.schema.json: ${errors.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}; rebuild the catalog`
    );
  return value;
}
function readIndexFile(path, text2) {
  const value = parse(path, text2, checksOf().index);
  const bad = value.shards.find((s) => !/^index\/[0-9a-f]{1,8}\.json$/.test(s));
  if (bad)
    throw new CatalogIndexError(`${path} lists a shard "${bad}" that is not index/<hex>.json; rebuild the catalog`);
  return value;
}
function readIndexShard(path, text2) {
  return parse(path, text2, checksOf().shard).entities;
}
function catalogIndexOf(organization, entities) {
  const byRef = /* @__PURE__ */ new Map();
  const byRepository = /* @__PURE__ */ new Map();
  const byKind2 = /* @__PURE__ */ new Map();
  const add = (map, key, e) => (map.get(key) ?? map.set(key, []).get(key)).push(e);
  for (const e of entities) {
    byRef.set(e.ref, e);
    add(byRepository, e.source.repository.toLowerCase(), e);
    add(byKind2, e.ref.slice(0, e.ref.indexOf(":")), e);
  }
  return {
    organization,
    get: (ref) => byRef.get(ref),
    ofRepository: (repository) => byRepository.get(repository.toLowerCase()) ?? [],
    ofKind: (kind) => byKind2.get(kind.toLowerCase()) ?? [],
    targets: (ref, type) => (byRef.get(ref)?.relations ?? []).filter((r) => r.type === type).map((r) => r.target),
    size: byRef.size
  };
}

// app/core/scorecard/score-results.ts
var RESULTS_FOLDER = "scorecards/results";
var resultsPath = (catalogFolder, repository) => `${catalogFolder}/${RESULTS_FOLDER}/${repository.toLowerCase()}.json`;
function repositoryScoresOf(repository, scores, entities) {
  return {
    repository,
    entities: scores.map((score) => {
      const { entity: entity2 } = entities.find((e) => e.ref.toLowerCase() === score.ref);
      const spec = isRecord(entity2.spec) ? entity2.spec : {};
      return {
        ref: score.ref,
        title: typeof entity2.metadata.title === "string" ? entity2.metadata.title : entity2.metadata.name,
        owner: refFrom(entity2, spec.owner, "group") ?? null,
        system: refFrom(entity2, spec.system, "system") ?? null,
        tracks: score.tracks.map(trackLevelOf)
      };
    })
  };
}
var trackLevelOf = (t) => ({
  track: t.track,
  title: t.title,
  level: t.level,
  levels: t.levels.length,
  levelName: t.levels[t.level - 1]?.name ?? null,
  ...failingOf(t)
});
var failingOf = (t) => {
  const failing = t.levels.flatMap((l) => l.checks.filter((c) => BLOCKING_STATES.has(c.state)).map((c) => c.check));
  return failing.length ? { failing: [...new Set(failing)].sort(byText) } : {};
};
function scoresByEntity(results) {
  const scores = /* @__PURE__ */ new Map();
  for (const r of [...results].sort((a, b) => byText(a.repository, b.repository))) {
    for (const e of r.entities) if (!scores.has(e.ref.toLowerCase())) scores.set(e.ref.toLowerCase(), e.tracks);
  }
  return scores;
}
function failingChecks(results) {
  const keys = /* @__PURE__ */ new Set();
  for (const r of results)
    for (const e of r.entities)
      for (const t of e.tracks)
        for (const check2 of t.failing ?? []) keys.add(`${e.ref.toLowerCase()}\0${t.track}\0${check2}`);
  return [...keys];
}
var nullableString = { anyOf: [{ type: "string", maxLength: 300 }, { type: "null" }] };
var TRACK_LEVEL = {
  type: "object",
  additionalProperties: false,
  required: ["track", "title", "level", "levels", "levelName"],
  properties: {
    track: { type: "string", maxLength: 100 },
    title: { type: "string", maxLength: 300 },
    level: { type: "integer", minimum: 0, maximum: 100 },
    levels: { type: "integer", minimum: 0, maximum: 100 },
    levelName: nullableString,
    failing: { type: "array", maxItems: 500, items: { type: "string", maxLength: 100 } }
  }
};
var SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["repository", "entities"],
  properties: {
    repository: { type: "string", maxLength: 300 },
    entities: {
      type: "array",
      maxItems: 1e4,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["ref", "title", "owner", "system", "tracks"],
        properties: {
          ref: { type: "string", maxLength: 300 },
          title: { type: "string", maxLength: 300 },
          owner: nullableString,
          system: nullableString,
          tracks: { type: "array", maxItems: 200, items: TRACK_LEVEL }
        }
      }
    }
  }
};
var check;
function parseRepositoryScores(text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return void 0;
  }
  check ??= createSchemaCompiler().compile(SCHEMA);
  return check(value).length ? void 0 : value;
}
function repositoryScoresText(scores) {
  return `{"repository":${JSON.stringify(scores.repository)},"entities":[
${scores.entities.map((e) => JSON.stringify(e)).join(",\n")}
]}
`;
}

// app/core/scorecard/render-score.ts
var STATE_MARK = {
  passed: "\u2714",
  failed: "\u2716",
  warning: "\u26A0",
  "not-applicable": "\u2013",
  "not-reported": "?",
  error: "!",
  exempt: "\u25CB"
};
var STATE_WORDS = {
  passed: "passed",
  failed: "failed",
  warning: "warning",
  "not-applicable": "not applicable",
  "not-reported": "not reported",
  error: "error",
  exempt: "exempt"
};
var trackLevelText = (t) => t.levelName === null ? `no level of ${t.levels}` : `level ${t.level} of ${t.levels} (${t.levelName})`;
var levelText = (t) => trackLevelText(trackLevelOf(t));
function renderScoreText(scores) {
  if (!scores.length) return "No track applies to any entity here.\n";
  const lines = [];
  for (const score of scores) {
    lines.push(score.ref);
    for (const track of score.tracks) {
      lines.push(`  ${track.title}: ${levelText(track)}`);
      for (const level of track.levels) {
        lines.push(
          `    ${level.achieved ? "\u25CF" : "\u25CB"} ${level.ordinal}. ${level.name}${level.required ? " (required)" : ""}`
        );
        for (const check2 of level.checks) lines.push(`      ${checkLine(check2)}`);
      }
      if (track.next) lines.push(`    Next: ${track.next.title}${track.next.hint ? ` \u2014 ${track.next.hint}` : ""}`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}`;
}
var checkLine = (c) => `${STATE_MARK[c.state]} ${c.title} [${STATE_WORDS[c.state]}] ${c.evidence}`;

// app/forge/forge-descriptor-repository.ts
import { posix } from "node:path";
function forgeDescriptorRepository(forge, repository, ref, primed = /* @__PURE__ */ new Map()) {
  const cache = new Map(
    [...primed].map(([path, text2]) => [path, Promise.resolve(text2)])
  );
  let listing;
  const read = (path) => {
    let text2 = cache.get(path);
    if (!text2) {
      text2 = forge.readFiles([{ repository, path, ref }]).then(([file]) => file?.text);
      cache.set(path, text2);
    }
    return text2;
  };
  const files = () => listing ??= forge.listFiles(repository, ref).then((l) => l?.paths ?? []);
  return {
    read,
    size: async (path) => (await read(path))?.length,
    async locate(pattern) {
      if (!isDynamicPattern(pattern)) return await read(pattern) === void 0 ? [] : [pattern];
      const matches = globOrNothing(pattern);
      return (await files()).filter((p) => matches(p) && !p.split("/").includes("node_modules"));
    },
    async templatesAbove(path) {
      const folders = /* @__PURE__ */ new Set();
      for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
        folders.add(dir === "." ? "" : dir);
        if (dir === ".") break;
      }
      const candidates = (await files()).filter(
        (p) => /\.ya?ml$/.test(p) && folders.has(posix.dirname(p) === "." ? "" : posix.dirname(p)) && p !== path
      );
      const texts = await forge.readFiles(candidates.map((p) => ({ repository, path: p, ref })));
      return texts.filter((f) => DECLARES_TEMPLATES.test(f.text ?? "")).map((f) => f.path);
    },
    displayPath: (path) => path
  };
}

// app/forge/forge-catalog-source.ts
var listed = (r) => ({
  owner: r.owner,
  name: r.name,
  fullName: r.fullName,
  defaultBranch: r.defaultBranch,
  archived: r.archived,
  htmlUrl: r.htmlUrl,
  ...r.pushedAt ? { pushedAt: r.pushedAt } : {}
});
function forgeCatalogSource(forge, organization) {
  let listing;
  const ours = (r) => !!r && r.owner.toLowerCase() === organization.toLowerCase();
  return {
    listRepositories() {
      return listing ??= forge.listRepositories().then((repos) => repos.filter(ours).map(listed));
    },
    async getRepositories(fullNames) {
      const ids = fullNames.map((fullName) => ({
        owner: fullName.slice(0, fullName.indexOf("/")),
        name: fullName.slice(fullName.indexOf("/") + 1)
      }));
      return (await forge.getRepositories(ids)).filter(ours).map(listed);
    },
    async readMany(requests) {
      const files = await forge.readFiles(
        requests.map(({ repository, path }) => ({ repository, path, ref: repository.defaultBranch }))
      );
      return files.map((f) => f.text);
    },
    open: (repository, primed) => forgeDescriptorRepository(forge, repository, repository.defaultBranch, primed),
    async teams() {
      return forge.listTeams(organization);
    }
  };
}

// app/core/catalog/catalog-state.ts
import { hash as hash2 } from "node:crypto";

// app/core/catalog/json-text.ts
var indentedJson = (value) => `${JSON.stringify(value, null, 2)}
`;
function recordLinesJson(object2) {
  const members = Object.entries(object2).filter(([, value]) => value !== void 0).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value)) return `${name}:${JSON.stringify(value)}`;
    return value.length ? `${name}:[
${value.map((v) => JSON.stringify(v)).join(",\n")}
]` : `${name}:[]`;
  });
  return `{${members.join(",")}}
`;
}

// app/core/catalog/shards.ts
import { hash } from "node:crypto";
var SHARD_CAPACITY = 512;
function shardDigits(count3) {
  let digits = 1;
  while (count3 > SHARD_CAPACITY * 16 ** digits) digits++;
  return digits;
}
var shardOf = (key, digits) => hash("sha256", key, "hex").slice(0, digits);

// app/core/catalog/catalog-state.ts
var STATE_FOLDER = ".callboard";
var TEAMS_FILE = "github-teams.json";
var MANIFEST_FILE = "manifest.json";
var REPOSITORIES = "repositories";
var ENTITIES = "entities";
var STATE_VERSION = 2;
var emptyState = () => ({
  snapshots: /* @__PURE__ */ new Map(),
  imported: [],
  files: /* @__PURE__ */ new Map(),
  entities: /* @__PURE__ */ new Map(),
  previous: { sources: /* @__PURE__ */ new Map() },
  hashes: /* @__PURE__ */ new Map(),
  unreadable: []
});
var stateFolder = (folder) => `${folder}/${STATE_FOLDER}`;
var snapshotPath = (folder, fullName) => `${stateFolder(folder)}/${REPOSITORIES}/${fullName.toLowerCase()}.json`;
var entityShardPath = (folder, shard2) => `${stateFolder(folder)}/${ENTITIES}/${shard2}.json`;
var contentHash = (text2) => hash2("sha256", text2, "hex").slice(0, 16);
function readCatalogState(folder, files) {
  const state = emptyState();
  const prefix = `${stateFolder(folder)}/`;
  let holders = [];
  const manifestText = files.get(`${prefix}${MANIFEST_FILE}`);
  const manifest = manifestText === void 0 ? void 0 : parseManifest(manifestText);
  for (const [path, text2] of files) {
    if (!path.startsWith(prefix) || !path.endsWith(".json")) continue;
    const name = path.slice(prefix.length);
    state.hashes.set(path, contentHash(text2));
    try {
      if (name === MANIFEST_FILE) {
        if (!manifest) throw new Error("not a manifest of this version");
        state.files = new Map(manifest.files);
        holders = manifest.holders.map(([ref, repository, path2]) => [ref, { repository, path: path2 }]);
      } else if (name === TEAMS_FILE) {
        state.imported = JSON.parse(text2).entities;
      } else if (name.startsWith(`${ENTITIES}/`)) {
        if (!manifest) continue;
        for (const [ref, fingerprint2, page4, yaml] of JSON.parse(text2).entities) {
          state.entities.set(ref, { fingerprint: fingerprint2, page: page4, yaml });
        }
      } else if (name.startsWith(`${REPOSITORIES}/`)) {
        const snapshot = JSON.parse(text2);
        if (!snapshot.repository?.fullName || !Array.isArray(snapshot.entities)) throw new Error("not a snapshot");
        state.snapshots.set(snapshot.repository.fullName, snapshot);
      } else {
        throw new Error("not a state file");
      }
    } catch {
      state.unreadable.push(path);
    }
  }
  state.previous.sources = previousSources(new Map(holders), state.snapshots.values(), state.imported);
  return state;
}
function previousSources(holders, snapshots, imported) {
  const sources = new Map(holders);
  for (const snapshot of [...snapshots].sort((a, b) => byText(a.repository.fullName, b.repository.fullName))) {
    for (const e of snapshot.entities)
      if (!sources.has(e.ref)) sources.set(e.ref, { repository: e.source.repository, path: e.source.path });
  }
  for (const e of imported)
    if (!sources.has(e.ref)) sources.set(e.ref, { repository: e.source.repository, path: e.source.path });
  return sources;
}
function parseManifest(text2) {
  try {
    const manifest = JSON.parse(text2);
    return manifest.version === STATE_VERSION && Array.isArray(manifest.files) && Array.isArray(manifest.holders) ? manifest : void 0;
  } catch {
    return void 0;
  }
}
function* stateFiles(folder, content, unchanged = /* @__PURE__ */ new Set()) {
  for (const snapshot of content.snapshots) {
    const path = snapshotPath(folder, snapshot.repository.fullName);
    yield { path, content: unchanged.has(path) ? void 0 : snapshotJson(snapshot) };
  }
  if (content.imported.length)
    yield { path: `${stateFolder(folder)}/${TEAMS_FILE}`, content: recordLinesJson({ entities: content.imported }) };
  const digits = shardDigits(content.entities.size);
  const shards = /* @__PURE__ */ new Map();
  for (const ref of [...content.entities.keys()].sort(byText)) {
    const { fingerprint: fingerprint2, page: page4, yaml } = content.entities.get(ref);
    const shard2 = shardOf(ref, digits);
    (shards.get(shard2) ?? shards.set(shard2, []).get(shard2)).push([ref, fingerprint2, page4, yaml]);
  }
  for (const [shard2, entities] of shards)
    yield { path: entityShardPath(folder, shard2), content: recordLinesJson({ entities }) };
  const sorted = (map) => [...map].sort(([a], [b]) => byText(a, b));
  const manifest = {
    version: STATE_VERSION,
    files: sorted(content.files),
    holders: sorted(content.holders).map(([ref, { repository, path }]) => [ref, repository, path])
  };
  yield { path: `${stateFolder(folder)}/${MANIFEST_FILE}`, content: recordLinesJson({ ...manifest }) };
}
var snapshotJson = (snapshot) => recordLinesJson({ ...snapshot });

// app/core/markdown/markdown-text.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var PLAIN_TEXT = /^(?![ #+=-]|\d+[.)])(?:[^\s&<>\\`*_[\]|~]| (?=\S))+$/u;
function text(value) {
  return typeof value === "string" && PLAIN_TEXT.test(value) ? value : escapeText(value);
}
function escapeText(value) {
  const line = String(value ?? "").replace(/\s+/g, " ").trim();
  return line.replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c).replace(/[\\`*_[\]|~]/g, "\\$&").replace(/^[#+=-]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");
}
var SAFE_SCHEMES = /* @__PURE__ */ new Set(["http:", "https:", "mailto:"]);
function safeUrl(url) {
  if (typeof url !== "string") return void 0;
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return void 0;
  }
  if (!SAFE_SCHEMES.has(parsed.protocol)) return void 0;
  return parsed.href.replace(
    /[\s()<>"'`|[\]\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function externalLink(label, url) {
  const safe = safeUrl(url);
  if (safe) return `[${label}](${safe})`;
  const shown = text(url);
  return shown && shown !== label ? `${label} (${shown})` : label;
}
var pageLink = (label, href) => `[${label}](${href})`;
function table(headers, rows, align) {
  const rule = headers.map((_h, i) => align?.[i] === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  return [line(headers), `|${rule.join("|")}|`, ...rows.map(line)];
}
var callout = (kind, lines) => [
  `> [!${kind}]`,
  ...lines.map((l) => l ? `> ${l}` : ">")
];
function fence(content, info = "") {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(Math.max(3, longest + 1));
  return [`${ticks}${info}`, ...content.replace(/\n$/, "").split("\n"), ticks];
}
function document(blocks) {
  return `${blocks.filter((b) => b.length > 0).map((b) => b.join("\n")).join("\n\n")}
`;
}

// app/core/catalog/assemble-catalog.ts
var registry = createKindRegistry();
var sourceKey = (e) => `${e.source.repository}/${e.source.path}#${String(e.source.document).padStart(6, "0")}`;
function assembleCatalog(input) {
  const problems2 = [...input.problems ?? []];
  const archived = new Set(input.snapshots.filter((s) => s.repository.archived).map((s) => s.repository.fullName));
  const stale = new Map(
    input.snapshots.flatMap((s) => (s.kept ?? []).map((k) => [`${s.repository.fullName}:${k.ref}`, k.errors]))
  );
  const winners = pickWinners(
    input.snapshots.flatMap((s) => s.entities),
    input.previous,
    problems2
  );
  for (const entity2 of input.imported ?? []) if (!winners.has(entity2.ref)) winners.set(entity2.ref, entity2);
  const importedRefs = new Set((input.imported ?? []).filter((e) => winners.get(e.ref) === e).map((e) => e.ref));
  const relations = /* @__PURE__ */ new Map();
  const add = (ref, relation2) => (relations.get(ref) ?? relations.set(ref, []).get(ref)).push(relation2);
  for (const sourced of winners.values()) {
    const { entity: entity2 } = sourced;
    const lookup = registry.lookup(
      entity2.apiVersion,
      entity2.kind,
      entity2.spec?.type
    );
    if (!("found" in lookup)) continue;
    for (const relation2 of entityRelations(entity2, lookup.found)) {
      add(relation2.source, relation2);
      if (relation2.source === sourced.ref && !winners.has(relation2.target)) {
        problems2.push(danglingProblem(sourced, relation2));
      }
    }
  }
  const entities = [...winners.values()].map((sourced) => {
    const errors = stale.get(`${sourced.source.repository}:${sourced.ref}`);
    return {
      ...sourced,
      relations: dedupeRelations(relations.get(sourced.ref) ?? []),
      status: importedRefs.has(sourced.ref) ? { state: "imported" } : errors ? { state: "stale", errors } : { state: "current" },
      archived: archived.has(sourced.source.repository)
    };
  }).sort((a, b) => byText(a.ref, b.ref));
  for (const e of entities) if (e.status.state === "stale") problems2.push(staleProblem(e, e.status.errors));
  for (const snapshot of input.snapshots) for (const p of descriptorProblems(snapshot)) problems2.push(p);
  return {
    organization: input.organization,
    entities,
    problems: problems2.sort(byPlace),
    repositories: input.snapshots.map((s) => s.repository).sort((a, b) => byNaturalText(a.fullName, b.fullName)),
    removed: removedSince(
      input.previous,
      new Set(entities.map((e) => e.ref)),
      new Set(input.snapshots.map((s) => s.repository.fullName))
    )
  };
}
function pickWinners(candidates, previous, problems2) {
  const byRef = Map.groupBy(candidates, (e) => e.ref);
  const winners = /* @__PURE__ */ new Map();
  for (const [ref, defs] of [...byRef].sort(([a], [b]) => byText(a, b))) {
    const held = previous?.sources.get(ref);
    const sorted = [...defs].sort((a, b) => byText(sourceKey(a), sourceKey(b)));
    const winner = sorted.find((d) => held && d.source.repository === held.repository && d.source.path === held.path) ?? sorted[0];
    winners.set(ref, winner);
    for (const loser of sorted.filter((d) => d !== winner)) {
      problems2.push({
        kind: "conflict",
        severity: "error",
        message: `${ref} is also defined in ${winner.source.repository}/${winner.source.path}, which holds it; this definition is not in the catalog. Rename one of them.`,
        repository: loser.source.repository,
        path: loser.source.path,
        line: loser.source.line,
        ref,
        url: loser.source.url
      });
      problems2.push({
        kind: "conflict",
        severity: "warning",
        message: `${ref} is also defined in ${loser.source.repository}/${loser.source.path}; this definition is the one in the catalog.`,
        repository: winner.source.repository,
        path: winner.source.path,
        line: winner.source.line,
        ref,
        url: winner.source.url
      });
    }
  }
  return winners;
}
function danglingProblem(sourced, relation2) {
  return {
    kind: "dangling-ref",
    severity: "warning",
    message: `${sourced.ref} ${relation2.type} ${relation2.target}, which is not in the catalog`,
    repository: sourced.source.repository,
    path: sourced.source.path,
    line: sourced.source.line,
    ref: sourced.ref,
    url: sourced.source.url
  };
}
function staleProblem(e, errors) {
  return {
    kind: "stale",
    severity: "warning",
    message: `The descriptor of ${e.ref} is broken; the catalog keeps its last good version. ${errors.join("; ")}`,
    repository: e.source.repository,
    path: e.source.path,
    line: e.source.line,
    ref: e.ref,
    url: e.source.url
  };
}
function descriptorProblems(snapshot) {
  const { repository } = snapshot;
  return snapshot.files.flatMap(
    (file) => file.problems.map((p) => ({
      kind: "descriptor",
      severity: p.severity,
      message: `${p.message}${p.fix ? ` \u2014 ${p.fix}` : ""}`,
      repository: repository.fullName,
      path: file.path,
      line: p.line,
      column: p.column,
      ...p.entity ? { ref: p.entity } : {},
      url: `${repository.htmlUrl}/blob/${encodeURIComponent(repository.defaultBranch)}/${file.path.split("/").map(encodeURIComponent).join("/")}#L${p.line}`
    }))
  );
}
function removedSince(previous, present, repositories) {
  if (!previous) return [];
  return [...previous.sources].filter(([ref]) => !present.has(ref)).map(([ref, source2]) => ({
    ref,
    reason: source2.repository.endsWith("(GitHub teams)") ? "no longer a team of the organisation" : repositories.has(source2.repository) ? `no longer defined in ${source2.repository}/${source2.path}` : `repository ${source2.repository} is gone (deleted, or no longer visible to Callboard)`
  })).sort((a, b) => byText(a.ref, b.ref));
}
function dedupeRelations(relations) {
  const seen = new Map(relations.map((r) => [`${r.type} ${r.target}`, r]));
  return [...seen.values()].sort((a, b) => byText(a.type, b.type) || byText(a.target, b.target));
}
var byPlace = (a, b) => byText(a.repository ?? "", b.repository ?? "") || byText(a.path ?? "", b.path ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || byText(a.message, b.message);

// app/core/catalog/render/compare.ts
var compareStrings = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareBy(...keys) {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      if (x === void 0) return -1;
      if (y === void 0) return 1;
      const order = typeof x === "number" && typeof y === "number" ? x - y : compareStrings(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  };
}
function sortedUnique(values, key, order) {
  const seen = /* @__PURE__ */ new Set();
  return [...values].sort(order).filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// app/core/catalog/render/catalog-view.ts
var INVERSE = {
  ownedBy: "ownerOf",
  ownerOf: "ownedBy",
  providesApi: "apiProvidedBy",
  apiProvidedBy: "providesApi",
  consumesApi: "apiConsumedBy",
  apiConsumedBy: "consumesApi",
  dependsOn: "dependencyOf",
  dependencyOf: "dependsOn",
  parentOf: "childOf",
  childOf: "parentOf",
  memberOf: "hasMember",
  hasMember: "memberOf",
  partOf: "hasPart",
  hasPart: "partOf"
};
var isRelationType = (type) => Object.hasOwn(INVERSE, type);
var byRelation = compareBy(
  (r) => r.type,
  (r) => r.target
);
var byProblem = compareBy(
  (p) => p.repository,
  (p) => p.path,
  (p) => p.line,
  (p) => p.column,
  (p) => p.severity,
  (p) => p.kind,
  (p) => p.message,
  (p) => p.ref,
  (p) => p.url
);
function createCatalogView(catalog, scores = /* @__PURE__ */ new Map()) {
  const entities = sortedUnique(
    catalog.entities,
    (e) => e.ref,
    compareBy(
      (e) => e.ref,
      (e) => e.source.repository,
      (e) => e.source.path,
      (e) => e.source.document,
      (e) => e.source.line
    )
  );
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const relations = indexRelations(entities);
  const byType = /* @__PURE__ */ new Map();
  const none = [];
  const noTargets = [];
  const noScores = [];
  const sortedScores = /* @__PURE__ */ new Map();
  const memos = /* @__PURE__ */ new Map();
  return {
    organization: catalog.organization,
    entities,
    problems: [...catalog.problems].sort(byProblem),
    repositories: sortedUnique(
      catalog.repositories,
      (r) => r.fullName,
      compareBy((r) => r.fullName)
    ),
    entity: (ref) => byRef.get(ref),
    relations: (ref) => relations.get(ref) ?? none,
    targets: (ref, type) => {
      let types = byType.get(ref);
      if (!types) byType.set(ref, types = groupTargets(relations.get(ref) ?? none));
      return types.get(type) ?? noTargets;
    },
    scores: (ref) => {
      const levels = scores.get(ref);
      if (!levels?.length) return noScores;
      let sorted = sortedScores.get(ref);
      if (!sorted) sortedScores.set(ref, sorted = [...levels].sort((a, b) => compareStrings(a.track, b.track)));
      return sorted;
    },
    summaries: /* @__PURE__ */ new Map(),
    memo(table2, key, compute) {
      let values = memos.get(table2);
      if (!values) memos.set(table2, values = /* @__PURE__ */ new Map());
      if (values.has(key)) return values.get(key);
      const value = compute();
      values.set(key, value);
      return value;
    }
  };
}
function groupTargets(relations) {
  const types = /* @__PURE__ */ new Map();
  for (const r of relations) {
    const list = types.get(r.type);
    if (list) list.push(r.target);
    else types.set(r.type, [r.target]);
  }
  return types;
}
function indexRelations(entities) {
  const bySource = /* @__PURE__ */ new Map();
  const add = (relation2) => {
    const list = bySource.get(relation2.source);
    if (list) list.push(relation2);
    else bySource.set(relation2.source, [relation2]);
  };
  const own = entities.flatMap((e) => e.relations.filter((r) => isRelationType(r.type)));
  for (const r of own) add(r);
  for (const r of own) add({ source: r.target, type: INVERSE[r.type], target: r.source });
  for (const [source2, list] of bySource)
    bySource.set(
      source2,
      list.sort(byRelation).filter((r, i) => i === 0 || byRelation(r, list[i - 1]) !== 0)
    );
  return bySource;
}

// app/core/catalog/render/pages/entity-summary.ts
var str = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
function kindOfRef(ref) {
  const colon = ref.indexOf(":");
  return colon > 0 ? ref.slice(0, colon).toLowerCase() : "";
}
var partOfKind = (view, ref, kind) => view.targets(ref, "partOf").find((t) => kindOfRef(t) === kind);
function summarize(view, e) {
  let summary = view.summaries.get(e.ref);
  if (!summary) view.summaries.set(e.ref, summary = computeSummary(view, e));
  return summary;
}
function computeSummary(view, e) {
  const { metadata, spec } = e.entity;
  const lifecycle = str(spec?.lifecycle);
  const system = partOfKind(view, e.ref, "system");
  const domain = partOfKind(view, e.ref, "domain") ?? (system ? partOfKind(view, system, "domain") : void 0);
  const summary = {
    ref: e.ref,
    kind: e.entity.kind,
    namespace: str(metadata.namespace) ?? "default",
    name: metadata.name,
    tags: Array.isArray(metadata.tags) ? metadata.tags.filter((t) => typeof t === "string") : [],
    deprecated: lifecycle?.toLowerCase() === "deprecated"
  };
  const optional = {
    title: str(metadata.title),
    description: str(metadata.description),
    type: str(spec?.type),
    lifecycle,
    owner: view.targets(e.ref, "ownedBy")[0],
    system,
    domain
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== void 0) Object.assign(summary, { [key]: value });
  return summary;
}
function humanRef(ref) {
  const parsed = parseEntityRef(ref);
  return parsed.ok ? humanizeEntityRef(parsed.ref) : ref;
}
function displayName(view, ref) {
  const e = view.entity(ref);
  if (!e) return humanRef(ref);
  return str(e.entity.metadata.title) ?? profileOf(e).displayName ?? e.entity.metadata.name;
}
function linksOf(e) {
  const links = e.entity.metadata.links;
  return Array.isArray(links) ? links.filter((l) => isRecord(l) && typeof l.url === "string") : [];
}
function profileOf(e) {
  const profile = e.entity.spec?.profile;
  if (!isRecord(profile)) return {};
  const displayName2 = str(profile.displayName);
  const email = str(profile.email);
  return { ...displayName2 ? { displayName: displayName2 } : {}, ...email ? { email } : {} };
}

// app/core/catalog/render/pages/entity-link.ts
function entityLink(view, fromPage, ref) {
  if (!view.entity(ref)) return `${text(humanRef(ref))} *(not in the catalog)*`;
  const label = view.memo("label", ref, () => text(displayName(view, ref)));
  return pageLink(label, relativePath(fromPage, entityPagePath(ref)));
}
var entityLinks = (view, fromPage, refs) => refs.length ? refs.map((r) => entityLink(view, fromPage, r)).join(", ") : "\u2014";

// app/core/catalog/render/pages/contact-card.ts
var emailLink = (email) => email ? externalLink(text(email), `mailto:${email}`) : "\u2014";
function contactCard(view, page4, ref, options = {}) {
  const e = view.entity(ref);
  if (!e) {
    const errors = pageLink("processing status", relativePath(page4, ERRORS_PATH));
    return [`**${text(humanRef(ref))}** is not in the catalog, so no contacts are known (see the ${errors}).`];
  }
  const profile = profileOf(e);
  const items = [
    ...profile.email ? [`- Email: ${emailLink(profile.email)}`] : [],
    ...linksOf(e).map((l) => `- ${externalLink(text(l.title ?? l.url), l.url)}`)
  ];
  const parents = view.targets(ref, "childOf").map((p) => `- Parent group: ${entityLink(view, page4, p)}${parentEmail(view, p)}`);
  const groups = view.targets(ref, "memberOf").map((g) => `- Member of: ${entityLink(view, page4, g)}`);
  const none = items.length === 0 ? ["- No email or links in its descriptor."] : [];
  const lines = [
    `**${entityLink(view, page4, ref)}** (${text(humanRef(ref))})`,
    "",
    ...items,
    ...none,
    ...parents,
    ...groups
  ];
  const members = options.withoutMembers ? [] : membersTable(view, page4, ref, options.maxMembers);
  return [...lines, ...members];
}
function parentEmail(view, ref) {
  const parent = view.entity(ref);
  const email = parent && profileOf(parent).email;
  return email ? `, ${emailLink(email)}` : "";
}
function membersTable(view, page4, group, max = Infinity) {
  const members = view.targets(group, "hasMember");
  if (members.length === 0) return [];
  const shown = members.slice(0, max);
  const rows = shown.map((ref) => {
    const user = view.entity(ref);
    return [entityLink(view, page4, ref), emailLink(user && profileOf(user).email)];
  });
  const more = members.length - shown.length;
  const rest = more > 0 ? ["", `\u2026 and ${more} more members, on ${entityLink(view, page4, group)}'s page.`] : [];
  return ["", ...table(["member", "email"], rows), ...rest];
}
function ownerSection(view, page4, ref) {
  const owners = view.targets(ref, "ownedBy");
  const kind = kindOfRef(ref);
  if (owners.length === 0)
    return kind === "group" || kind === "user" ? [] : ["## Owner and contacts", "", "No owner is set."];
  const folder = page4.slice(0, page4.lastIndexOf("/") + 1);
  const card = (owner) => view.memo("owner-card", `${folder}\0${owner}`, () => contactCard(view, page4, owner, { maxMembers: 10 }));
  return ["## Owner and contacts", ...owners.flatMap((o) => ["", ...card(o)])];
}

// app/core/catalog/render/pages/entity-docs.ts
var TECHDOCS_REF = "backstage.io/techdocs-ref";
var MAX_DEFINITION_CHARS = 1e5;
var DOC_LINK_KINDS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "techdocs", "help"]);
var DEFINITION_LANGUAGES = {
  openapi: "yaml",
  asyncapi: "yaml",
  graphql: "graphql",
  grpc: "protobuf"
};
function linksSection(e) {
  const links = linksOf(e);
  if (links.length === 0) return [];
  return ["## Links", "", ...links.map((l) => `- ${externalLink(text(l.title ?? l.url), l.url)}`)];
}
function docsSection(e) {
  const techdocs = techdocsLine(e);
  const docLinks = linksOf(e).filter((l) => DOC_LINK_KINDS.has(String(l.icon ?? l.type ?? "").toLowerCase()));
  if (!techdocs && docLinks.length === 0) return [];
  return [
    "## Docs",
    "",
    ...techdocs ? [techdocs] : [],
    ...docLinks.map((l) => `- ${externalLink(text(l.title ?? l.url), l.url)}`)
  ];
}
function techdocsLine(e) {
  const value = e.entity.metadata.annotations?.[TECHDOCS_REF];
  if (typeof value !== "string" || value === "") return void 0;
  const label = text(value);
  const [type, ...rest] = value.split(":");
  const target = rest.join(":");
  let url;
  if (type === "url") url = target;
  if (type === "dir") {
    try {
      url = new URL(target, withoutFragment(e.source.url)).href;
    } catch {
      url = void 0;
    }
  }
  return `- TechDocs source: ${url ? externalLink(label, url) : label}`;
}
function definitionSection(e) {
  const definition = e.entity.spec?.definition;
  if (e.entity.kind.toLowerCase() !== "api" || typeof definition !== "string" || definition === "") return [];
  const language = DEFINITION_LANGUAGES[String(e.entity.spec?.type ?? "").toLowerCase()] ?? "";
  const cut = definition.length > MAX_DEFINITION_CHARS;
  const shown = cut ? definition.slice(0, definition.lastIndexOf("\n", MAX_DEFINITION_CHARS) + 1 || MAX_DEFINITION_CHARS) : definition;
  const source2 = externalLink("its source", withoutFragment(e.source.url));
  return [
    "## Definition",
    "",
    "<details>",
    "<summary>Show the API definition</summary>",
    "",
    ...fence(shown, language),
    "",
    ...cut ? [`The definition is cut at ${MAX_DEFINITION_CHARS} characters; the whole of it is in ${source2}.`, ""] : [],
    "</details>"
  ];
}

// app/core/catalog/render/pages/related-table.ts
function lifecycleText(lifecycle) {
  if (!lifecycle) return "\u2014";
  return lifecycle.toLowerCase() === "deprecated" ? `\u26A0\uFE0F **${text(lifecycle)}**` : text(lifecycle);
}
function relatedTable(view, page4, refs) {
  const rows = refs.map((ref) => {
    const e = view.entity(ref);
    const s = e && summarize(view, e);
    return [
      entityLink(view, page4, ref),
      text(kindLabel(s?.kind ?? kindOfRef(ref))),
      text(s?.type ?? "\u2014"),
      lifecycleText(s?.lifecycle),
      s?.owner ? entityLink(view, page4, s.owner) : "\u2014"
    ];
  });
  return table(["entity", "kind", "type", "lifecycle", "owner"], rows);
}
function relatedSection(view, page4, heading, refs, intro) {
  if (refs.length === 0) return [];
  return [heading, "", ...intro ? [intro, ""] : [], ...relatedTable(view, page4, refs)];
}

// app/core/catalog/render/pages/entity-facts.ts
function factsTable(view, page4, e, s) {
  const owners = view.targets(e.ref, "ownedBy");
  const where = e.source.path ? `${e.source.repository}/${e.source.path}:${e.source.line}` : e.source.repository;
  const rows = [
    ["Kind", text(kindLabel(s.kind))],
    ["Type", s.type && text(s.type)],
    ["Lifecycle", s.lifecycle && lifecycleText(s.lifecycle)],
    ["Owner", owners.length ? entityLinks(view, page4, owners) : void 0],
    ["System", s.system && entityLink(view, page4, s.system)],
    ["Domain", s.domain && entityLink(view, page4, s.domain)],
    ["Namespace", text(s.namespace)],
    ["Tags", s.tags.length ? s.tags.map(text).join(", ") : void 0],
    ["Status", statusText(e)],
    ["Source", externalLink(text(where), e.source.url)],
    ["Descriptor", pageLink("normalised YAML", relativePath(page4, entityYamlPath(e.ref)))]
  ];
  const [first, ...rest] = rows.filter((r) => !!r[1]).map(([k, v]) => [`**${k}**`, v]);
  return table(first, rest);
}
function statusText(e) {
  const state = e.status.state === "stale" ? "\u26A0\uFE0F stale (last good version)" : e.status.state;
  return e.archived ? `${state}, archived repository` : state;
}

// app/core/scorecard/render-scorecard-pages.ts
var SCORECARDS_PAGES = "scorecards";
var HISTORY_PATH = `${SCORECARDS_PAGES}/history.csv`;
var HISTORY_HEADER = "date,track,level,entities";
var trackPagePath = (track) => `${SCORECARDS_PAGES}/${pathSegment(track)}.md`;
function scorecardPages(tracks, results, today, history) {
  const entities = results.flatMap((r) => r.entities).sort((a, b) => byText(a.ref, b.ref));
  const placed = new Map(
    tracks.map((t) => [
      t.name,
      entities.flatMap(
        (e) => e.tracks.filter((s) => s.track === t.name).map((s) => ({ entity: e, level: Math.min(s.level, t.levels.length) }))
      )
    ])
  );
  const pages = /* @__PURE__ */ new Map();
  pages.set(`${SCORECARDS_PAGES}/README.md`, overview(tracks, placed));
  for (const track of tracks) pages.set(trackPagePath(track.name), trackPage(track, placed.get(track.name)));
  pages.set(HISTORY_PATH, historyWith(history, today, tracks, placed));
  return pages;
}
var levelNames = (track) => ["none", ...track.levels.map((l) => l.name)];
var countsOf = (track, placed) => levelNames(track).map((_n, level) => placed.filter((p) => p.level === level).length);
var percent = (n, of) => of ? `${Math.round(100 * n / of)}%` : "\u2014";
var who = (ref) => ref ? text(ref.replace(/^[^:]+:default\//, "")) : "\u2014";
function overview(tracks, placed) {
  const blocks = [
    ["# Scorecards"],
    [
      `${tracks.length} tracks. Each entity's level is the highest level whose checks, and those of every level below, pass.`
    ]
  ];
  for (const track of tracks) {
    const all = placed.get(track.name);
    const counts = countsOf(track, all);
    blocks.push([`## ${pageLink(text(track.title), `${pathSegment(track.name)}.md`)}`]);
    if (track.description) blocks.push([text(track.description)]);
    blocks.push(
      table(
        ["level", "entities", "share"],
        levelNames(track).map((name, level) => [
          `${level}. ${text(name)}`,
          String(counts[level]),
          percent(counts[level], all.length)
        ]),
        ["left", "right", "right"]
      )
    );
    blocks.push(
      ...grouped("By team", track, all, (p) => p.entity.owner),
      ...grouped("By system", track, all, (p) => p.entity.system)
    );
  }
  return document(blocks);
}
function grouped(heading, track, all, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of all) {
    const k = key(p);
    if (k) groups.set(k, [...groups.get(k) ?? [], p]);
  }
  if (!groups.size) return [];
  const headers = [heading.replace("By ", ""), "entities", ...levelNames(track).map((n, i) => `${i}. ${text(n)}`)];
  const rows = [...groups.keys()].sort(byText).map((k) => [who(k), String(groups.get(k).length), ...countsOf(track, groups.get(k)).map(String)]);
  return [
    [`### ${heading}`],
    table(
      headers,
      rows,
      headers.map((_h, i) => i ? "right" : "left")
    )
  ];
}
function trackPage(track, all) {
  const names = levelNames(track);
  const sorted = [...all].sort((a, b) => a.level - b.level || byText(a.entity.ref, b.entity.ref));
  return document([
    [`# ${text(track.title)}`],
    track.description ? [text(track.description)] : [],
    [
      "Levels: " + track.levels.map((l) => `${l.ordinal}. ${text(l.name)}${l.required ? " (required)" : ""}`).join(", ") + "."
    ],
    table(
      ["entity", "level", "owner", "system"],
      sorted.map((p) => [
        pageLink(text(p.entity.title), `../${entityPagePath(p.entity.ref)}`),
        `${p.level}. ${text(names[p.level])}`,
        who(p.entity.owner),
        who(p.entity.system)
      ])
    )
  ]);
}
function historyWith(history, today, tracks, placed) {
  const kept = (history ?? "").split("\n").filter((line) => /^\d{4}-\d{2}-\d{2},/.test(line) && !line.startsWith(`${today},`));
  const rows = tracks.flatMap(
    (t) => countsOf(t, placed.get(t.name)).map((n, level) => `${today},${t.name},${level},${n}`)
  );
  return [HISTORY_HEADER, ...[...kept, ...rows].sort()].join("\n") + "\n";
}

// app/core/catalog/render/pages/entity-scorecards.ts
function scorecardSection(view, page4, ref) {
  const levels = view.scores(ref);
  if (!levels.length) return [];
  const rows = levels.map((t) => [
    pageLink(text(t.title), relativePath(page4, trackPagePath(t.track))),
    text(trackLevelText(t))
  ]);
  return ["## Scorecards", "", ...table(["track", "level"], rows)];
}

// app/core/catalog/render/pages/entity-status.ts
var STALE_INTRO = "This is the last good version; its descriptor is broken now:";
function statusCallouts(view, page4, e, summary) {
  const errorsLink = pageLink("processing status", relativePath(page4, ERRORS_PATH));
  const blocks = [];
  if (summary.deprecated) {
    const kind = text(kindLabel(summary.kind).toLowerCase());
    blocks.push(
      callout("WARNING", [`**Deprecated.** Do not start using this ${kind}; ask its owner what replaces it.`])
    );
  }
  if (e.status.state === "stale") {
    blocks.push(
      callout("WARNING", [
        STALE_INTRO,
        "",
        ...e.status.errors.map((err) => `- ${text(err)}`),
        "",
        `See the ${errorsLink}.`
      ])
    );
  }
  if (e.status.state === "imported") {
    blocks.push(
      callout("NOTE", ["Imported from the GitHub organisation's teams: no descriptor in a repository defines it."])
    );
  }
  if (e.archived) {
    const repository = view.repositories.find((r) => r.fullName === e.source.repository);
    const name = text(e.source.repository);
    blocks.push(
      callout("NOTE", [`Its repository ${repository ? externalLink(name, repository.htmlUrl) : name} is archived.`])
    );
  }
  return blocks;
}

// app/core/catalog/render/pages/mermaid-graph.ts
var MAX_GRAPH_NODES = 25;
var MAX_GRAPH_EDGES = 40;
var RELATION_ORDER = [
  "ownedBy",
  "partOf",
  "childOf",
  "memberOf",
  "providesApi",
  "consumesApi",
  "apiProvidedBy",
  "apiConsumedBy",
  "dependsOn",
  "dependencyOf",
  "hasPart",
  "parentOf",
  "hasMember",
  "ownerOf"
];
var FORWARD = /* @__PURE__ */ new Set([
  "ownedBy",
  "providesApi",
  "consumesApi",
  "dependsOn",
  "childOf",
  "memberOf",
  "partOf"
]);
var byImportance = compareBy(
  (r) => RELATION_ORDER.indexOf(r.type),
  (r) => r.target
);
var mermaidLabel = (label) => label.replace(/\s+/g, " ").replace(/[^\w .:/-]/gu, (c) => `#${c.codePointAt(0) ?? 0};`);
function nodeLabel(view, ref) {
  const e = view.entity(ref);
  return e ? `${displayName(view, ref)} (${kindLabel(e.entity.kind ?? kindOfRef(ref))})` : displayName(view, ref);
}
function mermaidGraph(view, ref) {
  const ids = /* @__PURE__ */ new Map([[ref, "n0"]]);
  const edges = /* @__PURE__ */ new Map();
  let omitted = 0;
  for (const r of [...view.relations(ref)].sort(byImportance)) {
    const edge = FORWARD.has(r.type) ? { from: ref, type: r.type, to: r.target } : { from: r.target, type: INVERSE[r.type], to: ref };
    const key = `${edge.from}\0${edge.type}\0${edge.to}`;
    if (edges.has(key)) continue;
    const fits = (ids.has(r.target) || ids.size < MAX_GRAPH_NODES) && edges.size < MAX_GRAPH_EDGES;
    if (!fits) {
      omitted++;
      continue;
    }
    if (!ids.has(r.target)) ids.set(r.target, `n${ids.size}`);
    edges.set(key, edge);
  }
  const id = (node) => ids.get(node) ?? "n0";
  const lines = [
    "flowchart LR",
    ...[...ids].map(([node, nodeId]) => `  ${nodeId}["${mermaidLabel(nodeLabel(view, node))}"]`),
    ...[...edges.values()].map((e) => `  ${id(e.from)} -->|${e.type}| ${id(e.to)}`),
    "  style n0 stroke-width:3px"
  ];
  const note = omitted > 0 ? ["", `\u2026 and ${omitted} more relations, not drawn to keep the graph readable (all are listed above).`] : [];
  return ["## Graph", "", ...fence(lines.join("\n"), "mermaid"), ...note];
}

// app/core/catalog/render/group-by.ts
function groupBy(values, key, map = (v) => v) {
  const groups = /* @__PURE__ */ new Map();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(map(value));
    else groups.set(k, [map(value)]);
  }
  return groups;
}

// app/core/catalog/render/pages/owner-sections.ts
function ownerSections(view, page4, e) {
  const kind = kindOfRef(e.ref);
  const members = view.targets(e.ref, "hasMember");
  const children = view.targets(e.ref, "parentOf");
  const owned = view.targets(e.ref, "ownerOf");
  const isOwner = kind === "group" || kind === "user";
  return [
    isOwner ? ["## Contacts", "", ...contactCard(view, page4, e.ref, { withoutMembers: true })] : [],
    kind === "group" ? [`Members: ${members.length}. Child groups: ${children.length}. Owns: ${owned.length}.`] : [],
    members.length ? [`## Members (${members.length})`, ...membersTable(view, page4, e.ref)] : [],
    relatedSection(view, page4, "## Parent group", view.targets(e.ref, "childOf")),
    relatedSection(view, page4, `## Child groups (${children.length})`, children),
    relatedSection(view, page4, "## Member of", view.targets(e.ref, "memberOf")),
    ownedSection(view, page4, owned)
  ];
}
function ownedSection(view, page4, owned) {
  if (owned.length === 0) return [];
  const byKind2 = groupBy(owned, kindOfRef);
  const kinds = [...byKind2.keys()].sort(compareStrings);
  const counts = table(
    ["kind", "owned"],
    kinds.map((k) => [text(kindLabel(k)), String(byKind2.get(k)?.length ?? 0)]),
    ["left", "right"]
  );
  const sections = kinds.flatMap((k) => {
    const refs = byKind2.get(k) ?? [];
    return ["", `### ${text(kindLabel(k))} (${refs.length})`, "", ...relatedTable(view, page4, refs)];
  });
  return [`## Owns (${owned.length})`, "", ...counts, ...sections];
}

// app/core/catalog/render/pages/render-entity-page.ts
var GENERATED_NOTE = "<!-- Generated by Callboard. Do not edit: change the descriptor in its repository instead. -->";
var RELATED = [
  [
    "## APIs",
    [
      ["### Provides", "providesApi"],
      ["### Consumes", "consumesApi"],
      ["### Provided by", "apiProvidedBy"],
      ["### Consumed by", "apiConsumedBy"]
    ]
  ],
  [
    "## Dependencies",
    [
      ["### Depends on", "dependsOn"],
      ["### Dependents", "dependencyOf", "These depend on it directly: when it fails, they may fail too."]
    ]
  ],
  [
    "## Parts",
    [
      ["### Has parts", "hasPart"],
      ["### Part of", "partOf"]
    ]
  ]
];
function renderEntityPage(view, e) {
  const page4 = entityPagePath(e.ref);
  const summary = summarize(view, e);
  return document([
    [GENERATED_NOTE],
    [`# ${text(displayName(view, e.ref))}`],
    ...statusCallouts(view, page4, e, summary),
    summary.description ? [text(summary.description)] : [],
    factsTable(view, page4, e, summary),
    ownerSection(view, page4, e.ref),
    ...ownerSections(view, page4, e),
    // A group's or user's links are its contacts, shown in that section already.
    isOwnerKind(e.ref) ? [] : linksSection(e),
    docsSection(e),
    scorecardSection(view, page4, e.ref),
    ...RELATED.map(([heading, subsections]) => relatedGroup(view, page4, e.ref, heading, subsections)),
    mermaidGraph(view, e.ref),
    definitionSection(e)
  ]);
}
var isOwnerKind = (ref) => ["group", "user"].includes(kindOfRef(ref));
function relatedGroup(view, page4, ref, heading, subsections) {
  const parts = subsections.flatMap(([title, type, intro]) => {
    const section = relatedSection(view, page4, title, view.targets(ref, type), intro);
    return section.length ? ["", ...section] : [];
  });
  return parts.length ? [heading, ...parts] : [];
}

// app/core/catalog/render/backstage/yaml-text.ts
var toYaml = (value) => dump(value, { lineWidth: -1, noRefs: true, sortKeys: false });
var yamlComment = (lines) => lines.map((l) => `# ${l}`.trimEnd()).join("\n") + "\n";
var sortedRecord = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
var FIRST_KEYS = ["name", "namespace", "title", "description", "labels", "annotations", "tags", "links"];
function orderedMetadata(metadata, overrides = {}) {
  const merged = { ...metadata, ...overrides };
  const out = {};
  const keys = [
    ...FIRST_KEYS,
    ...Object.keys(merged).filter((k) => !FIRST_KEYS.includes(k)).sort(compareStrings)
  ];
  for (const key of keys) {
    const value = merged[key];
    if (value === void 0) continue;
    out[key] = (key === "labels" || key === "annotations") && typeof value === "object" && value !== null ? sortedRecord(value) : value;
  }
  return out;
}

// app/core/catalog/render/backstage/render-entity-yaml.ts
var MANAGED_BY_LOCATION = "backstage.io/managed-by-location";
var MANAGED_BY_ORIGIN_LOCATION = "backstage.io/managed-by-origin-location";
function renderEntityYaml(view, e) {
  const { metadata, spec } = e.entity;
  const location = `url:${withoutFragment(e.source.url)}`;
  const stitched = {
    apiVersion: e.entity.apiVersion,
    kind: e.entity.kind,
    metadata: orderedMetadata(metadata, {
      namespace: metadata.namespace || "default",
      annotations: { ...metadata.annotations, [MANAGED_BY_LOCATION]: location, [MANAGED_BY_ORIGIN_LOCATION]: location }
    }),
    ...spec ? { spec } : {},
    relations: view.relations(e.ref).map((r) => ({ type: r.type, targetRef: r.target }))
  };
  const all = relativePath(entityYamlPath(e.ref), ALL_PATH);
  const header = yamlComment([
    "Generated by Callboard: do not edit. Change the descriptor in its repository instead.",
    "Backstage's processed (stitched) form of the entity, with its relations, for reading.",
    `Backstage refuses \`relations\` in input: to load this catalog into Backstage, register ${all} instead.`
  ]);
  return header + toYaml(stitched);
}

// app/core/catalog/render/pages/uncatalogued.ts
function uncataloguedRepositories(view) {
  const described = new Set(view.entities.map((e) => e.source?.repository.toLowerCase()));
  return view.repositories.filter((r) => !r.archived && !described.has(r.fullName.toLowerCase()));
}

// app/core/catalog/render/pages/render-errors.ts
var page = ERRORS_PATH;
var MAX_LISTED_PROBLEMS = 1e3;
var MAX_REPEATS = 20;
var PLACES_SHOWN = 3;
var GENERATED = "<!-- Generated by Callboard. Do not edit: fix the descriptors in their repositories instead. -->";
function renderErrors(view) {
  const listed2 = view.problems.slice(0, MAX_LISTED_PROBLEMS);
  const unlisted = view.problems.length - listed2.length;
  const byRepository = groupBy(listed2, (p) => p.repository ?? "");
  const withProblems = new Set(byRepository.keys());
  const uncatalogued = uncataloguedRepositories(view).filter((r) => !withProblems.has(r.fullName));
  const undescribed = new Set(uncatalogued.map((r) => r.fullName));
  const ok = view.repositories.filter((r) => !withProblems.has(r.fullName) && !undescribed.has(r.fullName));
  const errors = view.problems.filter((p) => p.severity === "error").length;
  return document([
    [GENERATED],
    ["# Processing status"],
    [
      `${count(view.repositories.length, "repository", "repositories")}: ${ok.length} OK, ${[...withProblems].filter((r) => r !== "").length} with problems, ${uncatalogued.length} with no descriptor yet. ${count(errors, "error")}, ${count(view.problems.length - errors, "warning")}.`
    ],
    repeatsSection(view.problems),
    ...[...byRepository].map(([repository, problems2]) => repositorySection(view, repository, problems2)),
    unlisted ? [
      `\u2026 and ${count(unlisted, "more problem", "more problems")}, not listed to keep this page readable on GitHub: every problem is in ${pageLink("the index", PROBLEMS_PATH)}.`
    ] : [],
    uncataloguedSection(uncatalogued),
    okSection(view, ok)
  ]);
}
function repeatsSection(problems2) {
  const groups = [...groupBy(problems2, (p) => `${p.severity}\0${sameProblem(p)}`)].filter(([, group]) => group.length > 1).sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1)).slice(0, MAX_REPEATS);
  if (groups.length === 0) return [];
  return [
    "## What repeats",
    "",
    ...groups.map(([, group]) => {
      const first = group[0];
      const places = group.slice(0, PLACES_SHOWN).map((p) => p.url ? externalLink(text(placeOf(p)), p.url) : text(placeOf(p))).join(", ");
      const more = group.length > PLACES_SHOWN ? `, and ${group.length - PLACES_SHOWN} more` : "";
      return `- ${first.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} ${group.length} \xD7 ${text(sameProblem(first))} (${places}${more})`;
    })
  ];
}
var sameProblem = (p) => p.ref && p.message.startsWith(`${p.ref} `) ? p.message.slice(p.ref.length + 1) : p.message;
var placeOf = (p) => [p.repository, p.path].filter(Boolean).join("/") + (p.line === void 0 ? "" : `:${p.line}`);
function repositorySection(view, repository, problems2) {
  const known = view.repositories.find((r) => r.fullName === repository);
  const title = repository ? known ? externalLink(text(repository), known.htmlUrl) : text(repository) : "Catalog (no repository)";
  const archived = known?.archived ? ["", "This repository is archived."] : [];
  const files = [...groupBy(problems2, (p) => p.path ?? "")].flatMap(([path, inFile]) => [
    "",
    `### ${path ? text(path) : "(no file)"}`,
    "",
    ...table(
      ["severity", "line", "problem", "kind", "entity"],
      inFile.map((p) => problemRow(view, p))
    )
  ]);
  return [`## ${title}`, ...archived, ...files];
}
function problemRow(view, p) {
  const where = p.line === void 0 ? "file" : `${p.line}${p.column === void 0 ? "" : `:${p.column}`}`;
  return [
    p.severity === "error" ? "\u274C error" : "\u26A0\uFE0F warning",
    p.url ? externalLink(text(where), p.url) : text(where),
    text(p.message),
    text(p.kind),
    p.ref ? entityLink(view, page, p.ref) : "\u2014"
  ];
}
function uncataloguedSection(repositories) {
  if (repositories.length === 0) return [];
  return [
    "## No descriptor yet",
    "",
    "Nothing here describes these repositories (the onboarding migration offers each one a `catalog-info.yaml`):",
    "",
    ...repositories.map((r) => `- ${externalLink(text(r.fullName), r.htmlUrl)}`)
  ];
}
function okSection(view, ok) {
  if (ok.length === 0) return [];
  return [
    "## OK",
    "",
    "Read without problems:",
    "",
    ...ok.map((r) => `- \u2705 ${externalLink(text(r.fullName), r.htmlUrl)}${r.archived ? " (archived)" : ""}`)
  ];
}

// app/core/catalog/render/backstage/render-imported.ts
function renderImported(view) {
  const imported = view.entities.filter((e) => e.status.state === "imported");
  if (imported.length === 0) return void 0;
  const documents = imported.map((e) => {
    const { metadata, spec } = e.entity;
    const annotations = Object.fromEntries(
      Object.entries(metadata.annotations ?? {}).filter(
        ([k]) => k !== MANAGED_BY_LOCATION && k !== MANAGED_BY_ORIGIN_LOCATION
      )
    );
    const descriptor = {
      apiVersion: e.entity.apiVersion,
      kind: e.entity.kind,
      metadata: orderedMetadata(metadata, { annotations: Object.keys(annotations).length ? annotations : void 0 }),
      ...spec ? { spec } : {}
    };
    return toYaml(descriptor);
  });
  const header = yamlComment(["Generated by Callboard: do not edit. Imported from the GitHub organisation's teams."]);
  return header + documents.join("---\n");
}

// app/core/catalog/render/index/render-index-json.ts
function indexShards(view) {
  const digits = shardDigits(view.entities.length);
  const shards = /* @__PURE__ */ new Map();
  for (const e of view.entities) {
    const shard2 = shardOf(e.ref, digits);
    (shards.get(shard2) ?? shards.set(shard2, []).get(shard2)).push(e);
  }
  return new Map([...shards].sort(([a], [b]) => a < b ? -1 : 1));
}
function renderIndexJson(view, shards) {
  const errors = view.problems.filter((p) => p.severity === "error").length;
  return indentedJson({
    $schema: `./${INDEX_SCHEMA_PATH}`,
    organization: view.organization,
    entities: view.entities.length,
    errors,
    warnings: view.problems.length - errors,
    shardDigits: shardDigits(view.entities.length),
    shards: [...shards.keys()].map(indexShardPath),
    problems: PROBLEMS_PATH
  });
}
function renderIndexShard(view, entities) {
  return recordLinesJson({
    $schema: `../${INDEX_SCHEMA_PATH}#/definitions/shard`,
    entities: entities.map((e) => entityEntry(view, e))
  });
}
function renderProblemsJson(view) {
  return recordLinesJson({
    $schema: `../${INDEX_SCHEMA_PATH}#/definitions/problems`,
    problems: view.problems.map(problemEntry)
  });
}
function entityEntry(view, e) {
  const s = summarize(view, e);
  return {
    ref: e.ref,
    kind: s.kind,
    namespace: s.namespace,
    name: s.name,
    title: s.title ?? null,
    description: s.description ?? null,
    type: s.type ?? null,
    lifecycle: s.lifecycle ?? null,
    owner: s.owner ?? null,
    system: s.system ?? null,
    domain: s.domain ?? null,
    tags: s.tags,
    displayName: profileOf(e).displayName ?? null,
    email: profileOf(e).email ?? null,
    links: linksOf(e).map((l) => ({
      url: l.url,
      title: typeof l.title === "string" ? l.title : null,
      type: typeof l.type === "string" ? l.type : null
    })),
    source: { repository: e.source.repository, path: e.source.path, line: e.source.line, url: e.source.url },
    page: entityPagePath(e.ref),
    status: e.status.state,
    archived: e.archived,
    relations: view.relations(e.ref).map((r) => ({ type: r.type, target: r.target }))
  };
}
function problemEntry(p) {
  return {
    kind: p.kind,
    severity: p.severity,
    message: p.message,
    repository: p.repository ?? null,
    path: p.path ?? null,
    line: p.line ?? null,
    column: p.column ?? null,
    ref: p.ref ?? null,
    url: p.url ?? null
  };
}

// app/core/catalog/render/backstage/render-location.ts
function locationName(organization) {
  const slug = `callboard-${organization.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`.slice(0, 63);
  return trimChars(slug, "-");
}
function renderLocation(view) {
  const sources = view.entities.filter((e) => e.status.state !== "imported").map((e) => withoutFragment(e.source.url));
  const targets = [...new Set(sources)].filter((t) => t !== "").sort(compareStrings);
  if (view.entities.some((e) => e.status.state === "imported")) targets.push(`./${IMPORTED_PATH}`);
  const location = {
    apiVersion: "backstage.io/v1alpha1",
    kind: "Location",
    metadata: {
      name: locationName(view.organization),
      description: `Every descriptor of the ${view.organization} catalog, as Callboard reads it`
    },
    spec: { type: "url", targets }
  };
  const header = yamlComment([
    "Generated by Callboard: do not edit.",
    "Register this file in Backstage (a `url` location) to ingest the same catalog from its sources."
  ]);
  return header + toYaml(location);
}

// app/core/catalog/render/pages/overview-tables.ts
var page2 = README_PATH;
var ROW_COMPONENTS = 10;
var TABLE_ROWS = 200;
function componentLinks(view, refs, where) {
  if (refs.length <= ROW_COMPONENTS) return entityLinks(view, page2, refs);
  const rest = refs.length - ROW_COMPONENTS;
  return `${entityLinks(view, page2, refs.slice(0, ROW_COMPONENTS))} and ${rest} more${where && view.entity(where) ? ` (see ${entityLink(view, page2, where)})` : ""}`;
}
function cappedTable(headers, rows, noun, align) {
  const more = rows.length > TABLE_ROWS ? ["", `\u2026 and ${rows.length - TABLE_ROWS} more ${noun}, in \`index.json\`.`] : [];
  return [...table(headers, rows.slice(0, TABLE_ROWS), align), ...more];
}
function groupRefs(summaries, key, extraKeys = []) {
  const groups = groupBy(
    summaries,
    (s) => key(s) ?? "",
    (s) => s.ref
  );
  for (const k of extraKeys) if (!groups.has(k)) groups.set(k, []);
  return [...groups].sort(([a], [b]) => a === "" ? 1 : b === "" ? -1 : compareStrings(a, b));
}
var componentsOf = (view) => view.entities.filter((e) => kindOfRef(e.ref) === "component").map((e) => summarize(view, e));
function componentsBySystem(view) {
  const systems = view.entities.filter((e) => kindOfRef(e.ref) === "system").map((e) => e.ref);
  const groups = groupRefs(componentsOf(view), (s) => s.system, systems);
  if (groups.length === 0) return [];
  const rows = groups.map(([system, components]) => {
    const entity2 = system ? view.entity(system) : void 0;
    const owner = entity2 ? summarize(view, entity2).owner : void 0;
    return [
      system ? entityLink(view, page2, system) : "*(no system)*",
      componentLinks(view, components, system),
      owner ? entityLink(view, page2, owner) : "\u2014"
    ];
  });
  return ["## Components by system", "", ...cappedTable(["system", "components", "owner"], rows, "systems")];
}
function componentsByOwner(view) {
  const groups = groupRefs(componentsOf(view), (s) => s.owner);
  if (groups.length === 0) return [];
  const rows = groups.map(([owner, components]) => [
    owner ? entityLink(view, page2, owner) : "*(no owner)*",
    String(components.length),
    componentLinks(view, components, owner)
  ]);
  return [
    "## Components by owner",
    "",
    ...cappedTable(["owner", "count", "components"], rows, "owners", ["left", "right", "left"])
  ];
}

// app/core/catalog/render/pages/render-overview.ts
var page3 = README_PATH;
var LIST_LIMIT = 50;
var LIST_ALL_LIMIT = 500;
function capped(values, render, rest) {
  const shown = values.slice(0, LIST_LIMIT).map(render);
  return values.length > LIST_LIMIT ? [...shown, rest(values.length - LIST_LIMIT)] : shown;
}
var GENERATED2 = "<!-- Generated by Callboard. Do not edit: every descriptor lives in its own repository. -->";
function renderOverview(view) {
  return document([
    [GENERATED2],
    [`# Catalog of ${text(view.organization)}`],
    [
      `${view.entities.length} entities from ${view.repositories.length} repositories. Every entity has a page below; ${pageLink("the processing status", ERRORS_PATH)} says what could not be read. Machines read \`index.json\`; Backstage ingests \`all.yaml\`.`
    ],
    uncataloguedSection2(view),
    countsSection(view),
    deprecatedSection(view),
    problemsSection(view),
    staleSection(view),
    componentsBySystem(view),
    componentsByOwner(view),
    archivedSection(view),
    entitiesSection(view)
  ]);
}
function uncataloguedSection2(view) {
  const missing = uncataloguedRepositories(view);
  if (!missing.length) return [];
  const names = capped(
    missing,
    (r) => `- [${text(r.fullName)}](${r.htmlUrl})`,
    (more) => `- \u2026 and ${more} more`
  );
  return [
    `**${missing.length} of ${view.repositories.length} repositories have no descriptor yet**: the onboarding migration offers each one a pull request adding a \`catalog-info.yaml\` (copy \`templates/migrations/\` of Callboard into the catalog repository's \`migrations/\`).`,
    "",
    ...names
  ];
}
function byKind(view) {
  const groups = groupBy(
    view.entities,
    (e) => kindOfRef(e.ref),
    (e) => e.ref
  );
  return [...groups].sort(([a], [b]) => compareStrings(a, b)).map(([key, refs]) => [kindLabel(view.entity(refs[0])?.entity.kind ?? key), refs]);
}
function countsSection(view) {
  const imported = view.entities.filter((e) => e.status.state === "imported").length;
  const rows = byKind(view).map(([kind, refs]) => [text(kindLabel(kind)), String(refs.length)]);
  const note = imported ? ["", `${imported} of them are imported from the GitHub organisation's teams.`] : [];
  return ["## Counts", "", ...table(["kind", "entities"], rows, ["left", "right"]), ...note];
}
function deprecatedSection(view) {
  const deprecated = view.entities.map((e) => summarize(view, e)).filter((s) => s.deprecated);
  if (deprecated.length === 0) return [];
  const items = capped(
    deprecated,
    (s) => {
      const owner = s.owner ? `, owned by ${entityLink(view, page3, s.owner)}` : "";
      const dependents = view.targets(s.ref, "dependencyOf").length + view.targets(s.ref, "apiConsumedBy").length;
      const still = dependents ? `, still used by ${dependents}` : "";
      return `- ${entityLink(view, page3, s.ref)} (${text(kindLabel(s.kind).toLowerCase())}${owner}${still})`;
    },
    (more) => `- \u2026 and ${more} more, each marked on its page and on its owner's page.`
  );
  const count3 = `**${deprecated.length} deprecated ${deprecated.length === 1 ? "entity" : "entities"}.**`;
  const advice = deprecated.length === 1 ? "Do not start using it; ask its owner what replaces it." : "Do not start using them; ask their owners what replaces them.";
  return ["## Deprecated", "", ...callout("WARNING", [`${count3} ${advice}`, "", ...items])];
}
function problemsSection(view) {
  const errors = view.problems.filter((p) => p.severity === "error").length;
  const warnings = view.problems.length - errors;
  const link = pageLink("processing status", ERRORS_PATH);
  if (view.problems.length === 0) return ["## Errors", "", `No problems: every descriptor was read (${link}).`];
  const byRepository = /* @__PURE__ */ new Map();
  for (const p of view.problems) {
    const [e, w] = byRepository.get(p.repository ?? "") ?? [0, 0];
    byRepository.set(p.repository ?? "", p.severity === "error" ? [e + 1, w] : [e, w + 1]);
  }
  const worst = [...byRepository].sort(([a, [ea, wa]], [b, [eb, wb]]) => eb - ea || wb - wa || compareStrings(a, b));
  const rows = worst.slice(0, LIST_LIMIT).map(([repository, [e, w]]) => [repository ? text(repository) : "*(catalog)*", String(e), String(w)]);
  const more = worst.length > LIST_LIMIT ? ["", `\u2026 and ${worst.length - LIST_LIMIT} more repositories with problems, in the ${link}.`] : [];
  const summary = `**${errors} ${errors === 1 ? "error" : "errors"} and ${warnings} ${warnings === 1 ? "warning" : "warnings"}**: see the ${link}.`;
  return [
    "## Errors",
    "",
    ...callout(errors ? "CAUTION" : "NOTE", [summary]),
    "",
    ...table(["repository", "errors", "warnings"], rows, ["left", "right", "right"]),
    ...more
  ];
}
function staleSection(view) {
  const stale = view.entities.filter((e) => e.status.state === "stale");
  if (stale.length === 0) return [];
  return [
    "## Stale",
    "",
    "Their descriptors are broken now; the catalog keeps the last good version of each.",
    "",
    ...capped(
      stale,
      (e) => `- ${entityLink(view, page3, e.ref)}`,
      (more) => `- \u2026 and ${more} more, in the ${pageLink("processing status", ERRORS_PATH)}.`
    )
  ];
}
function archivedSection(view) {
  const archived = view.entities.filter((e) => e.archived);
  if (archived.length === 0) return [];
  const rows = archived.slice(0, LIST_LIMIT).map((e) => [entityLink(view, page3, e.ref), text(kindLabel(e.entity.kind)), text(e.source.repository)]);
  const more = archived.length > LIST_LIMIT ? ["", `\u2026 and ${archived.length - LIST_LIMIT} more, each marked on its page.`] : [];
  return [
    "## Archived",
    "",
    `${archived.length} defined in archived repositories.`,
    "",
    ...table(["entity", "kind", "repository"], rows),
    ...more
  ];
}
function entitiesSection(view) {
  if (view.entities.length > LIST_ALL_LIMIT) {
    const kinds = byKind(view).map(([kind, refs]) => `${refs.length} ${text(kindLabel(kind))}`).join(", ");
    return [
      "## Entities",
      "",
      `Too many to list here (${kinds}): every entity has a page, linked from its owner's, its system's and its neighbours' pages. To find one by name, search this repository, or read \`index.json\`.`
    ];
  }
  const sections = byKind(view).flatMap(([kind, refs]) => [
    "",
    `### ${text(kindLabel(kind))} (${refs.length})`,
    "",
    ...refs.map((ref) => {
      const e = view.entity(ref);
      const s = e && summarize(view, e);
      const description = s?.description ? ` \u2014 ${text(s.description)}` : "";
      return `- ${pageLink(text(s?.title ?? s?.name ?? ref), entityPagePath(ref))}${s?.deprecated ? " \u26A0\uFE0F deprecated" : ""}${description}`;
    })
  ]);
  return sections.length ? ["## Entities", ...sections] : [];
}

// app/core/catalog/render/render-catalog.ts
var entityFiles = (ref, folder) => ({
  page: under(folder, entityPagePath(ref)),
  yaml: under(folder, entityYamlPath(ref))
});
var under = (folder, path) => {
  const prefix = trimChars(folder, "/");
  return prefix ? `${prefix}/${path}` : path;
};
function* catalogFiles(view, options) {
  const { folder } = options;
  for (const e of view.entities) {
    const paths = entityFiles(e.ref, folder);
    const render = !options.entities || options.entities.has(e.ref);
    yield {
      path: paths.page,
      content: render ? renderEntityPage(view, e) : void 0,
      entity: { ref: e.ref, file: "page" }
    };
    yield {
      path: paths.yaml,
      content: render ? renderEntityYaml(view, e) : void 0,
      entity: { ref: e.ref, file: "yaml" }
    };
  }
  const shards = indexShards(view);
  for (const [shard2, entities] of shards) {
    const render = !options.shards || options.shards.has(shard2);
    yield {
      path: under(folder, indexShardPath(shard2)),
      content: render ? renderIndexShard(view, entities) : void 0
    };
  }
  yield { path: under(folder, INDEX_PATH), content: renderIndexJson(view, shards) };
  yield { path: under(folder, PROBLEMS_PATH), content: renderProblemsJson(view) };
  yield { path: under(folder, INDEX_SCHEMA_PATH), content: renderIndexSchema() };
  yield { path: under(folder, README_PATH), content: renderOverview(view) };
  yield { path: under(folder, ERRORS_PATH), content: renderErrors(view) };
  yield { path: under(folder, ALL_PATH), content: renderLocation(view) };
  const imported = renderImported(view);
  if (imported !== void 0) yield { path: under(folder, IMPORTED_PATH), content: imported };
}

// app/core/catalog/plan-catalog.ts
function renderedChanges(generator) {
  let next;
  return {
    *[Symbol.iterator]() {
      next = yield* generator;
    },
    nextState() {
      if (!next) throw new Error("The next state is known once every change has been taken");
      return next;
    }
  };
}
function planCatalog({ snapshots, read, imported }, input) {
  const { config, state } = input;
  const readNow = new Set(read);
  const catalog = assembleCatalog({
    organization: input.organization,
    snapshots,
    imported,
    previous: state.previous,
    problems: (input.configProblems ?? []).map((p) => ({
      kind: "config",
      severity: p.severity,
      message: p.message,
      path: CONFIG_PATH,
      line: p.line,
      column: p.column
    }))
  });
  const stats = { rendered: 0, entities: catalog.entities.length };
  const unchanged = new Set(
    snapshots.filter(
      (s) => !readNow.has(s.repository.fullName) && sameRepository(s.repository, state.snapshots.get(s.repository.fullName)?.repository)
    ).map((s) => snapshotPath(config.folder, s.repository.fullName)).filter((path) => state.hashes.has(path))
  );
  const changes = renderedChanges(
    changesSince(
      {
        catalog,
        state,
        folder: config.folder,
        snapshots,
        imported,
        unchanged,
        ...input.scores ? { scores: input.scores } : {}
      },
      stats
    )
  );
  return { catalog, snapshots, read, changes, stats, nextState: changes.nextState };
}
function* changesSince(input, stats) {
  const { catalog, state, folder } = input;
  const view = createCatalogView(catalog, input.scores);
  const fingerprints = new Map(catalog.entities.map((e) => [e.ref, fingerprint(e, view.scores(e.ref))]));
  const plan = renderPlan(catalog, fingerprints, state);
  const render = plan?.pages;
  const shards = plan && shardsToRender(catalog, plan.entries, state, folder);
  const entities = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  for (const file of catalogFiles(view, {
    folder,
    ...render ? { entities: render } : {},
    ...shards ? { shards } : {}
  })) {
    const last = file.entity ? state.entities.get(file.entity.ref)?.[file.entity.file] : state.files.get(file.path);
    const hash3 = file.content === void 0 ? last : contentHash(file.content);
    if (file.entity) {
      const { ref, file: which } = file.entity;
      const record = entities.get(ref) ?? { fingerprint: fingerprints.get(ref), page: "", yaml: "" };
      entities.set(ref, { ...record, [which]: hash3 });
      if (which === "page" && file.content !== void 0) stats.rendered++;
    } else {
      files.set(file.path, hash3);
    }
    if (file.content !== void 0 && hash3 !== last) yield { path: file.path, content: file.content };
  }
  for (const ref of state.entities.keys()) {
    if (entities.has(ref)) continue;
    const gone = entityFiles(ref, folder);
    yield { path: gone.page, content: null };
    yield { path: gone.yaml, content: null };
  }
  for (const path of state.files.keys()) if (!files.has(path)) yield { path, content: null };
  const holders = new Map(
    catalog.problems.filter((p) => p.kind === "conflict" && p.severity === "warning" && p.ref && p.repository && p.path).map((p) => [p.ref, { repository: p.repository, path: p.path }])
  );
  const hashes = /* @__PURE__ */ new Map();
  for (const file of stateFiles(
    folder,
    { snapshots: input.snapshots, imported: input.imported, files, entities, holders },
    input.unchanged
  )) {
    const hash3 = file.content === void 0 ? state.hashes.get(file.path) : contentHash(file.content);
    hashes.set(file.path, hash3);
    if (file.content !== void 0 && hash3 !== state.hashes.get(file.path))
      yield { path: file.path, content: file.content };
  }
  for (const path of state.hashes.keys()) if (!hashes.has(path)) yield { path, content: null };
  return {
    snapshots: new Map(input.snapshots.map((s) => [s.repository.fullName, s])),
    imported: [...input.imported],
    files,
    entities,
    previous: { sources: previousSources(holders, input.snapshots, input.imported) },
    hashes,
    unreadable: []
  };
}
function fingerprint(e, scores) {
  const shown = contentHash(JSON.stringify([CALLBOARD_VERSION, e.entity, e.relations, e.status, e.archived, e.source]));
  return scores.length ? `${shown}+${contentHash(JSON.stringify(scores))}` : shown;
}
var shownByNeighbours = (fp) => fp?.split("+", 1)[0];
function renderPlan(catalog, fingerprints, state) {
  if (state.entities.size === 0) return void 0;
  const before = (ref) => state.entities.get(ref)?.fingerprint;
  const changed = [...fingerprints].filter(([ref, fp]) => shownByNeighbours(before(ref)) !== shownByNeighbours(fp)).map(([ref]) => ref);
  const rescored = [...fingerprints].filter(([ref, fp]) => before(ref) !== fp).map(([ref]) => ref);
  const removed = [...state.entities.keys()].filter((ref) => !fingerprints.has(ref));
  const neighbours = /* @__PURE__ */ new Map();
  const link = (a, b) => (neighbours.get(a) ?? neighbours.set(a, /* @__PURE__ */ new Set()).get(a)).add(b);
  for (const e of catalog.entities)
    for (const r of e.relations) {
      link(r.source, r.target);
      link(r.target, r.source);
    }
  const within = (hops) => {
    const found = /* @__PURE__ */ new Set();
    let frontier = [...changed, ...removed];
    for (let hop = 0; hop <= hops && frontier.length; hop++) {
      const next = [];
      for (const ref of frontier) {
        if (found.has(ref)) continue;
        found.add(ref);
        for (const n of neighbours.get(ref) ?? []) next.push(n);
      }
      frontier = next;
    }
    return found;
  };
  return { pages: /* @__PURE__ */ new Set([...within(2), ...rescored]), entries: within(1) };
}
function shardsToRender(catalog, entries, state, folder) {
  const digits = shardDigits(catalog.entities.length);
  const shards = `${folder}/${INDEX_FOLDER}/`;
  const before = [...state.files.keys()].find(
    (path) => path.startsWith(shards) && /^[0-9a-f]+\.json$/.test(path.slice(shards.length))
  );
  if (before !== void 0 && before.length - shards.length - ".json".length !== digits) return void 0;
  return new Set([...entries].map((ref) => shardOf(ref, digits)));
}
var sameRepository = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function commitMessage(result, reason) {
  const { catalog } = result;
  const lines = [`Update the catalog: ${reason}`, ""];
  lines.push(
    `${catalog.entities.length} entities from ${catalog.repositories.length} repositories; read ${result.read.length}: ${summarise(result.read)}.`
  );
  if (catalog.removed.length) lines.push("", "Removed:", ...catalog.removed.map((r) => `- ${r.ref}: ${r.reason}`));
  const errors = catalog.problems.filter((p) => p.severity === "error").length;
  if (errors) lines.push("", `${errors} errors in descriptors: see errors.md.`);
  return lines.join("\n");
}
var summarise = (names) => names.length <= 10 ? names.join(", ") || "none" : `${names.slice(0, 10).join(", ")} and ${names.length - 10} more`;

// app/core/catalog/import-teams.ts
function importTeams(organization, teams, webUrl = "https://github.com") {
  const bySlug = new Map(teams.map((t) => [t.slug, t]));
  const source2 = (path) => ({
    repository: `${organization} (GitHub teams)`,
    path,
    document: 1,
    line: 1,
    url: `${webUrl}/${path}`
  });
  const groups = teams.filter((t) => isValidObjectName(t.slug)).map((team) => {
    const children = teams.filter((t) => t.parent === team.slug).map((t) => t.slug).sort();
    const members = team.members.filter((m) => isValidObjectName(m)).sort();
    return {
      ref: stringifyEntityRef({ kind: "Group", namespace: DEFAULT_NAMESPACE, name: team.slug }),
      entity: {
        apiVersion: "backstage.io/v1alpha1",
        kind: "Group",
        metadata: {
          name: team.slug,
          ...team.description ? { description: team.description } : {},
          annotations: { "github.com/team-slug": `${organization}/${team.slug}` }
        },
        spec: {
          type: "team",
          profile: { displayName: team.name },
          ...team.parent && bySlug.has(team.parent) ? { parent: team.parent } : {},
          children,
          members
        }
      },
      source: source2(`orgs/${organization}/teams/${team.slug}`)
    };
  });
  const logins = [...new Set(teams.flatMap((t) => t.members))].filter((m) => isValidObjectName(m)).sort();
  const users = logins.map((login) => ({
    ref: stringifyEntityRef({ kind: "User", namespace: DEFAULT_NAMESPACE, name: login }),
    entity: {
      apiVersion: "backstage.io/v1alpha1",
      kind: "User",
      metadata: { name: login, annotations: { "github.com/user-login": login } },
      spec: {
        memberOf: teams.filter((t) => t.members.includes(login) && isValidObjectName(t.slug)).map((t) => t.slug).sort()
      }
    },
    source: source2(login)
  }));
  return [...groups, ...users];
}

// app/core/catalog/snapshot-repository.ts
async function snapshotRepository(repository, port, options) {
  const requested = [ROOT_DESCRIPTOR];
  for (const path of options.paths ?? []) for (const found of await port.locate(path)) requested.push(found);
  const { report } = await options.work.checkDescriptors(port, { paths: requested, repositoryUrl: repository.htmlUrl });
  const files = report.files.filter((f) => !f.skipped).map((f) => ({ path: f.path, problems: f.problems, refs: f.entities.map((e) => e.ref) }));
  const entities = report.files.flatMap(
    (f) => f.entities.filter((e) => e.valid).map((e) => ({
      ref: e.ref,
      entity: e.entity,
      source: {
        repository: repository.fullName,
        path: f.path,
        document: e.document,
        line: e.line,
        url: lineUrl(repository, f.path, e.line)
      }
    }))
  );
  const kept = keepLastGood(options.previous, files, entities, report.incomplete);
  return {
    repository,
    read: {
      ...options.pushedAt ? { pushedAt: options.pushedAt } : {},
      callboard: CALLBOARD_VERSION,
      paths: options.paths ?? []
    },
    files,
    entities: [...entities, ...kept.map((k) => k.entity)].sort(
      (a, b) => byText(a.ref, b.ref) || byText(a.source.path, b.source.path)
    ),
    ...kept.length ? { kept: kept.map((k) => ({ ref: k.entity.ref, errors: k.errors })) } : {}
  };
}
function keepLastGood(previous, files, current, incomplete) {
  if (!previous) return [];
  const valid = new Set(current.map((e) => e.ref));
  const byPath = new Map(files.map((f) => [f.path, f]));
  return previous.entities.flatMap((old) => {
    if (valid.has(old.ref)) return [];
    if (incomplete) return [{ entity: old, errors: [incomplete] }];
    const file = byPath.get(old.source.path);
    if (!file) return [];
    const errors = file.problems.filter(
      (p) => p.severity === "error" && (p.entity === void 0 || p.entity === old.ref)
    );
    if (errors.length === 0) return [];
    return [{ entity: old, errors: errors.map((p) => `${file.path}:${p.line}:${p.column} ${p.message}`) }];
  });
}
var lineUrl = (repository, path, line) => `${repository.htmlUrl}/blob/${encodeURIComponent(repository.defaultBranch)}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;

// app/core/catalog/read-organization.ts
async function readOrganization(input) {
  const { config, state, source: source2 } = input;
  const listed2 = (await repositoriesOf(input)).filter(
    (r) => r.name.toLowerCase() !== input.catalogRepository?.toLowerCase()
  );
  const only = input.only && new Set(input.only.map((r) => r.toLowerCase()));
  const toRead = listed2.filter((r) => {
    const snapshot = state.snapshots.get(r.fullName);
    if (!snapshot) return true;
    return only ? only.has(r.fullName.toLowerCase()) : input.force || !readsTheSame(snapshot, r, discoveryPaths(config, r.name));
  });
  const roots = await source2.readMany(toRead.map((repository) => ({ repository, path: ROOT_DESCRIPTOR })));
  const fresh = /* @__PURE__ */ new Map();
  for (const [i, { pushedAt, ...repository }] of toRead.entries()) {
    const port = source2.open(repository, /* @__PURE__ */ new Map([[ROOT_DESCRIPTOR, roots[i]]]));
    roots[i] = void 0;
    const previous = state.snapshots.get(repository.fullName);
    const options = {
      work: input.work,
      paths: discoveryPaths(config, repository.name),
      ...previous ? { previous } : {},
      ...pushedAt ? { pushedAt } : {}
    };
    fresh.set(repository.fullName, await snapshotRepository(repository, port, options));
    input.onProgress?.(i + 1, toRead.length);
  }
  const snapshots = listed2.map(
    ({ pushedAt: _pushedAt, ...r }) => fresh.get(r.fullName) ?? { ...state.snapshots.get(r.fullName), repository: r }
  );
  const readTeams = input.readTeams || !input.only || state.snapshots.size === 0;
  const imported = !config.teams.import ? [] : readTeams ? importTeams(input.organization, await source2.teams(), input.webUrl) : state.imported;
  return { snapshots, read: toRead.map((r) => r.fullName), imported };
}
async function repositoriesOf({ source: source2, state, only }) {
  if (!only || state.snapshots.size === 0) return source2.listRepositories();
  const asked = new Set(only.map((r) => r.toLowerCase()));
  const kept = [...state.snapshots.values()].map((s) => s.repository).filter((r) => !asked.has(r.fullName.toLowerCase()));
  const found = asked.size ? await source2.getRepositories(only) : [];
  return [...kept, ...found].sort((a, b) => byText(a.fullName, b.fullName));
}
function readsTheSame(snapshot, listed2, paths) {
  const read = snapshot.read;
  return !!read && !!listed2.pushedAt && read.pushedAt === listed2.pushedAt && read.callboard === CALLBOARD_VERSION && read.paths.length === paths.length && read.paths.every((p, i) => p === paths[i]);
}

// app/forge/types.ts
var isComputed = (computed) => "message" in computed && "changes" in computed;
var changesOf = (computed) => isComputed(computed) ? computed.changes : computed;
var messageOf = (computed, fallback) => isComputed(computed) ? computed.message || fallback : fallback;
var ForgeWriteError = class extends Error {
  retriable;
  constructor(message, retriable, options) {
    super(message, options);
    this.name = "ForgeWriteError";
    this.retriable = retriable;
  }
};

// app/forge/git-blob-sha.ts
import { createHash } from "node:crypto";
function gitBlobSha(text2) {
  const bytes = Buffer.from(text2, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

export {
  emptyState,
  stateFolder,
  readCatalogState,
  INDEX_PATH,
  INDEX_FOLDER,
  entityYamlPath,
  readIndexFile,
  readIndexShard,
  catalogIndexOf,
  RESULTS_FOLDER,
  resultsPath,
  repositoryScoresOf,
  scoresByEntity,
  failingChecks,
  parseRepositoryScores,
  repositoryScoresText,
  text,
  externalLink,
  table,
  HISTORY_PATH,
  scorecardPages,
  STATE_MARK,
  STATE_WORDS,
  levelText,
  renderScoreText,
  planCatalog,
  commitMessage,
  readOrganization,
  forgeDescriptorRepository,
  forgeCatalogSource,
  changesOf,
  messageOf,
  ForgeWriteError,
  gitBlobSha
};
