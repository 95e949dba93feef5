import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  compileUserSchemas,
  userSchemaCheck
} from "./chunk-CDEYP3ZQ.js";
import {
  closest
} from "./chunk-IVONCDKN.js";
import {
  BACKSTAGE_API_GROUPS,
  BUILTIN_KINDS,
  FIELD_EXPECTATIONS,
  createKindRegistry,
  entityRelations,
  isNonEmptyString,
  isValidUrl,
  kindLabel,
  makeValidators,
  refValues,
  suggestValue
} from "./chunk-S3A23YHW.js";
import {
  CORE_SCHEMA,
  loadAll,
  offsetsOf,
  parseDescriptorFile,
  rangeOf
} from "./chunk-K4MDT5UF.js";
import {
  schemaProblems
} from "./chunk-5U7GGHSL.js";
import "./chunk-PIVNTOD2.js";
import {
  isAbsoluteUrl,
  isMigrationSpec,
  placeholderBudget,
  repositoryPathOf,
  resolvePlaceholders,
  skeletonOf,
  templateSkeletons
} from "./chunk-JR3DU7TN.js";
import {
  pointerOf
} from "./chunk-2SMOZSPU.js";
import {
  isDynamicPattern
} from "./chunk-LVF6ZBLO.js";
import {
  withArticle
} from "./chunk-FRBE2SKT.js";
import {
  summarize
} from "./chunk-4IBHSZ6E.js";
import {
  problem
} from "./chunk-6UNDT6GO.js";
import {
  entityRefOf,
  parseEntityRef
} from "./chunk-7BHR42MJ.js";
import {
  nestedDeeperThan
} from "./chunk-CBINKEOC.js";
import {
  DEFAULT_NAMESPACE,
  isRecord
} from "./chunk-M3WY2IZ6.js";
import "./chunk-3SVCAJPW.js";
import {
  BUDGETS,
  fileBudgetMs
} from "./chunk-56XEIP7Z.js";
import "./chunk-JLATT4XO.js";
import {
  createSchemaCompiler
} from "./chunk-P3CGGNQC.js";
import {
  PatternError
} from "./chunk-H3NJOLHB.js";
import "./chunk-RHSRYE64.js";

// app/core/validation/checks/check.ts
var allOf = (checks) => (subject) => {
  const problems = [];
  for (const check of checks) {
    const found = check(subject);
    for (const p of found) problems.push(p);
  }
  return problems;
};

// app/core/validation/checks/entity-refs-check.ts
var entityRefsCheck = ({ entity, definition }) => {
  if (!entity || !definition) return [];
  const spec = entity.spec ?? {};
  const namespace = entity.metadata.namespace || DEFAULT_NAMESPACE;
  const declared = definition.spec.properties ?? {};
  const problems = [];
  for (const field of definition.refFields) {
    const raw = spec[field.field];
    const listed = Array.isArray(raw);
    refValues(raw).forEach((value, i) => {
      if ((typeof value !== "string" || value === "") && field.field in declared) return;
      problems.push(
        ...checkRef(field, value, () => pointerOf(["spec", field.field, ...listed ? [i] : []]), namespace)
      );
    });
  }
  return problems;
};
function checkRef(field, value, pointerOfValue, namespace) {
  const parsed = parseEntityRef(value, { defaultKind: field.defaultKind, defaultNamespace: namespace });
  const kind = parsed.ok ? parsed.ref.kind.toLowerCase() : "";
  const allowed = !field.allowedKinds || field.allowedKinds.some((k) => k.toLowerCase() === kind);
  if (parsed.ok && typeof value === "string" && allowed) return [];
  const pointer = pointerOfValue();
  const name = `spec.${field.field}`;
  if (!parsed.ok) {
    const text = typeof value === "string" ? value : "";
    const fix = parsed.missingKind ? `"${name}" needs the kind in every reference: write ${(field.allowedKinds ?? ["component"]).map((k) => `"${k.toLowerCase()}:${text || "name"}"`).join(" or ")}.` : `Write the reference as [kind:][namespace/]name, e.g. ${field.defaultKind ? `${field.defaultKind.toLowerCase()}:default/` : "component:default/"}${text.replace(/[:/]/g, "") || "name"}.`;
    return [
      problem("error", "entity-ref", pointer, parsed.message, { expected: `a reference to ${field.describes}`, fix })
    ];
  }
  const problems = [];
  if (typeof value !== "string") {
    problems.push(
      problem("warning", "entity-ref", pointer, `"${name}" holds a reference written as a mapping`, {
        fix: `Write it as a string, e.g. ${parsed.ref.kind.toLowerCase()}:${parsed.ref.namespace}/${parsed.ref.name}.`
      })
    );
  }
  if (field.allowedKinds && !allowed) {
    problems.push(
      problem(
        "warning",
        "relation-target-kind",
        pointer,
        `"${name}" refers to ${withArticle(kindLabel(parsed.ref.kind))} (${String(value)}), but it should refer to ${field.describes}`,
        {
          expected: field.allowedKinds.map((kind2) => withArticle(kindLabel(kind2))).join(" or "),
          fix: `Refer to ${field.allowedKinds.map((kind2) => withArticle(kindLabel(kind2))).join(" or ")}; Backstage's catalog model layer drops this relation.`
        }
      )
    );
  }
  return problems;
}

