import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  readApiDefinition,
  require_graphql
} from "./chunk-ZXJNQ4YA.js";
import {
  createKindRegistry,
  refValues
} from "./chunk-S3A23YHW.js";
import {
  trimChars
} from "./chunk-PIVNTOD2.js";
import {
  count
} from "./chunk-FRBE2SKT.js";
import {
  compoundRefOf,
  parseEntityRef,
  stringifyEntityRef
} from "./chunk-7BHR42MJ.js";
import {
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/core/impact/dependents.ts
var DEPENDENTS_LIMIT = 2e3;
function directDependents(index, ref) {
  const viaApis = index.targets(ref, "providesApi").flatMap((api) => index.targets(api, "apiConsumedBy"));
  return [.../* @__PURE__ */ new Set([...index.targets(ref, "dependencyOf"), ...index.targets(ref, "apiConsumedBy"), ...viaApis])].filter((r) => r !== ref).sort();
}
function dependentsOf(index, ref, limit = DEPENDENTS_LIMIT) {
  const seen = /* @__PURE__ */ new Set([ref]);
  const direct = directDependents(index, ref);
  for (const d of direct) seen.add(d);
  const transitive = [];
  let frontier = direct;
  while (frontier.length && seen.size - 1 < limit) {
    const next = [];
    for (const r of frontier) {
      for (const d of directDependents(index, r)) {
        if (seen.has(d)) continue;
        seen.add(d);
        next.push(d);
        if (seen.size - 1 >= limit) break;
      }
    }
    for (const ref2 of next.sort()) transitive.push(ref2);
    frontier = next;
  }
  return { direct, transitive, truncated: frontier.length > 0 && seen.size - 1 >= limit };
}

// app/core/api-definition/breaking-changes.ts
var import_graphql = __toESM(require_graphql(), 1);
var MAX_API_CHANGES = 50;
function apiChanges(type, before, after) {
  const old = readApiDefinition(type, before);
  const now = readApiDefinition(type, after);
  if (!old.ok || !now.ok) return [];
  const changes = compare(old, now);
  return changes.length > MAX_API_CHANGES ? [
    ...changes.slice(0, MAX_API_CHANGES),
    { severity: changes[MAX_API_CHANGES].severity, text: `and ${changes.length - MAX_API_CHANGES} more` }
  ] : changes;
}
function compare(old, now) {
  if (old.type === "graphql" && now.type === "graphql" && old.ok && now.ok)
    return [
      ...(0, import_graphql.findBreakingChanges)(old.schema, now.schema).map((c) => ({
        severity: "breaking",
        text: c.description
      })),
      ...(0, import_graphql.findDangerousChanges)(old.schema, now.schema).map((c) => ({
        severity: "dangerous",
        text: c.description
      }))
    ];
  if (old.type === "openapi" && now.type === "openapi" && old.ok && now.ok)
    return openApiChanges(old.document, now.document);
  if (old.ok && now.ok && old.type === now.type && (old.type === "asyncapi" || old.type === "grpc")) {
    const kept = new Set(now.operations.map((o) => o.title));
    return old.operations.filter((o) => !kept.has(o.title)).map((o) => ({ severity: "breaking", text: `${o.title} is removed` }));
  }
  return [];
}
function pathSlot(path, name) {
  const at = path.indexOf(`{${name}}`);
  let slot = 0;
  for (let i = path.indexOf("{"); i !== -1 && i < at; i = path.indexOf("{", i + 1)) slot++;
  return at === -1 ? -1 : slot;
}
var label = (p) => `${String(p.in)} parameter ${String(p.name)}`;
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];
function pathKey(path) {
  let key = "";
  let from = 0;
  for (let open = path.indexOf("{"); open !== -1; open = path.indexOf("{", from)) {
    const close = path.indexOf("}", open);
    if (close === -1) break;
    key += `${path.slice(from, open)}{}`;
    from = close + 1;
  }
  return key + path.slice(from);
}
function resolver(doc) {
  return (value) => {
    let current = value;
    for (let hops = 0; hops < 32 && isRecord(current) && typeof current.$ref === "string"; hops++) {
      const ref = current.$ref;
      if (!ref.startsWith("#/")) return current;
      let target = doc;
      for (const part of ref.slice(2).split("/")) {
        const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
        target = isRecord(target) && Object.hasOwn(target, key) ? target[key] : void 0;
      }
      current = target;
    }
    return current;
  };
}
function operationsOf(doc) {
  const resolve = resolver(doc);
  const operations = /* @__PURE__ */ new Map();
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const parameters = /* @__PURE__ */ new Map();
      let body;
      for (const raw of [...shared, ...Array.isArray(op.parameters) ? op.parameters : []]) {
        const p = resolve(raw);
        if (!isRecord(p) || typeof p.name !== "string" || typeof p.in !== "string") continue;
        if (p.in === "body") body = { required: p.required === true, schema: p.schema };
        else parameters.set(p.in === "path" ? `path #${pathSlot(path, p.name)}` : `${p.in} ${p.name}`, p);
      }
      const requestBody = resolve(op.requestBody);
      if (isRecord(requestBody))
        body = { required: requestBody.required === true, schema: firstSchema(requestBody.content, resolve) };
      const responses = /* @__PURE__ */ new Map();
      for (const [code, raw] of Object.entries(isRecord(op.responses) ? op.responses : {})) {
        const response = resolve(raw);
        if (!isRecord(response)) continue;
        responses.set(code, response.schema ?? firstSchema(response.content, resolve));
      }
      operations.set(`${method.toUpperCase()} ${pathKey(path)}`, {
        title: `${method.toUpperCase()} ${path}`,
        parameters,
        ...body ? { body } : {},
        responses
      });
    }
  }
  return operations;
}
function firstSchema(content, resolve) {
  if (!isRecord(content)) return void 0;
  const media = resolve(content["application/json"] ?? Object.values(content)[0]);
  return isRecord(media) ? media.schema : void 0;
}
function openApiChanges(oldDoc, newDoc) {
  const before = operationsOf(oldDoc);
  const after = operationsOf(newDoc);
  const changes = [];
  const breaking = (text) => changes.push({ severity: "breaking", text });
  const dangerous = (text) => changes.push({ severity: "dangerous", text });
  const schemas = { old: resolver(oldDoc), now: resolver(newDoc) };
  for (const [key, old] of before) {
    const now = after.get(key);
    if (!now) {
      breaking(`${old.title} is removed`);
      continue;
    }
    const at = now.title;
    for (const [name, p] of old.parameters) {
      const q = now.parameters.get(name);
      if (!q) {
        if (p.in !== "header") dangerous(`${at}: the ${label(p)} is removed (clients still sending it are ignored)`);
        continue;
      }
      if (q.required === true && p.required !== true) breaking(`${at}: the ${label(p)} becomes required`);
      compareSchemas(schemas, p.schema ?? p, q.schema ?? q, `${at}: the ${label(p)}`, "request", changes);
    }
    for (const [name, q] of now.parameters)
      if (!old.parameters.has(name) && q.required === true) breaking(`${at}: a required ${label(q)} is added`);
    if (now.body?.required && !old.body?.required) breaking(`${at}: the request body becomes required`);
    if (old.body && now.body)
      compareSchemas(schemas, old.body.schema, now.body.schema, `${at}: the request body`, "request", changes);
    for (const [code, schema] of old.responses) {
      if (!now.responses.has(code)) {
        if (/^2/.test(code)) breaking(`${at}: the ${code} response is removed`);
        continue;
      }
      compareSchemas(schemas, schema, now.responses.get(code), `${at}: the ${code} response`, "response", changes);
    }
  }
  return changes;
}
function compareSchemas(resolve, oldRaw, newRaw, where, side, changes, depth2 = 0) {
  const a = resolve.old(oldRaw);
  const b = resolve.now(newRaw);
  if (!isRecord(a) || !isRecord(b) || depth2 > 8 || changes.length > MAX_API_CHANGES) return;
  const typeA = typeOf(a);
  const typeB = typeOf(b);
  if (typeA && typeB && typeA !== typeB) {
    changes.push({ severity: "breaking", text: `${where} changes type from ${typeA} to ${typeB}` });
    return;
  }
  const enumA = Array.isArray(a.enum) ? a.enum.map(String) : void 0;
  const enumB = Array.isArray(b.enum) ? b.enum.map(String) : void 0;
  if (enumA && enumB) {
    const gone = enumA.filter((v) => !enumB.includes(v));
    const added = enumB.filter((v) => !enumA.includes(v));
    if (side === "request" && gone.length)
      changes.push({
        severity: "breaking",
        text: `${where} no longer accepts ${gone.map((v) => `"${v}"`).join(", ")}`
      });
    if (side === "response" && added.length)
      changes.push({ severity: "dangerous", text: `${where} may now hold ${added.map((v) => `"${v}"`).join(", ")}` });
  }
  if (isRecord(a.items) || isRecord(b.items))
    compareSchemas(resolve, a.items, b.items, `${where}'s items`, side, changes, depth2 + 1);
  const propsA = isRecord(a.properties) ? a.properties : {};
  const propsB = isRecord(b.properties) ? b.properties : {};
  const requiredA = new Set(Array.isArray(a.required) ? a.required.map(String) : []);
  const requiredB = new Set(Array.isArray(b.required) ? b.required.map(String) : []);
  if (side === "request") {
    for (const name of requiredB)
      if (!requiredA.has(name)) changes.push({ severity: "breaking", text: `${where} now requires ${name}` });
  } else {
    for (const name of Object.keys(propsA))
      if (!Object.hasOwn(propsB, name)) changes.push({ severity: "breaking", text: `${where} no longer has ${name}` });
      else if (requiredA.has(name) && !requiredB.has(name))
        changes.push({ severity: "breaking", text: `${where} may now leave out ${name}` });
  }
  for (const name of Object.keys(propsA))
    if (Object.hasOwn(propsB, name))
      compareSchemas(resolve, propsA[name], propsB[name], `${where}'s ${name}`, side, changes, depth2 + 1);
}
var typeOf = (schema) => typeof schema.type === "string" ? schema.type : Array.isArray(schema.type) ? schema.type.map(String).sort().join("|") : isRecord(schema.properties) ? "object" : void 0;

