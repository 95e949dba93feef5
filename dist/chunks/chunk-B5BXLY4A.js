import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readsFor,
  selectRepository
} from "./chunk-OFXOZVW6.js";
import {
  CONDITION_DEFINITION,
  FILTER_DEFINITION,
  conditionProblems,
  conditionWithDefaults,
  globProblems,
  parseScorecards
} from "./chunk-67QZDIXW.js";
import {
  closest
} from "./chunk-IVONCDKN.js";
import {
  INDEX_FOLDER,
  RESULTS_FOLDER,
  catalogIndexOf,
  parseRepositoryScores,
  readCatalogState,
  readIndexShard,
  scoresByEntity,
  stateFolder
} from "./chunk-ZXJNQ4YA.js";
import {
  CONFIG_PATH,
  parseCatalogConfig
} from "./chunk-JUCMBCBF.js";
import {
  offsetsOf,
  parseDescriptorFile,
  rangeOf
} from "./chunk-K4MDT5UF.js";
import {
  schemaProblems
} from "./chunk-5U7GGHSL.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";
import {
  parseEntityRef
} from "./chunk-7BHR42MJ.js";
import {
  createSchemaCompiler
} from "./chunk-P3CGGNQC.js";
import {
  linearRegex
} from "./chunk-YV55PDYP.js";
import {
  PatternError
} from "./chunk-H3NJOLHB.js";

// app/core/migration/migration-model.ts
var MIGRATION_API_VERSION = "callboard.dev/v1";
var MIGRATION_KIND = "Migration";
var MIGRATIONS_FOLDER = "migrations";
var migrationBranch = (id) => `callboard/migrate/${id}`;

// app/catalog-repo/read-by-blob.ts
async function readByBlob(forge, repository, ref, listing, paths, known, parse) {
  const stale = paths.filter((p) => !listing.shas?.get(p) || known.get(p)?.sha !== listing.shas.get(p));
  const fresh = new Map(
    (stale.length ? await forge.readFiles(stale.map((path) => ({ repository, path, ...ref ? { ref } : {} }))) : []).map((f) => [f.path, f])
  );
  const read = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const file = fresh.get(path);
    if (!file) read.set(path, known.get(path));
    else if (file.text !== void 0)
      read.set(path, { sha: file.sha ?? listing.shas?.get(path) ?? "", value: parse(path, file.text) });
  }
  return read;
}