// app/core/validation/checks/envelope-check.ts
var envelopeCheck = ({ value }) => {
  const problems = [];
  const need = (pointer, v, example) => {
    const field = pointer.slice(1).replace("/", ".");
    if (v === void 0) {
      const parent = pointer.slice(0, pointer.lastIndexOf("/"));
      problems.push(
        problem("error", "envelope", parent, `"${field}" is required but is missing`, {
          atKey: true,
          fix: `Add ${field.split(".").pop()}: ${example}${parent ? " under metadata" : ""}.`
        })
      );
    } else if (typeof v !== "string" || v === "") {
      problems.push(
        problem(
          "error",
          "envelope",
          pointer,
          `"${field}" must be a non-empty string, but found ${v === "" ? "an empty string" : JSON.stringify(v)}`,
          {
            fix: `Set ${field} to a string, e.g. ${example}.`
          }
        )
      );
    }
  };
  need("/apiVersion", value.apiVersion, "backstage.io/v1alpha1");
  need("/kind", value.kind, "Component");
  if (value.metadata === void 0) {
    problems.push(
      problem("error", "envelope", "", '"metadata" is required but is missing', {
        fix: "Add a metadata mapping with at least a name, e.g. metadata: { name: my-service }."
      })
    );
  } else if (!isRecord(value.metadata)) {
    problems.push(
      problem(
        "error",
        "envelope",
        "/metadata",
        `"metadata" must be a mapping, but found ${JSON.stringify(value.metadata)}`,
        {
          fix: "Write metadata as a mapping with at least a name."
        }
      )
    );
  } else {
    need("/metadata/name", value.metadata.name, "my-service");
    const annotations = value.metadata.annotations;
    if (annotations !== void 0 && annotations !== null && !isRecord(annotations)) {
      problems.push(
        problem(
          "error",
          "envelope",
          "/metadata/annotations",
          `"metadata.annotations" must be a mapping, but found ${JSON.stringify(annotations)}`,
          {
            fix: "Write annotations as key: value pairs, e.g. annotations: { github.com/project-slug: acme/my-service }."
          }
        )
      );
    }
    const ns = value.metadata.namespace;
    if (ns !== void 0 && (typeof ns !== "string" || ns === "")) {
      problems.push(
        problem(
          "error",
          "envelope",
          "/metadata/namespace",
          `"metadata.namespace" must be a non-empty string, but found ${JSON.stringify(ns)}`,
          {
            fix: 'Remove metadata.namespace to use "default", or give a namespace such as default.'
          }
        )
      );
    }
  }
  return problems;
};