// app/core/impact/api-change-notes.ts
var NAMED_CONSUMERS = 10;
function definitionChanges(before, after) {
  if (!before || !after || after.kind.toLowerCase() !== "api") return [];
  const type = typeof after.spec?.type === "string" ? after.spec.type : "";
  if (type.toLowerCase() !== String(before.spec?.type ?? "").toLowerCase()) return [];
  const [a, b] = [before.spec?.definition, after.spec?.definition];
  if (a === b || JSON.stringify(a) === JSON.stringify(b)) return [];
  return apiChanges(type, a, b);
}
function apiChangeNotes(changes, consumers) {
  const breaking = changes.filter((c) => c.severity === "breaking");
  if (!changes.length) return [];
  const named2 = consumers.slice(0, NAMED_CONSUMERS).map((c) => c.ownerTitle ? `${c.title} (${c.ownerTitle})` : c.title).join(", ");
  const who = consumers.length ? `${count(consumers.length, "consumer")} in the catalog would break: ${named2}${consumers.length > NAMED_CONSUMERS ? ", \u2026" : ""}` : "nothing in the catalog consumes it";
  return [
    ...breaking.length ? [
      {
        level: "error",
        text: `makes ${count(breaking.length, "breaking change")} to its definition; ${who}`
      }
    ] : [],
    ...changes.map((c) => ({
      level: c.severity === "breaking" ? "error" : "warning",
      text: `${c.severity === "breaking" ? "breaking" : "may change behaviour"}: ${c.text}`
    }))
  ];
}