// app/catalog-repo/catalog-parts.ts
var atCommit = (snapshot) => snapshot.commit ? { ref: snapshot.commit } : {};
var configPart = {
  name: "config",
  async read(snapshot) {
    const [file] = await snapshot.forge.readFiles([
      { repository: snapshot.repository, path: CONFIG_PATH, ...atCommit(snapshot) }
    ]);
    return parseCatalogConfig(file?.text);
  }
};
var catalogFolderOf = async (snapshot) => (await snapshot.read(configPart)).config.folder;
var SHARD_NAME = /^[0-9a-f]{1,8}\.json$/;
var isShard = (path) => {
  const parts = path.split("/");
  return parts.length >= 2 && parts[parts.length - 2] === INDEX_FOLDER && SHARD_NAME.test(parts[parts.length - 1]);
};
var indexPart = {
  name: "index",
  async read(snapshot, previous) {
    const { forge, repository, commit } = snapshot;
    const folder = await catalogFolderOf(snapshot);
    const listing = await forge.listFiles(repository, commit, `${folder}/${INDEX_FOLDER}`);
    if (!listing) return { shards: /* @__PURE__ */ new Map(), loaded: void 0 };
    const known = previous?.shards ?? /* @__PURE__ */ new Map();
    const shards = await readByBlob(
      forge,
      repository,
      commit,
      listing,
      listing.paths.filter(isShard),
      known,
      readIndexShard
    );
    const entities = [...shards.values()].flatMap((s) => s.value);
    return {
      shards,
      loaded: shards.size ? { index: catalogIndexOf(repository.owner, entities), folder, repository } : void 0
    };
  }
};
var readCatalogIndex = async (snapshot) => (await snapshot.read(indexPart)).loaded;
var SCORECARDS_FOLDER = "scorecards";
async function readScorecardFiles(forge, repository, ref) {
  const listing = await forge.listFiles(repository, ref, SCORECARDS_FOLDER);
  const paths = (listing?.paths ?? []).filter((p) => /^scorecards\/[^/]+\.ya?ml$/.test(p));
  const files2 = paths.length ? await forge.readFiles(paths.map((path) => ({ repository, path, ref }))) : [];
  return files2.flatMap((f) => f.text === void 0 ? [] : [{ path: f.path, text: f.text }]);
}
var scorecardsPart = {
  name: "scorecards",
  async read(snapshot) {
    const files2 = snapshot.commit ? await readScorecardFiles(snapshot.forge, snapshot.repository, snapshot.commit) : [];
    return { files: files2, parsed: /* @__PURE__ */ new Map() };
  }
};
async function readScorecards(snapshot, today) {
  const { files: files2, parsed } = await snapshot.read(scorecardsPart);
  let scorecards = parsed.get(today);
  if (!scorecards) parsed.set(today, scorecards = parseScorecards(files2, today));
  return scorecards;
}
var resultsPart = {
  name: "results",
  async read(snapshot, previous) {
    const { forge, repository, commit } = snapshot;
    const folder = await catalogFolderOf(snapshot);
    const listing = commit ? await forge.listFiles(repository, commit, `${folder}/${RESULTS_FOLDER}`) : void 0;
    if (!listing) return { folder, files: /* @__PURE__ */ new Map() };
    const known = previous?.folder === folder ? previous.files : /* @__PURE__ */ new Map();
    const paths = listing.paths.filter((p) => p.endsWith(".json"));
    const files2 = await readByBlob(
      forge,
      repository,
      commit,
      listing,
      paths,
      known,
      (_p, text) => parseRepositoryScores(text)
    );
    return { folder, files: files2 };
  }
};
var resultsOf = (files2, skip = /* @__PURE__ */ new Set()) => [...files2].flatMap(([path, f]) => f.value && !skip.has(path) ? [f.value] : []);
var entityScoresPart = {
  name: "entity-scores",
  read: async (snapshot) => scoresByEntity(resultsOf((await snapshot.read(resultsPart)).files))
};
var statePart = {
  name: "state",
  async read(snapshot) {
    const { forge, repository, commit } = snapshot;
    const folder = await catalogFolderOf(snapshot);
    const listing = await forge.listFiles(repository, commit, stateFolder(folder));
    const files2 = await forge.readFiles(
      (listing?.paths ?? []).map((path) => ({ repository, path, ...atCommit(snapshot) }))
    );
    return readCatalogState(folder, new Map(files2.filter((f) => f.text !== void 0).map((f) => [f.path, f.text])));
  }
};
var MIGRATION_FILE_LIMITS = { templateFiles: 500, bytes: 1024 * 1024 };
async function readMigrationFiles(forge, repository, ref) {
  const listing = await forge.listFiles(repository, ref, MIGRATIONS_FOLDER);
  const paths = listing?.paths ?? [];
  const specPaths = paths.filter((p) => /^migrations\/[^/]+\.ya?ml$/.test(p));
  const templatePaths = paths.filter((p) => !specPaths.includes(p) && p.startsWith(`${MIGRATIONS_FOLDER}/`));
  const wanted = templatePaths.slice(0, MIGRATION_FILE_LIMITS.templateFiles);
  const files2 = await forge.readFiles([...specPaths, ...wanted].map((path) => ({ repository, path, ref })));
  const specs = [];
  const templates = /* @__PURE__ */ new Map();
  const unread = templatePaths.slice(MIGRATION_FILE_LIMITS.templateFiles);
  for (const file of files2) {
    const relative = file.path.slice(MIGRATIONS_FOLDER.length + 1);
    if (specPaths.includes(file.path)) {
      if (file.text !== void 0) specs.push({ path: file.path, text: file.text });
    } else if (file.text !== void 0 && file.text.length <= MIGRATION_FILE_LIMITS.bytes)
      templates.set(relative, file.text);
    else unread.push(file.path);
  }
  return { specs, templates, unread };
}
var migrationsPart = {
  name: "migrations",
  read: async (snapshot) => snapshot.commit ? readMigrationFiles(snapshot.forge, snapshot.repository, snapshot.commit) : { specs: [], templates: /* @__PURE__ */ new Map(), unread: [] }
};