// app/core/validation/checks/field-format-check.ts
function fieldFormatCheck(validators2) {
  return ({ value }) => {
    const problems = [];
    const check = (field, path, v, rule, validator, atKey = false) => {
      if (typeof v !== "string" || validator(v)) return;
      const suggestion = rule in validators2 ? suggestValue(rule, v) : void 0;
      problems.push(
        problem(
          "error",
          "field-format",
          pointerOf(path),
          `"${field}" is not valid; expected ${FIELD_EXPECTATIONS[rule]} but found "${v}".`,
          { atKey, fix: fixFor(rule, field, suggestion) }
        )
      );
    };
    check("apiVersion", ["apiVersion"], value.apiVersion, "isValidApiVersion", validators2.isValidApiVersion);
    check("kind", ["kind"], value.kind, "isValidKind", validators2.isValidKind);
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    check("metadata.name", ["metadata", "name"], metadata.name, "isValidEntityName", validators2.isValidEntityName);
    check(
      "metadata.namespace",
      ["metadata", "namespace"],
      metadata.namespace,
      "isValidNamespace",
      validators2.isValidNamespace
    );
    for (const [map, keyRule, valueRule] of [
      ["labels", "isValidLabelKey", "isValidLabelValue"],
      ["annotations", "isValidAnnotationKey", "isValidAnnotationValue"]
    ]) {
      const entries = isRecord(metadata[map]) ? Object.entries(metadata[map]) : [];
      for (const [k, v] of entries) {
        check(`${map}.${k}`, ["metadata", map, k], k, keyRule, validators2[keyRule], true);
        check(`${map}.${k}`, ["metadata", map, k], v, valueRule, validators2[valueRule]);
      }
    }
    const tags = Array.isArray(metadata.tags) ? metadata.tags : [];
    tags.forEach((tag, i) => check(`tags.${i}`, ["metadata", "tags", i], tag, "isValidTag", validators2.isValidTag));
    const links = Array.isArray(metadata.links) ? metadata.links : [];
    links.forEach((link, i) => {
      if (!isRecord(link)) return;
      check(`links.${i}.url`, ["metadata", "links", i, "url"], link.url, "url", isValidUrl);
      check(`links.${i}.title`, ["metadata", "links", i, "title"], link.title, "nonEmpty", isNonEmptyString);
      check(`links.${i}.icon`, ["metadata", "links", i, "icon"], link.icon, "nonEmpty", isNonEmptyString);
    });
    return problems;
  };
}
function fixFor(rule, field, suggestion) {
  const use = suggestion ? ` For example "${suggestion}".` : "";
  switch (rule) {
    case "isValidEntityName":
    case "isValidLabelValue":
      return `Use letters, digits and - _ . only, start and end with a letter or digit, at most 63 characters.${use}`;
    case "isValidNamespace":
      return `Use lowercase letters, digits and - only, at most 63 characters.${use}`;
    case "isValidTag":
      return `Tags are lowercase: letters, digits and : + #, joined by single dashes.${use}`;
    case "isValidLabelKey":
    case "isValidAnnotationKey":
      return 'Use "name" or "prefix/name", where the prefix is a lowercase DNS name (e.g. example.com/team) and the name follows the entity name rules.';
    case "isValidApiVersion":
      return "Use group/version with a lowercase DNS group, e.g. backstage.io/v1alpha1.";
    case "isValidKind":
      return "Use letters and digits only, starting with a letter, e.g. Component.";
    case "url":
      return `Give an absolute URL, including its scheme (https://\u2026), in "${field}".`;
    default:
      return `Give "${field}" a value or remove it.`;
  }
}

// app/core/validation/field-hints.ts
var SPEC_FIELDS = {
  type: {
    describes: "its type, e.g. service, website or library for a Component; openapi, asyncapi, graphql or grpc for an API",
    example: "service"
  },
  lifecycle: { describes: "its lifecycle stage: experimental, production or deprecated", example: "production" },
  definition: { describes: "the API definition, inline or from a file", example: "{ $text: ./openapi.yaml }" },
  children: { describes: "the child groups (may be an empty list)", example: "[]" },
  memberOf: { describes: "the groups the user belongs to (may be an empty list)", example: "[team-a]" },
  steps: {
    describes: "the scaffolder steps the template runs",
    example: "[{ action: fetch:template, input: { url: ./content } }]"
  },
  remotes: { describes: "the endpoints of the MCP server", example: "[{ type: streamable-http, url: https://\u2026 }]" },
  category: { describes: "the rule category", example: "architecture" },
  rationale: { describes: "why the rule exists" },
  skills: { describes: "the skills the plugin bundles", example: "[airesource:default/my-skill]" },
  plugins: { describes: "the plugins the marketplace offers", example: "[airesource:default/my-plugin]" }
};
var ENVELOPE_FIELDS = {
  "/apiVersion": { describes: "the version of the descriptor format", example: "backstage.io/v1alpha1" },
  "/kind": {
    describes: "the kind of entity: Component, API, Resource, System, Domain, Group, User, Location or Template",
    example: "Component"
  },
  "/metadata": { describes: "the entity metadata, at least its name", example: "{ name: my-service }" },
  "/metadata/name": { describes: "the entity name, unique per kind and namespace", example: "my-service" },
  "/metadata/links/0/url": { describes: "the link target", example: "https://\u2026" }
};
var EXAMPLE_REFS = {
  owner: "team-a",
  system: "my-system",
  domain: "my-domain",
  parent: "my-parent-group"
};
function fieldHints(definition) {
  return (pointer) => {
    const envelope = ENVELOPE_FIELDS[pointer.replace(/^\/metadata\/links\/\d+/, "/metadata/links/0")];
    if (envelope) return envelope;
    if (pointer === "/spec" && definition) {
      const required = definition.spec.required ?? [];
      return { describes: `the ${definition.kind} spec${required.length ? `, with ${required.join(", ")}` : ""}` };
    }
    const field = /^\/spec\/([^/]+)$/.exec(pointer)?.[1];
    if (!field) return void 0;
    const ref = definition?.refFields.find((f) => f.field === field);
    if (ref)
      return {
        describes: `a reference to ${ref.describes}`,
        ...EXAMPLE_REFS[field] ? { example: EXAMPLE_REFS[field] } : {}
      };
    return SPEC_FIELDS[field];
  };
}