// app/core/impact/entity-references.ts
var registry = createKindRegistry();
function entityReferences(entity) {
  const lookup = registry.lookup(entity.apiVersion, entity.kind, entity.spec?.type);
  if (!("found" in lookup)) return [];
  const namespace = compoundRefOf(entity).namespace;
  const references = [];
  for (const field of lookup.found.refFields) {
    const value = entity.spec?.[field.field];
    refValues(value).forEach((v, i) => {
      const parsed = parseEntityRef(v, { defaultKind: field.defaultKind, defaultNamespace: namespace });
      if (!parsed.ok) return;
      references.push({
        field,
        target: stringifyEntityRef(parsed.ref),
        pointer: Array.isArray(value) ? `/spec/${field.field}/${i}` : `/spec/${field.field}`
      });
    });
  }
  return references;
}
function refWords(ref) {
  const colon = ref.indexOf(":");
  const slash = ref.indexOf("/", colon);
  const kind = ref.slice(0, colon);
  const namespace = ref.slice(colon + 1, slash);
  const name = ref.slice(slash + 1);
  return `${kind === "api" ? "API" : kind} ${namespace === "default" ? name : `${namespace}/${name}`}`;
}

// app/core/impact/descriptor-changes.ts
var LIST_WORDS = {
  dependsOn: ["adds a dependency on", "drops the dependency on"],
  dependencyOf: ["declares a dependent,", "no longer declares the dependent"],
  providesApis: ["starts providing", "stops providing"],
  consumesApis: ["starts consuming", "stops consuming"],
  members: ["adds member", "removes member"],
  memberOf: ["joins", "leaves"],
  children: ["adds child group", "removes child group"]
};
var SINGLE_WORDS = {
  owner: "owner",
  system: "system",
  domain: "domain",
  parent: "parent group",
  subcomponentOf: "parent component",
  subdomainOf: "parent domain"
};
function describeChanges(before, after, lookup) {
  if (!after)
    return before ? [{ level: "warning", text: `removes ${before.kind} ${before.metadata.name} from the catalog` }] : [];
  const notes = [];
  if (!before) notes.push({ level: "info", text: `adds ${after.kind} ${after.metadata.name} to the catalog` });
  const lifecycleBefore = before ? stringField(before, "lifecycle") : void 0;
  const lifecycleAfter = stringField(after, "lifecycle");
  if (before && lifecycleBefore !== lifecycleAfter) {
    const deprecating = lifecycleAfter?.toLowerCase() === "deprecated";
    notes.push({
      level: deprecating ? "warning" : "info",
      text: `lifecycle changes from ${lifecycleBefore ?? "none"} to ${lifecycleAfter ?? "none"}${deprecating ? ": its dependents should move off it" : ""}`
    });
  }
  const typeBefore = before ? stringField(before, "type") : void 0;
  if (before && typeBefore !== stringField(after, "type"))
    notes.push({
      level: "info",
      text: `type changes from ${typeBefore ?? "none"} to ${stringField(after, "type") ?? "none"}`
    });
  const was = before ? entityReferences(before) : [];
  const is = entityReferences(after);
  const fields = [...new Set([...was, ...is].map((r) => r.field.field))];
  for (const field of fields) {
    const old = was.filter((r) => r.field.field === field).map((r) => r.target);
    const now = is.filter((r) => r.field.field === field);
    const list = LIST_WORDS[field];
    if (!list && before) {
      const [from, to] = [old[0], now[0]?.target];
      if (from !== to)
        notes.push({
          level: "info",
          text: `${SINGLE_WORDS[field] ?? field} changes from ${from ? refWords(from) : "none"} to ${to ? refWords(to) : "none"}`
        });
    } else if (list && before) {
      for (const r of now.filter((n) => !old.includes(n.target))) {
        const deprecated = lookup.deprecated(r.target);
        const [kind, ...name] = refWords(r.target).split(" ");
        notes.push({
          level: deprecated ? "warning" : "info",
          text: `${list[0]} ${deprecated ? `deprecated ${kind} ${name.join(" ")}` : refWords(r.target)}`
        });
      }
      for (const target of old.filter((o) => !now.some((n) => n.target === o)))
        notes.push({ level: "info", text: `${list[1]} ${refWords(target)}` });
    }
    for (const r of now.filter((n) => !old.includes(n.target) && !lookup.exists(n.target))) notes.push(missing(r));
  }
  return notes;
}
function missing(r) {
  return { level: "error", text: `refers to ${refWords(r.target)}, which does not exist (${r.field.describes})` };
}
function stringField(entity, field) {
  const value = entity.spec?.[field];
  return typeof value === "string" ? value : void 0;
}