// app/core/migration/document-path.ts
var SEGMENT = /^([^.[\]]*)((?:\[\d+\])*)$/;
function parseDocumentPath(text) {
  const path = [];
  let at = 0;
  for (const [i, segment] of text.split(".").entries()) {
    const match = SEGMENT.exec(segment);
    const fail = (message, fix) => ({
      message,
      index: at,
      end: at + Math.max(segment.length, 1),
      fix
    });
    if (!match)
      return fail(
        `"${segment}" is not a key followed by [n] indexes`,
        "Write list indexes as [0] after a key (steps[0]); for a key holding brackets, write the path as a list."
      );
    const [, key, indexes] = match;
    if (key === "" && !(i === 0 && indexes))
      return fail(
        "The path has an empty key",
        "Remove the extra dot; for a key holding a dot, write the path as a list ([a, b.c])."
      );
    if (key !== "") path.push(key);
    for (const index of indexes.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
    at += segment.length + 1;
  }
  return path;
}

// app/core/migration/migration-schema.ts
var NAME = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
var MAX_STEPS = 100;
var FULL_NAME = "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$";
var string = (description, extra = {}) => ({ type: "string", minLength: 1, description, ...extra });
var strings = (description, items = {}) => ({
  type: "array",
  items: { type: "string", minLength: 1, ...items },
  description
});
var entityQuery = {
  type: "object",
  additionalProperties: false,
  description: "Repositories with an entity matching every field given (each field: any of its values). The entity found is the one templates see as `entity`.",
  properties: {
    ...FILTER_DEFINITION.properties,
    domain: { ...strings("Domains, by ref or name."), minItems: 1 },
    namespace: { ...strings("Entity namespaces, e.g. [default]."), minItems: 1 },
    failing: {
      type: "array",
      minItems: 1,
      description: "The entity fails (or has not reported) one of these scorecard checks.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["track", "check"],
        properties: {
          track: string("A track name, e.g. basics.", { pattern: NAME }),
          check: string("A check id of that track, e.g. readme.", { pattern: NAME })
        }
      }
    }
  }
};
var targets = {
  type: "object",
  additionalProperties: false,
  description: "Which repositories the migration is for. Without targets, every repository of the organisation.",
  properties: {
    entities: entityQuery,
    repositories: {
      ...strings("Repository names (svc-*) or full names (acme/svc-*), as globs; any may match."),
      minItems: 1
    },
    catalogued: {
      type: "boolean",
      description: "false: only repositories without any entity in the catalog (onboarding); true: only catalogued ones. Default: either."
    },
    include: strings("Full names (acme/legacy) always included unless excluded, whatever the query says.", {
      pattern: FULL_NAME
    }),
    exclude: strings("Full names (acme/sandbox) never included.", { pattern: FULL_NAME })
  }
};
var documentPath = (verb) => ({
  description: `The path to ${verb}: dotted keys with [n] indexes (jobs.build.steps[0].uses), or a list of keys and indexes for keys holding dots ([metadata, annotations, backstage.io/techdocs-ref]).`,
  anyOf: [
    { type: "string", minLength: 1 },
    {
      type: "array",
      minItems: 1,
      items: {
        anyOf: [
          { type: "string", minLength: 1 },
          { type: "integer", minimum: 0 }
        ]
      }
    }
  ]
});
var operationProperties = {
  set: documentPath("set (created with the mappings above it when missing)"),
  merge: documentPath("deep-merge the value (a mapping) into"),
  delete: documentPath("delete (nothing when it is not there)"),
  append: documentPath("append the value to (a list, created when missing; nothing when an equal item is there)"),
  value: { description: "The value to set, merge or append; templated (${{ values.x }})." }
};
var operation = {
  type: "object",
  additionalProperties: false,
  description: "One edit: set, merge, delete or append, at a path.",
  properties: operationProperties
};
var filesStep = {
  type: "object",
  additionalProperties: false,
  required: ["from"],
  description: "Renders every file of a folder beside the spec into the repository (paths and contents templated).",
  properties: {
    from: string("The folder, relative to migrations/, e.g. node-24/files."),
    to: string('Where in the repository, from its root. Default: "." (the root).', { default: "." }),
    overwrite: {
      type: "boolean",
      default: true,
      description: "Replace a file that exists. Default: true; false only adds missing files."
    }
  }
};
var editStep = {
  type: "object",
  additionalProperties: false,
  required: ["file"],
  description: "Edits YAML or JSON files matching a glob, keeping comments, key order and formatting: one operation, or several under operations.",
  properties: {
    file: string("A glob from the repository root, e.g. package.json or .github/workflows/*.yml."),
    format: {
      enum: ["yaml", "json", "auto"],
      default: "auto",
      description: "How to read the files. Default: auto (by extension: .json is JSON, anything else YAML)."
    },
    ...operationProperties,
    operations: {
      type: "array",
      minItems: 1,
      maxItems: MAX_STEPS,
      items: operation,
      description: "Several edits, in order."
    }
  }
};
var replaceStep = {
  type: "object",
  additionalProperties: false,
  required: ["files", "pattern", "with"],
  description: "Replaces text matching a regular expression (run in linear time) in files matching a glob.",
  properties: {
    files: string('A glob from the repository root, e.g. "**/*.yml".'),
    pattern: string('A JavaScript regular expression, without slashes, e.g. "node-version: 2[02]".'),
    with: { type: "string", description: "The replacement; $1\u2026 are the groups, templated (${{ values.x }})." },
    flags: {
      type: "string",
      pattern: "^[gimsu]*$",
      default: "g",
      description: "Regular expression flags among g, i, m, s, u. Default: g (every match)."
    }
  }
};
var deleteStep = {
  type: "object",
  additionalProperties: false,
  required: ["files"],
  description: "Deletes the files matching any of the globs.",
  properties: {
    files: {
      description: "A glob, or a list of globs, from the repository root.",
      anyOf: [
        { type: "string", minLength: 1 },
        { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
      ]
    }
  }
};
var stepName = string("What the step does, for messages and the pull request body.");
var stepOf = (kind, schema) => ({
  if: { type: "object", properties: { [kind]: true }, required: [kind] },
  then: {
    type: "object",
    additionalProperties: false,
    properties: { name: stepName, [kind]: schema }
  }
});
var [files, edit, replace, remove] = [
  stepOf("files", filesStep),
  stepOf("edit", editStep),
  stepOf("replace", replaceStep),
  stepOf("delete", deleteStep)
];
var step = {
  type: "object",
  description: "One change, applied in order: files, edit, replace or delete.",
  ...files,
  else: {
    ...edit,
    else: {
      ...replace,
      else: {
        ...remove,
        else: {
          type: "object",
          additionalProperties: false,
          properties: { name: stepName, files: filesStep, edit: editStep, replace: replaceStep, delete: deleteStep }
        }
      }
    }
  }
};
var MIGRATION_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://callboard.dev/schemas/migration.json",
  title: "Callboard migration",
  description: "A migration: which repositories, what to change in each, and when a repository counts as migrated. Callboard opens a pull request in every repository that applies and has not migrated.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  definitions: { condition: CONDITION_DEFINITION },
  properties: {
    apiVersion: { const: MIGRATION_API_VERSION, description: `Always ${MIGRATION_API_VERSION}.` },
    kind: { const: MIGRATION_KIND, description: `Always ${MIGRATION_KIND}.` },
    metadata: {
      type: "object",
      additionalProperties: false,
      required: ["name", "title"],
      properties: {
        name: string("The id: the file name without .yaml (migrations/node-24.yaml is node-24).", { pattern: NAME }),
        title: string(`The pull requests' title, e.g. "Move CI to Node 24".`)
      }
    },
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["description", "owner", "steps"],
      properties: {
        description: string("Markdown: why, the pull request body."),
        owner: string("The catalog group that asks for it: group:default/platform, or a bare group name."),
        deadline: string("The date it should be done by, YYYY-MM-DD.", { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
        version: {
          type: ["string", "integer"],
          minLength: 1,
          description: 'Changing it re-opens the pull requests people declined. Default: "1".'
        },
        targets,
        values: {
          type: "object",
          description: "Values for templates (${{ values.x }}), themselves templated (${{ entity.name }})."
        },
        steps: {
          type: "array",
          minItems: 1,
          maxItems: MAX_STEPS,
          items: step,
          description: "What to change, in order."
        },
        migrated: {
          $ref: "#/definitions/condition",
          description: "When a repository counts as migrated (a scorecard rule, at the repository root): it gets no pull request. Without it, a repository the steps would not change has migrated."
        },
        pullRequest: {
          type: "object",
          additionalProperties: false,
          description: "How the pull requests are opened.",
          properties: {
            labels: strings("Labels to put on them."),
            draft: { type: "boolean", default: false, description: "Open them as drafts. Default: false." }
          }
        }
      }
    }
  }
};

// app/core/migration/parse-migration.ts
var checkSpec = createSchemaCompiler().later(MIGRATION_SCHEMA);
var NAME2 = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var OPERATIONS = ["set", "merge", "delete", "append"];
var LEAVES = 'Write it from the repository root, without "..".';
var migrationIdOf = (path) => (path.split("/").pop() ?? path).replace(/\.ya?ml$/i, "");
function parseMigration(file, context) {
  const parsed = parseDescriptorFile(file.path, file.text);
  const problems = [];
  const [doc, ...others] = parsed.documents;
  if (!doc) {
    problems.push(located(parsed, problem("error", "migration", "", "The file holds no migration"), 0));
    return { problems };
  }
  const place = (p) => located(parsed, p, doc.number);
  for (const other of others)
    problems.push(
      located(
        parsed,
        problem("error", "migration", "", "A migration file holds one migration; this is a second document", {
          fix: `Move it to a file of its own, migrations/<its name>.yaml, or remove it.`
        }),
        other.number
      )
    );
  if (doc.problems.length) {
    for (const p of doc.problems)
      problems.push({ ...p, ...rangeOf(parsed.lineCounter, parsed.text, [p.offset, p.endOffset]), document: 1 });
    return done(problems);
  }
  const found = envelopeProblems(doc.value, migrationIdOf(file.path));
  if (!found.some((p) => p.severity === "error"))
    found.push(...schemaProblems(checkSpec(doc.value), "migration", "a migration", () => void 0));
  if (found.some((p) => p.severity === "error")) {
    problems.push(...found.map(place));
    return done(problems);
  }
  const raw = doc.value;
  found.push(...semanticProblems(raw, context));
  problems.push(...found.map(place));
  const errors = problems.some((p) => p.severity === "error");
  return done(problems, errors ? void 0 : specOf(raw, file.path, (i) => place(problemAt(`/spec/steps/${i}`)).line));
}
function done(problems, spec) {
  problems.sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
  return spec ? { spec, problems } : { problems };
}
function located(parsed, p, document) {
  const doc = parsed.documents[document - 1];
  const offsets = doc ? offsetsOf(doc.yaml, p.pointer, p.atKey, p.span) : [0, 1];
  return { ...p, ...rangeOf(parsed.lineCounter, parsed.text, offsets), document: Math.max(document, 1) };
}
var problemAt = (pointer) => problem("error", "migration", pointer, "");
function envelopeProblems(value, id) {
  if (!value || typeof value !== "object" || Array.isArray(value))
    return [
      problem("error", "migration", "", "A migration must be a mapping with apiVersion, kind, metadata and spec", {
        fix: `Start it with "apiVersion: ${MIGRATION_API_VERSION}" and "kind: ${MIGRATION_KIND}".`
      })
    ];
  const { apiVersion, kind, metadata, ...rest } = value;
  const out = [];
  if (apiVersion !== MIGRATION_API_VERSION)
    out.push(
      problem(
        "error",
        "migration",
        "/apiVersion",
        `apiVersion must be "${MIGRATION_API_VERSION}", but found ${JSON.stringify(apiVersion)}`,
        { atKey: apiVersion === void 0, fix: `Write "apiVersion: ${MIGRATION_API_VERSION}".` }
      )
    );
  if (kind !== MIGRATION_KIND)
    out.push(
      problem("error", "migration", "/kind", `kind must be "${MIGRATION_KIND}", but found ${JSON.stringify(kind)}`, {
        atKey: kind === void 0,
        fix: `Write "kind: ${MIGRATION_KIND}".`
      })
    );
  for (const key of Object.keys(rest).filter((k) => k !== "spec"))
    out.push(
      problem("error", "migration", `/${key}`, `Unknown field "${key}" at the document root`, {
        atKey: true,
        fix: "A migration has apiVersion, kind, metadata and spec; move it under spec or remove it."
      })
    );
  const name = metadata?.name;
  if (typeof name !== "string" || !name)
    out.push(
      problem("error", "migration", "/metadata", "A migration needs metadata.name", {
        atKey: true,
        fix: `Add "name: ${id}" under metadata: the file's name without .yaml.`
      })
    );
  else if (!NAME2.test(name))
    out.push(
      problem("error", "migration", "/metadata/name", `The name "${name}" is not lowercase words joined by dashes`, {
        fix: "Name it like node-24 or add-codeowners, and the file after it."
      })
    );
  else if (name !== id)
    out.push(
      problem("error", "migration", "/metadata/name", `The name "${name}" is not the file's name, "${id}"`, {
        fix: `Rename the file to ${MIGRATIONS_FOLDER}/${name}.yaml, or write "name: ${id}".`
      })
    );
  return out;
}
function semanticProblems(raw, context) {
  const { spec } = raw;
  return [
    ...ownerProblems(spec.owner),
    ...deadlineProblems(spec.deadline, context.today),
    ...targetProblems(spec.targets),
    ...spec.steps.flatMap((step2, i) => stepProblems(step2, `/spec/steps/${i}`, context.templateFiles)),
    ...spec.migrated ? conditionProblems(spec.migrated, "/spec/migrated", "migration") : []
  ];
}
function ownerProblems(owner) {
  const parsed = parseEntityRef(owner, { defaultKind: "group" });
  if (!parsed.ok)
    return [
      problem("error", "migration", "/spec/owner", `"${owner}" is not an entity ref: ${parsed.message}`, {
        fix: "Write the group that asks for it: group:default/platform, or its bare name (platform)."
      })
    ];
  return parsed.ref.kind.toLowerCase() === "group" ? [] : [
    problem(
      "error",
      "migration",
      "/spec/owner",
      `The owner must be a group, but "${owner}" is a ${parsed.ref.kind}`,
      {
        fix: "Name the team that asks for it: group:default/platform, or its bare name."
      }
    )
  ];
}
function deadlineProblems(deadline, today) {
  if (deadline === void 0) return [];
  const date = /* @__PURE__ */ new Date(`${deadline}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== deadline)
    return [
      problem("error", "migration", "/spec/deadline", `"${deadline}" is not a date`, {
        fix: "Write a day of the calendar as YYYY-MM-DD, e.g. 2027-03-31."
      })
    ];
  return deadline < today ? [
    problem("warning", "migration", "/spec/deadline", `The deadline ${deadline} has passed`, {
      fix: "Move it to a date ahead, or remove it; the pull requests would say they are late."
    })
  ] : [];
}
function targetProblems(targets2) {
  const out = [];
  const selects = targets2 && (targets2.entities !== void 0 || targets2.repositories !== void 0 || targets2.catalogued !== void 0 || targets2.include !== void 0);
  if (!selects)
    out.push(
      problem("warning", "migration", targets2 ? "/spec/targets" : "/spec", "This migration targets every repository", {
        atKey: true,
        fix: "Add targets (entities, repositories, catalogued or include) unless every repository is meant."
      })
    );
  (targets2?.repositories ?? []).forEach(
    (glob, i) => out.push(...globProblems(glob, `/spec/targets/repositories/${i}`, "migration", "Write a name or owner/name."))
  );
  const excluded = new Set((targets2?.exclude ?? []).map((n) => n.toLowerCase()));
  (targets2?.include ?? []).forEach((name, i) => {
    if (excluded.has(name.toLowerCase()))
      out.push(
        problem("warning", "migration", `/spec/targets/include/${i}`, `${name} is both included and excluded`, {
          fix: "Exclusion wins; remove it from one of the two lists."
        })
      );
  });
  return out;
}
function stepProblems(step2, at, templateFiles) {
  if (step2.files) return filesProblems(step2.files, `${at}/files`, templateFiles);
  if (step2.edit) return editProblems(step2.edit, `${at}/edit`);
  if (step2.replace) return replaceProblems(step2.replace, `${at}/replace`);
  if (step2.delete)
    return [step2.delete.files].flat().flatMap(
      (glob, i) => repositoryGlobProblems(glob, `${at}/delete/files${Array.isArray(step2.delete.files) ? `/${i}` : ""}`)
    );
  return [
    problem("error", "migration", at, "A step needs one of files, edit, replace or delete", {
      fix: 'Add what the step does, e.g. "delete: { files: .travis.yml }".'
    })
  ];
}
var repositoryGlobProblems = (glob, at) => gitFolderProblems(glob, at) ?? globProblems(glob, at, "migration", LEAVES);
function gitFolderProblems(path, at) {
  return path.split("/").some((s) => s.toLowerCase() === ".git") ? [
    problem("error", "migration", at, `"${path}" reaches into .git, which a migration never changes`, {
      fix: "Name files of the repository itself."
    })
  ] : void 0;
}
function filesProblems(files2, at, templateFiles) {
  const out = [];
  const from = normalFolder(files2.from);
  if (from === void 0 || from === ".")
    out.push(
      problem("error", "migration", `${at}/from`, `The folder "${files2.from}" is not inside ${MIGRATIONS_FOLDER}/`, {
        fix: `Name a folder beside the spec, relative to ${MIGRATIONS_FOLDER}/, e.g. node-24/files.`
      })
    );
  else if (!templateFiles.some((f) => f.startsWith(`${from}/`))) {
    const folders = [...new Set(templateFiles.map((f) => f.split("/").slice(0, -1).join("/")).filter(Boolean))];
    const guess = closest(from, folders);
    out.push(
      problem("error", "migration", `${at}/from`, `There is no folder ${MIGRATIONS_FOLDER}/${from} with files`, {
        fix: guess ? `Did you mean "${guess}"?` : `Create ${MIGRATIONS_FOLDER}/${from}/ with the files to add.`
      })
    );
  }
  const to = files2.to === void 0 ? "." : normalFolder(files2.to);
  if (to === void 0)
    out.push(problem("error", "migration", `${at}/to`, `"${files2.to}" leaves the repository ("..")`, { fix: LEAVES }));
  else out.push(...gitFolderProblems(to, `${at}/to`) ?? []);
  return out;
}
function normalFolder(path) {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  return segments.includes("..") ? void 0 : segments.join("/") || ".";
}
function editProblems(edit2, at) {
  const out = repositoryGlobProblems(edit2.file, `${at}/file`);
  const inline = OPERATIONS.filter((op) => edit2[op] !== void 0);
  if (edit2.operations && (inline.length || edit2.value !== void 0))
    out.push(
      problem("error", "migration", `${at}/operations`, "An edit has both operations and an operation of its own", {
        atKey: true,
        fix: `Move the ${inline[0] ?? "value"} into the operations list.`
      })
    );
  else if (edit2.operations)
    edit2.operations.forEach((op, i) => out.push(...operationProblems(op, `${at}/operations/${i}`)));
  else out.push(...operationProblems(edit2, at));
  return out;
}
function operationProblems(op, at) {
  const present = OPERATIONS.filter((o) => op[o] !== void 0);
  if (present.length === 0)
    return [
      problem("error", "migration", at, "An edit needs one of set, merge, delete or append", {
        fix: `Add what to do and where, e.g. "set: engines.node" with "value: '>=24'".`
      })
    ];
  if (present.length > 1)
    return [
      problem(
        "error",
        "migration",
        `${at}/${present[1]}`,
        `An edit does one thing; this one has ${present.join(" and ")}`,
        {
          atKey: true,
          fix: "Write each under operations: [{ set: a, value: 1 }, { delete: b }]."
        }
      )
    ];
  const name = present[0];
  const out = pathProblems(op[name], `${at}/${name}`);
  if (name === "delete" && op.value !== void 0)
    out.push(
      problem("error", "migration", `${at}/value`, "delete takes no value", {
        atKey: true,
        fix: "Remove the value, or use set to change it."
      })
    );
  if (name !== "delete" && op.value === void 0)
    out.push(
      problem("error", "migration", at, `${name} needs a value`, {
        fix: `Add "value:" with what to ${name}.`
      })
    );
  if (name === "merge" && op.value !== void 0 && !isMapping(op.value))
    out.push(
      problem("error", "migration", `${at}/value`, "merge needs a mapping as its value", {
        fix: 'Write the keys to merge, e.g. "value: { runs-on: ubuntu-24.04 }", or use set for a single value.'
      })
    );
  return out;
}
var isMapping = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function pathProblems(path, at) {
  if (Array.isArray(path)) return [];
  const parsed = parseDocumentPath(path);
  return Array.isArray(parsed) ? [] : [
    problem("error", "migration", at, `The path "${path}" is not valid: ${parsed.message}`, {
      fix: parsed.fix,
      span: [parsed.index, parsed.end]
    })
  ];
}
function replaceProblems(replace2, at) {
  const out = repositoryGlobProblems(replace2.files, `${at}/files`);
  try {
    linearRegex(replace2.pattern, replace2.flags ?? "g");
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    out.push(
      problem(
        "error",
        "migration",
        `${at}/pattern`,
        `The pattern ${JSON.stringify(replace2.pattern)} is not valid: ${e.message}`,
        {
          fix: e.fix,
          span: [e.index, e.end]
        }
      )
    );
  }
  return out;
}
function specOf(raw, source, lineOf) {
  const { metadata, spec } = raw;
  const targets2 = spec.targets ?? {};
  return {
    id: metadata.name,
    title: metadata.title,
    description: spec.description,
    owner: spec.owner,
    ...spec.deadline ? { deadline: spec.deadline } : {},
    version: String(spec.version ?? "1"),
    targets: {
      ...targets2.entities ? { entities: targets2.entities } : {},
      ...targets2.repositories ? { repositories: targets2.repositories } : {},
      ...targets2.catalogued !== void 0 ? { catalogued: targets2.catalogued } : {},
      include: targets2.include ?? [],
      exclude: targets2.exclude ?? []
    },
    steps: spec.steps.map((step2, index) => ({
      ...stepOf2(step2),
      index,
      ...step2.name ? { name: step2.name } : {},
      line: lineOf(index)
    })),
    ...spec.migrated ? { migrated: conditionWithDefaults(spec.migrated) } : {},
    values: spec.values ?? {},
    pullRequest: { labels: spec.pullRequest?.labels ?? [], draft: spec.pullRequest?.draft ?? false },
    source
  };
}
function stepOf2(step2) {
  if (step2.files)
    return {
      kind: "files",
      from: normalFolder(step2.files.from),
      to: normalFolder(step2.files.to ?? "."),
      overwrite: step2.files.overwrite ?? true
    };
  if (step2.edit) {
    const { file, format, operations } = step2.edit;
    return {
      kind: "edit",
      files: file.replace(/^\/+/, ""),
      format: format ?? "auto",
      operations: (operations ?? [step2.edit]).map(operationOf)
    };
  }
  if (step2.replace)
    return {
      kind: "replace",
      files: step2.replace.files.replace(/^\/+/, ""),
      pattern: step2.replace.pattern,
      flags: step2.replace.flags ?? "g",
      with: step2.replace.with
    };
  return { kind: "delete", files: [step2.delete.files].flat().map((g) => g.replace(/^\/+/, "")) };
}
function operationOf(op) {
  const name = OPERATIONS.find((o) => op[o] !== void 0);
  const raw = op[name];
  const path = Array.isArray(raw) ? raw : parseDocumentPath(raw);
  if (name === "delete") return { op: "delete", path };
  if (name === "merge") return { op: "merge", path, value: op.value };
  return { op: name, path, value: op.value };
}

// app/forge/migration-plans.ts
async function planMigration(planning, repositories) {
  const { forge, spec, index, templates } = planning;
  const failing = new Set(planning.failing ?? []);
  const isFailing = (ref, track, check) => failing.has(`${ref.toLowerCase()}\0${track}\0${check}`);
  const inputs = await Promise.all(
    repositories.map(async (r) => {
      const entities = index?.ofRepository(r.fullName) ?? [];
      const targeted = selectRepository(spec.targets, { ...r, entities, failing: isFailing }).applies;
      const listing = targeted ? await forge.listFiles(r, r.defaultBranch) : void 0;
      const teams = targeted && spec.targets.catalogued === false ? await forge.repositoryTeams(r) : [];
      return {
        fullName: r.fullName,
        owner: r.owner,
        name: r.name,
        defaultBranch: r.defaultBranch,
        archived: r.archived,
        entities,
        teams,
        paths: listing?.paths ?? []
      };
    })
  );
  const reads = inputs.map((input) => readsFor(spec, input, templates));
  const files2 = await forge.readFiles(
    inputs.flatMap(
      (input, i) => reads[i].map((path) => ({
        repository: { owner: input.owner, name: input.name },
        path,
        ref: input.defaultBranch
      }))
    )
  );
  const texts = /* @__PURE__ */ new Map();
  for (const f of files2)
    if (f.text !== void 0) texts.set(`${f.repository.owner}/${f.repository.name}\0${f.path}`, f.text);
  const ownTexts = inputs.map((input, i) => {
    const own = /* @__PURE__ */ new Map();
    for (const path of reads[i]) {
      const text = texts.get(`${input.owner}/${input.name}\0${path}`);
      if (text !== void 0) own.set(path, text);
    }
    return own;
  });
  return planning.work.planMigration({
    spec,
    repositories: inputs,
    texts: ownTexts,
    templates,
    failing: planning.failing ?? [],
    now: planning.now
  });
}

export {
  MIGRATIONS_FOLDER,
  migrationBranch,
  configPart,
  catalogFolderOf,
  indexPart,
  readCatalogIndex,
  readScorecardFiles,
  scorecardsPart,
  readScorecards,
  resultsPart,
  resultsOf,
  entityScoresPart,
  statePart,
  MIGRATION_FILE_LIMITS,
  readMigrationFiles,
  migrationsPart,
  parseMigration,
  planMigration
};