// app/core/validation/checks/kind-check.ts
var GENERIC = {
  type: "object",
  properties: { metadata: { $ref: "EntityMeta" }, spec: { type: "object" } }
};
var BUILTIN_KIND_NAMES = [...new Set(BUILTIN_KINDS.map((d) => d.kind))];
function kindCheck(compiler) {
  const compiled = /* @__PURE__ */ new Map();
  const schemaFor = (definition) => {
    let check = compiled.get(definition);
    if (!check) {
      check = compiler.compile(
        definition ? {
          type: "object",
          required: ["spec"],
          properties: { metadata: { $ref: "EntityMeta" }, spec: definition.spec }
        } : GENERIC
      );
      compiled.set(definition, check);
    }
    return check;
  };
  return ({ value, entity, definition, claimedByUserSchema }) => {
    const subject = definition ? withArticle(definition.kind) : "an entity";
    const problems = schemaProblems(schemaFor(definition)(value), "kind-schema", subject, fieldHints(definition));
    if (entity && !definition && !claimedByUserSchema) problems.push(unknownKind(entity.apiVersion, entity.kind));
    return problems;
  };
}
function unknownKind(apiVersion, kind) {
  const versions = BUILTIN_KINDS.filter((d) => d.kind === kind).flatMap((d) => d.apiVersions);
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  const ownGroup = BACKSTAGE_API_GROUPS.includes(group);
  if (versions.length) {
    const expected = [...new Set(versions)];
    return problem(
      "error",
      "api-version",
      "/apiVersion",
      `apiVersion "${apiVersion}" is not a version of ${kind}; expected ${expected.join(" or ")}`,
      {
        fix: `Use apiVersion: ${expected[0]}${kind === "Template" ? " (templates of older versions must be migrated to v1beta3)" : ""}.`
      }
    );
  }
  const near = closest(kind, BUILTIN_KIND_NAMES);
  if (near && ownGroup) {
    return problem(
      "error",
      "api-version",
      "/kind",
      `kind "${kind}" is not a kind of ${group}; kinds are case-sensitive`,
      {
        fix: `Did you mean kind: ${near}?`
      }
    );
  }
  return problem(
    "warning",
    "foreign-kind",
    "/kind",
    `${kind} (${apiVersion}) is not a kind Backstage knows; it is checked only as a generic entity, and Backstage will ingest it only with a processor for that kind`,
    {
      fix: "To validate it fully, put a JSON Schema for it in a folder and pass it with --schema-dir (the schema-dir input of the action)."
    }
  );
}

// app/core/validation/checks/root-fields-check.ts
var ROOT_FIELDS = ["apiVersion", "kind", "metadata", "spec"];
var rootFieldsCheck = ({ value }) => Object.keys(value).filter((field) => !ROOT_FIELDS.includes(field)).map((field) => {
  const near = closest(field, ROOT_FIELDS);
  const fix = field === "relations" || field === "status" ? `Remove "${field}": the catalog computes it and does not accept it as input.` : near ? `Did you mean "${near}"?` : `Move "${field}" under metadata (e.g. as an annotation) or spec, or remove it.`;
  return problem(
    "error",
    "root-field",
    `/${field.replaceAll("~", "~0").replaceAll("/", "~1")}`,
    `Unknown field ${field}`,
    {
      atKey: true,
      expected: "only apiVersion, kind, metadata and spec at the root",
      fix
    }
  );
});