// app/core/impact/touched-entities.ts
import { posix } from "node:path";
function touchedEntities(entities, changedPaths, repositoryUrl) {
  const claims = entities.filter((e) => !e.ref.startsWith("location:")).flatMap((e) => claimedFolders(e, repositoryUrl).map((folder) => ({ ref: e.ref, folder })));
  const touched = /* @__PURE__ */ new Map();
  const touch = (ref, path) => (touched.get(ref) ?? touched.set(ref, /* @__PURE__ */ new Set()).get(ref)).add(path);
  for (const path of changedPaths) {
    for (const e of entities) if (e.path === path && !e.ref.startsWith("location:")) touch(e.ref, path);
    const above = claims.filter((c) => c.folder === "" || path.startsWith(`${c.folder}/`));
    const deepest = Math.max(-1, ...above.map((c) => depth(c.folder)));
    for (const c of above) if (depth(c.folder) === deepest) touch(c.ref, path);
  }
  return new Map(
    [...touched].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([ref, paths]) => [ref, [...paths].sort()])
  );
}
var depth = (folder) => folder === "" ? 0 : folder.split("/").length;
function claimedFolders(e, repositoryUrl) {
  const folder = posix.dirname(e.path);
  const folders = [folder === "." ? "" : folder];
  const claimed = e.sourceLocation && sameRepositoryFolder(e.sourceLocation, repositoryUrl);
  if (claimed !== void 0 && claimed !== false) folders.push(claimed);
  return [...new Set(folders)];
}
function sameRepositoryFolder(location, repositoryUrl) {
  const url = location.replace(/^url:/, "");
  const prefix = `${trimChars(repositoryUrl, "/")}/`.toLowerCase();
  if (!url.toLowerCase().startsWith(prefix)) return false;
  const rest = url.slice(prefix.length).split(/[?#]/)[0];
  const match = /^(?:tree|blob)\/[^/]+(?:\/(.*))?$/.exec(rest);
  if (!match) return trimChars(rest, "/") === "" ? "" : false;
  const parts = (match[1] ?? "").split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) return false;
  return parts.join("/");
}

// app/core/impact/impact-report.ts
function reportEntities(report, repositoryPath = (p) => p) {
  return report.files.flatMap(
    (f) => f.entities.filter((e) => e.valid).map((e) => ({ ref: e.ref, path: repositoryPath(f.path), entity: e.entity }))
  );
}
var MEMBERS_SHOWN = 10;
function impactOf(input) {
  const { index } = input;
  const before = new Map(input.before.map((e) => [e.ref, e]));
  const after = new Map(input.after.map((e) => [e.ref, e]));
  const readPaths = new Set([...input.before, ...input.after].map((e) => e.path));
  const claims = [
    ...[...after.values(), ...[...before.values()].filter((e) => !after.has(e.ref))].map(claimOf),
    // What the catalog knows of descriptors this change did not read (monorepo folders from callboard.yaml).
    ...index.ofRepository(input.repository).filter((e) => !readPaths.has(e.source.path) && e.status !== "imported").map((e) => ({ ref: e.ref, path: e.source.path }))
  ];
  const touched = touchedEntities(claims, input.changedPaths, input.repositoryUrl);
  const lookup = {
    exists: (ref) => after.has(ref) || !!index.get(ref),
    deprecated: (ref) => after.get(ref) ? isDeprecated(after.get(ref).entity) : index.get(ref)?.lifecycle?.toLowerCase() === "deprecated"
  };
  const entities = [...touched].map(
    ([ref, paths]) => impactedEntity(input, ref, paths, before.get(ref)?.entity, after.get(ref)?.entity, lookup)
  );
  return { organization: index.organization, repository: input.repository, entities };
}
function claimOf(e) {
  const location = e.entity.metadata.annotations?.["backstage.io/source-location"];
  return { ref: e.ref, path: e.path, ...typeof location === "string" ? { sourceLocation: location } : {} };
}
function impactedEntity(input, ref, paths, before, after, lookup) {
  const { index } = input;
  const known = index.get(ref);
  const entity = after ?? before;
  const references = entity ? entityReferences(entity) : [];
  const refsOf = (field, relation) => entity ? references.filter((r) => r.field.field === field).map((r) => r.target) : index.targets(ref, relation);
  const owner = refsOf("owner", "ownedBy")[0];
  const system = refsOf("system", "partOf").find((r) => r.startsWith("system:"));
  const domain = (entity?.kind.toLowerCase() === "system" ? refsOf("domain", "partOf")[0] : void 0) ?? (system ? index.get(system)?.domain : known?.domain) ?? void 0;
  const lifecycle = entity ? stringOf(entity.spec?.lifecycle) : known?.lifecycle ?? void 0;
  const dependents = dependentsOf(index, ref);
  const consumers = dependents.direct.map((r) => dependentOf(index, r));
  const notes = [
    ...describeChanges(before, after, lookup),
    ...apiChangeNotes(definitionChanges(before, after), consumers)
  ];
  return {
    ref,
    title: entity ? stringOf(entity.metadata.title) ?? entity.metadata.name : known?.title ?? known?.name ?? ref,
    kind: entity?.kind ?? known?.kind ?? ref.slice(0, ref.indexOf(":")),
    ...optional("type", entity ? stringOf(entity.spec?.type) : known?.type),
    ...optional("lifecycle", lifecycle),
    deprecated: lifecycle?.toLowerCase() === "deprecated",
    change: !before && after ? "added" : before && !after ? "removed" : notes.length ? "descriptor" : "files",
    ...known ? { page: known.page } : {},
    ...owner ? { owner: contactOf(index, owner) } : {},
    ...system ? { system: named(index, system) } : {},
    ...domain ? { domain: named(index, domain) } : {},
    providesApis: refsOf("providesApis", "providesApi").map((r) => named(index, r)),
    consumesApis: refsOf("consumesApis", "consumesApi").map((r) => named(index, r)),
    dependents: {
      direct: consumers,
      transitive: dependents.transitive.map((r) => dependentOf(index, r)),
      truncated: dependents.truncated
    },
    notes,
    paths
  };
}
function contactOf(index, ref) {
  const e = index.get(ref);
  const members = index.targets(ref, "hasMember");
  return {
    ref,
    title: titleOf(e, ref),
    exists: !!e,
    ...e?.email ? { email: e.email } : {},
    links: (e?.links ?? []).map((l) => ({ url: l.url, title: l.title ?? l.url })),
    members: members.slice(0, MEMBERS_SHOWN).map((m) => ({
      ref: m,
      title: titleOf(index.get(m), m),
      ...index.get(m)?.email ? { email: index.get(m).email } : {}
    })),
    memberCount: members.length
  };
}
function dependentOf(index, ref) {
  const e = index.get(ref);
  return {
    ref,
    title: titleOf(e, ref),
    ...e?.owner ? { owner: e.owner, ownerTitle: titleOf(index.get(e.owner), e.owner) } : {},
    deprecated: e?.lifecycle?.toLowerCase() === "deprecated"
  };
}
var named = (index, ref) => ({ ref, title: titleOf(index.get(ref), ref) });
var titleOf = (e, ref) => e?.title ?? e?.displayName ?? e?.name ?? ref.slice(ref.indexOf("/") + 1);
var stringOf = (v) => typeof v === "string" && v !== "" ? v : void 0;
var isDeprecated = (e) => stringOf(e.spec?.lifecycle)?.toLowerCase() === "deprecated";
var optional = (key, value) => value ? { [key]: value } : {};

export {
  definitionChanges,
  directDependents,
  entityReferences,
  refWords,
  reportEntities,
  impactOf
};
