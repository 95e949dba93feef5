import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  DEFAULT_NAMESPACE
} from "./chunk-M3WY2IZ6.js";

// app/core/model/entity-ref.ts
function parseEntityRef(ref, context = {}) {
  if (!ref) return { ok: false, message: "Entity reference must not be empty" };
  const parts = typeof ref === "string" ? splitRefString(ref) : compoundParts(ref);
  if ("message" in parts) return { ok: false, message: parts.message };
  const kind = parts.kind ?? context.defaultKind;
  const namespace = parts.namespace ?? (context.defaultNamespace || DEFAULT_NAMESPACE);
  const textual = JSON.stringify(ref);
  if (!kind) {
    return {
      ok: false,
      missingKind: true,
      message: `Entity reference ${textual} had missing or empty kind (e.g. did not start with "component:" or similar)`
    };
  }
  if (!namespace) return { ok: false, message: `Entity reference ${textual} had missing or empty namespace` };
  if (!parts.name) return { ok: false, message: `Entity reference ${textual} had missing or empty name` };
  return { ok: true, ref: { kind, namespace, name: parts.name } };
}
function splitRefString(ref) {
  let colon = ref.indexOf(":");
  const slash = ref.indexOf("/");
  if (slash !== -1 && slash < colon) colon = -1;
  const kind = colon === -1 ? void 0 : ref.slice(0, colon);
  const namespace = slash === -1 ? void 0 : ref.slice(colon + 1, slash);
  const name = ref.slice(Math.max(colon + 1, slash + 1));
  if (kind === "" || namespace === "" || name === "") {
    return { message: `Entity reference "${ref}" was not on the form [<kind>:][<namespace>/]<name>` };
  }
  return { kind, namespace, name };
}
function compoundParts(ref) {
  const o = typeof ref === "object" && ref !== null ? ref : {};
  const str = (v) => typeof v === "string" ? v : void 0;
  return { kind: str(o.kind), namespace: str(o.namespace), name: str(o.name) };
}
function stringifyEntityRef(ref) {
  return `${ref.kind.toLowerCase()}:${ref.namespace.toLowerCase()}/${ref.name.toLowerCase()}`;
}
function refFrom(entity, value, defaultKind) {
  const parsed = parseEntityRef(value, {
    defaultKind,
    defaultNamespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE
  });
  return parsed.ok ? stringifyEntityRef(parsed.ref) : void 0;
}
function compoundRefOf(entity) {
  return { kind: entity.kind, namespace: entity.metadata.namespace || DEFAULT_NAMESPACE, name: entity.metadata.name };
}
var entityRefOf = (entity) => stringifyEntityRef(compoundRefOf(entity));
function humanizeEntityRef(ref, options = {}) {
  const ns = options.namespace ?? DEFAULT_NAMESPACE;
  const kind = options.defaultKind && options.defaultKind.toLowerCase() === ref.kind.toLowerCase() ? "" : `${ref.kind.toLowerCase()}:`;
  const namespace = ref.namespace.toLowerCase() === ns.toLowerCase() ? "" : `${ref.namespace}/`;
  return `${kind}${namespace}${ref.name}`;
}

export {
  parseEntityRef,
  stringifyEntityRef,
  refFrom,
  compoundRefOf,
  entityRefOf,
  humanizeEntityRef
};