// app/core/validation/validate-entity.ts
function createEntityValidator(options = {}) {
  const registry = createKindRegistry(options.kinds ?? BUILTIN_KINDS);
  const userSchemas = options.userSchemas;
  const check = allOf([
    envelopeCheck,
    rootFieldsCheck,
    fieldFormatCheck(makeValidators(options.fieldValidators)),
    kindCheck(createSchemaCompiler()),
    entityRefsCheck,
    ...userSchemas ? [userSchemaCheck(userSchemas)] : []
  ]);
  return (value, opaque = []) => {
    if (!isRecord(value)) {
      const found2 = Array.isArray(value) ? "a list" : typeof value;
      return {
        problems: [
          problem("error", "document-not-object", "", `Expected object at root, got ${found2}`, {
            fix: "A descriptor document is a mapping with apiVersion, kind, metadata and spec."
          })
        ],
        relations: []
      };
    }
    const subject = { value: withoutNullAnnotations(value) };
    const entity = envelopeHolds(subject.value) ? subject.value : void 0;
    if (entity) {
      subject.entity = entity;
      const lookup = registry.lookup(
        entity.apiVersion,
        entity.kind,
        isRecord(entity.spec) ? entity.spec.type : void 0
      );
      if ("found" in lookup) subject.definition = lookup.found;
      subject.claimedByUserSchema = userSchemas?.claims(entity.apiVersion, entity.kind) ?? false;
    }
    const found = check(subject);
    const problems = found.length === 0 ? found : dedupe(found).filter((p) => !opaque.some((o) => p.pointer === o || p.pointer.startsWith(o + "/")));
    const valid = !problems.some((p) => p.severity === "error");
    return {
      problems,
      ...entity ? { entity, ref: entityRefOf(entity) } : {},
      ...subject.definition ? { definition: subject.definition } : {},
      relations: entity && subject.definition && valid ? entityRelations(entity, subject.definition) : []
    };
  };
}
function envelopeHolds(value) {
  const m = value.metadata;
  const nonEmpty = (v) => typeof v === "string" && v !== "";
  return nonEmpty(value.apiVersion) && nonEmpty(value.kind) && isRecord(m) && nonEmpty(m.name) && (m.namespace === void 0 || nonEmpty(m.namespace)) && (m.annotations === void 0 || isRecord(m.annotations));
}
function withoutNullAnnotations(value) {
  if (!isRecord(value.metadata) || value.metadata.annotations !== null) return value;
  const { annotations: _none, ...metadata } = value.metadata;
  return { ...value, metadata };
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.pointer}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// app/core/descriptor/location-targets.ts
function unfollowedLocationType(value) {
  if (!isRecord(value) || value.kind !== "Location" || !isRecord(value.spec)) return void 0;
  const { type } = value.spec;
  return type === void 0 || type === "url" ? void 0 : String(type);
}
function locationTargets(locationPath, value) {
  if (!isRecord(value) || value.kind !== "Location" || !isRecord(value.spec)) return [];
  if (unfollowedLocationType(value) !== void 0) return [];
  const { target, targets, presence } = value.spec;
  const written = [
    ...typeof target === "string" ? [[target, ["spec", "target"]]] : [],
    ...Array.isArray(targets) ? targets.flatMap(
      (t, i) => typeof t === "string" ? [[t, ["spec", "targets", i]]] : []
    ) : []
  ];
  return written.map(([t, path]) => {
    const absolute = isAbsoluteUrl(t);
    const repositoryPath = absolute ? void 0 : repositoryPathOf(t, locationPath);
    return {
      target: t,
      pointer: pointerOf(path),
      ...repositoryPath ? { repositoryPath } : {},
      absolute,
      glob: isDynamicPattern(t),
      optional: presence === "optional"
    };
  });
}

// app/core/descriptor/fast-parse.ts
var NULL_OR_EMPTY_KEY = /^[^\S\n\r\u2028\u2029]*(?:-[^\S\n\r\u2028\u2029]+)?(?:(?:null|Null|NULL|~)[^\S\n\r\u2028\u2029]*)?:(?:[^\S\n\r\u2028\u2029]|$)/m;
var OUTSIDE_SUBSET = [
  /[\t\r\uFEFF]/,
  // tabs, carriage returns, a byte order mark
  /(^|[\s[{,:-])[!&*]\S/m,
  // tags, anchors, aliases
  /(^|\s)\?(\s|$)/m,
  // complex keys
  /<</,
  // merge keys (Backstage turns them off)
  /(^|[\s[,:-])[-+]?0b[01_]/m,
  // js-yaml reads 0b101 as a number; YAML 1.2 core does not
  NULL_OR_EMPTY_KEY,
  /^%/m,
  // directives
  /^\.\.\.(\s|$)/m,
  // document end markers
  /^---[ \t]*[^\s#]/m,
  // content on a document start line
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0008\v\f\u000E-\u001F\u007F]/
];
function fastParse(text) {
  if (OUTSIDE_SUBSET.some((pattern) => pattern.test(text))) return void 0;
  let values;
  try {
    values = loadAll(text, null, { schema: CORE_SCHEMA });
  } catch {
    return void 0;
  }
  const segments = documentSegments(text);
  if (segments.length !== values.length) return void 0;
  if (values.some((value) => nestedDeeperThan(value))) return void 0;
  const documents = [];
  values.forEach((value, i) => {
    const line = segments[i];
    if (value === null || value === void 0 || line === void 0) return;
    documents.push({ number: documents.length + 1, value, line });
  });
  return documents;
}
function documentSegments(text) {
  const lines = text.split("\n");
  const segments = [];
  let current;
  let started = false;
  lines.forEach((line, i) => {
    if (/^---(?:\s|$)/.test(line)) {
      if (started || current !== void 0) segments.push(current);
      started = true;
      current = void 0;
    } else if (current === void 0 && line.trim() !== "" && !line.trimStart().startsWith("#")) {
      current = i + 1;
    }
  });
  if (started || current !== void 0) segments.push(current);
  return segments;
}

// app/core/descriptor/read-descriptor.ts
function readDescriptor(path, text) {
  const read = readAll(path, text);
  const count = read.documents.length;
  return count > BUDGETS.documentsPerFile ? { ...read, documents: read.documents.slice(0, BUDGETS.documentsPerFile), documentsInFile: count } : read;
}
function readAll(path, text) {
  let exact;
  const parseExact = () => exact ??= parseDescriptorFile(path, text);
  const fast = fastParse(text);
  if (fast) return { path, text, fast: true, exact: parseExact, documents: fast.map((d) => ({ ...d, problems: [] })) };
  const file = parseExact();
  return {
    path,
    text,
    fast: false,
    exact: parseExact,
    documents: file.documents.map((d) => ({
      number: d.number,
      value: d.value,
      line: rangeOf(file.lineCounter, text, offsetsOf(d.yaml, "")).line,
      problems: d.problems
    }))
  };
}

// app/core/validate/validate-descriptor-files.ts
var MAX_DESCRIPTOR_BYTES = BUDGETS.descriptorBytes;
async function validateDescriptorFiles(sources, options) {
  const budget = options.budget ?? placeholderBudget();
  const parsed = sources.map((source) => ({ source, file: readable(source, options.progress) }));
  const skeletons = parsed.flatMap(
    ({ source, file }) => file?.documents.flatMap((d) => templateSkeletons(source.repositoryPath, d.value)) ?? []
  );
  const firstSeen = /* @__PURE__ */ new Map();
  const results = [];
  let documents = 0;
  for (const { source, file } of parsed) {
    const skeleton = skeletonOf(source.repositoryPath, skeletons);
    if (file?.documents.some((d) => isMigrationSpec(d.value)))
      results.push({ path: source.path, entities: [], problems: [], skipped: "a Callboard migration spec" });
    else if (skeleton)
      results.push({
        path: source.path,
        entities: [],
        problems: [],
        skipped: `template skeleton of ${skeleton.template}`
      });
    else if (!file) results.push({ path: source.path, entities: [], problems: [atFileStart(refusal(source))] });
    else if (documents + file.documents.length > BUDGETS.documentsPerRepository) {
      results.push({ path: source.path, entities: [], problems: [atFileStart(tooManyInRepository())] });
    } else {
      documents += file.documents.length;
      options.progress?.(source.repositoryPath, fileBudgetMs(source.text.length));
      results.push(await checkFile(source, file, firstSeen, { ...options, budget }));
    }
  }
  const checked = results.filter((r) => "found" in r);
  if (options.resolve) await resolveAgainst(checked, options.resolve);
  return summarize(results.map((r) => "found" in r ? placed(r, options.progress) : r));
}
function readable(source, progress) {
  if (source.refused || (source.size ?? source.text.length) > MAX_DESCRIPTOR_BYTES) return void 0;
  if (source.parsed) return source.parsed;
  progress?.(source.repositoryPath, fileBudgetMs(source.text.length));
  return readDescriptor(source.path, source.text);
}
var tooManyInRepository = () => problem(
  "error",
  "over-budget",
  "",
  `With this file the repository's descriptors would hold more than ${BUDGETS.documentsPerRepository} documents; it was not read`,
  {
    fix: "Move some entities to the repositories they describe, or import users and groups from your identity provider instead."
  }
);
function refusal(source) {
  return source.refused ?? problem(
    "error",
    "file-too-large",
    "",
    `The file is larger than ${MAX_DESCRIPTOR_BYTES / 1024 / 1024} MiB and was not read`,
    {
      fix: "Split it into several descriptor files, referenced from a Location."
    }
  );
}
async function checkFile(source, file, firstSeen, options) {
  const checked = { source, file, entities: [], found: [] };
  for (const doc of file.documents) {
    const { problems, verdict } = await validateDocument(doc, source, options);
    const mine = problems.map((p) => ({ doc, problem: p, ref: verdict?.ref }));
    if (verdict?.entity && verdict.ref) {
      const duplicate = firstSeen.get(verdict.ref);
      if (duplicate) {
        const where = duplicate.path === source.path ? `line ${duplicate.line}` : `${duplicate.path}:${duplicate.line}`;
        const message = `${verdict.ref} is already defined at ${where}; Backstage keeps the first definition it reads and ignores this one`;
        mine.push({
          doc,
          ref: verdict.ref,
          problem: problem("warning", "duplicate-entity", "/metadata/name", message, {
            fix: "Give one of them another name, or remove the copy."
          })
        });
      } else {
        firstSeen.set(verdict.ref, { path: source.path, line: doc.line });
      }
      const { kind, metadata } = verdict.entity;
      const summary = {
        ref: verdict.ref,
        kind,
        namespace: metadata.namespace ?? DEFAULT_NAMESPACE,
        name: metadata.name,
        document: doc.number,
        line: doc.line,
        valid: !mine.some((f) => f.problem.severity === "error"),
        entity: verdict.entity
      };
      checked.entities.push({ summary, doc });
    }
    for (const found of mine) checked.found.push(found);
  }
  return checked;
}
async function resolveAgainst(checked, resolve) {
  const valid = checked.flatMap((c) => c.entities.filter((e) => e.summary.valid));
  const defined = new Set(valid.map((e) => e.summary.ref));
  for (const c of checked) {
    for (const { summary, doc } of c.entities) {
      if (!summary.valid) continue;
      for (const p of await resolve(summary.entity, summary.ref, defined))
        c.found.push({ doc, problem: p, ref: summary.ref });
    }
  }
}
function placed({ source, file, entities, found }, progress) {
  if (found.length) progress?.(source.repositoryPath, fileBudgetMs(source.text.length));
  const exact = found.length ? file.exact() : void 0;
  const problems = found.map(({ doc, problem: p, ref }) => locate(exact, exact.documents[doc.number - 1], p, ref));
  if (file.documents.length === 0) {
    problems.push(
      atFileStart(
        problem("warning", "no-entities", "", "The file holds no entities", {
          fix: "Describe at least one entity, or delete the file."
        })
      )
    );
  }
  if (file.documentsInFile !== void 0) {
    const message = `The file holds ${file.documentsInFile} documents; only the first ${BUDGETS.documentsPerFile} are read`;
    problems.push(
      atFileStart(
        problem("error", "over-budget", "", message, {
          fix: "Split it into several descriptor files, referenced from a Location."
        })
      )
    );
  }
  return { path: source.path, entities: entities.map((e) => e.summary), problems };
}
async function validateDocument(doc, source, options) {
  if (doc.problems.length) return { problems: doc.problems, verdict: void 0 };
  const resolved = await resolvePlaceholders(doc.value, {
    filePath: source.repositoryPath,
    read: options.read,
    ...options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {},
    ...options.budget ? { budget: options.budget } : {}
  });
  const verdict = options.validator(resolved.value, resolved.opaque);
  const targets = await locationTargetProblems(source.repositoryPath, doc.value, options.locate);
  return { problems: [...resolved.problems, ...verdict.problems, ...targets], verdict };
}
async function locationTargetProblems(path, value, locate2) {
  const problems = [];
  const type = unfollowedLocationType(value);
  if (type !== void 0)
    problems.push(
      problem(
        "warning",
        "location-target",
        "/spec/type",
        `Location type "${type}" is not one Backstage reads from a repository: it refuses the Location ("must be of an allowed type [url]"), and nothing it points at is ingested`,
        {
          expected: "type: url",
          fix: "Write type: url, or leave type out (a Location read from a repository is a url one)."
        }
      )
    );
  for (const t of locationTargets(path, value)) {
    const refused = t.glob && t.repositoryPath !== void 0 ? await refusedGlob(t.repositoryPath) : void 0;
    if (t.repositoryPath === void 0 && !t.absolute) {
      problems.push(
        problem("error", "location-target", t.pointer, `Location target ${t.target} is outside the repository`, {
          fix: "Point at a file inside this repository, relative to the Location (./file) or to the repository root (/file)."
        })
      );
    } else if (refused) {
      problems.push(
        problem("error", "location-target", t.pointer, `Location target ${t.target}: ${refused.message}`, {
          fix: refused.fix
        })
      );
    } else if (t.repositoryPath !== void 0 && locate2) {
      const found = (await locate2(t.repositoryPath)).length;
      if (found === 0 && !t.optional) {
        problems.push(
          problem(
            "error",
            "location-target",
            t.pointer,
            t.glob ? `No file matches ${t.target} (the glob ${t.repositoryPath}, in this repository)` : `Unable to read ${t.target}: there is no file at ${t.repositoryPath}`,
            {
              fix: "Correct the path (relative to this file), or set presence: optional if the file may be absent."
            }
          )
        );
      } else if (found > BUDGETS.filesPerGlob) {
        problems.push(
          problem(
            "error",
            "over-budget",
            t.pointer,
            `${t.target} matches ${found} files; only the first ${BUDGETS.filesPerGlob} are read`,
            {
              fix: "Name the descriptor files: a glob such as ./services/*/catalog-info.yaml, not one that matches every file."
            }
          )
        );
      }
    }
  }
  return problems;
}
async function refusedGlob(glob) {
  const { linearGlob } = await import("./linear-glob-ZDUYHBRD.js");
  try {
    linearGlob(glob);
    return void 0;
  } catch (e) {
    if (e instanceof PatternError) return e;
    throw e;
  }
}
var atFileStart = (p) => ({
  ...p,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  document: 0
});
function locate(file, doc, p, entity) {
  const { offset, endOffset, ...rest } = p;
  const offsets = offset !== void 0 && endOffset !== void 0 ? [offset, endOffset] : offsetsOf(doc.yaml, p.pointer, p.atKey);
  return {
    ...rest,
    ...rangeOf(file.lineCounter, file.text, offsets),
    document: doc.number,
    ...entity ? { entity } : {}
  };
}

// app/core/validate/collect-descriptor-sources.ts
async function collectDescriptorSources(repo, requested, options = {}) {
  const queue = [...requested];
  const seen = /* @__PURE__ */ new Set();
  const sources = [];
  for (let next = 0; next < queue.length; next++) {
    const repositoryPath = queue[next];
    if (seen.has(repositoryPath)) continue;
    seen.add(repositoryPath);
    const size = await repo.size(repositoryPath);
    if (size === void 0) continue;
    const path = await repo.displayPath(repositoryPath);
    const refused = options.refused?.get(repositoryPath);
    if (refused) {
      sources.push({ path, repositoryPath, text: "", size, refused });
      continue;
    }
    const text = size > MAX_DESCRIPTOR_BYTES ? "" : await repo.read(repositoryPath) ?? "";
    options.progress?.(repositoryPath, fileBudgetMs(text.length));
    const parsed = readDescriptor(path, text);
    sources.push({ path, repositoryPath, text, size, parsed });
    for (const doc of parsed.documents) {
      for (const target of locationTargets(repositoryPath, doc.value)) {
        if (target.repositoryPath !== void 0)
          for (const path2 of (await repo.locate(target.repositoryPath)).slice(0, BUDGETS.filesPerGlob))
            queue.push(path2);
      }
    }
    if (text.includes("${{")) for (const path2 of await repo.templatesAbove(repositoryPath)) queue.push(path2);
  }
  return sources;
}

// app/core/validate/check-descriptors.ts
async function checkDescriptors(repo, check, hooks = {}) {
  const validator = await validatorFor(check.userSchemas);
  const sources = await collectDescriptorSources(repo, check.paths, {
    ...hooks.progress ? { progress: hooks.progress } : {},
    ...hooks.refused ? { refused: hooks.refused } : {}
  });
  const report = await validateDescriptorFiles(sources, {
    validator,
    read: repo.read,
    locate: repo.locate,
    ...check.repositoryUrl ? { repositoryUrl: check.repositoryUrl } : {},
    ...hooks.resolve ? { resolve: hooks.resolve } : {},
    ...hooks.progress ? { progress: hooks.progress } : {}
  });
  const withProblems = new Set(report.files.filter((f) => f.problems.length).map((f) => f.path));
  return { report, texts: new Map(sources.filter((s) => withProblems.has(s.path)).map((s) => [s.path, s.text])) };
}
var validators = /* @__PURE__ */ new Map();
async function validatorFor(userSchemas) {
  const key = userSchemas?.length ? JSON.stringify(userSchemas) : "";
  let validator = validators.get(key);
  if (!validator) {
    const lenient = userSchemas?.length ? (await import("./lenient-schema-compiler-CXJ5M73G.js")).createLenientSchemaCompiler() : void 0;
    validator = createEntityValidator(
      userSchemas?.length && lenient ? { userSchemas: compileUserSchemas(userSchemas, lenient) } : {}
    );
    if (validators.size >= 16) validators.delete(validators.keys().next().value);
    validators.set(key, validator);
  }
  return validator;
}
export {
  checkDescriptors
};
