/**
 * Entity references `[<kind>:][<namespace>/]<name>`, with Backstage's exact parsing rules
 * (catalog-model `entity/ref`): the kind ends at the first ':' unless a '/' comes first, the
 * namespace ends at the first '/', and the name is the rest (it may hold further ':' or '/').
 * Identity is the lowercased `kind:namespace/name`.
 */
import { DEFAULT_NAMESPACE, type CompoundEntityRef, type Entity } from './entity.ts';

export interface RefContext {
  defaultKind?: string;
  defaultNamespace?: string;
}

export type ParsedRef = { ok: true; ref: CompoundEntityRef } | { ok: false; message: string; missingKind?: boolean };

export function parseEntityRef(ref: unknown, context: RefContext = {}): ParsedRef {
  if (!ref) return { ok: false, message: 'Entity reference must not be empty' };
  const parts = typeof ref === 'string' ? splitRefString(ref) : compoundParts(ref);
  if ('message' in parts) return { ok: false, message: parts.message };
  const kind = parts.kind ?? context.defaultKind;
  const namespace = parts.namespace ?? (context.defaultNamespace || DEFAULT_NAMESPACE);
  const textual = JSON.stringify(ref);
  if (!kind) {
    return {
      ok: false,
      missingKind: true,
      message: `Entity reference ${textual} had missing or empty kind (e.g. did not start with "component:" or similar)`,
    };
  }
  if (!namespace) return { ok: false, message: `Entity reference ${textual} had missing or empty namespace` };
  if (!parts.name) return { ok: false, message: `Entity reference ${textual} had missing or empty name` };
  return { ok: true, ref: { kind, namespace, name: parts.name } };
}

type RefParts = { kind?: string; namespace?: string; name?: string } | { message: string };

function splitRefString(ref: string): RefParts {
  let colon = ref.indexOf(':');
  const slash = ref.indexOf('/');
  if (slash !== -1 && slash < colon) colon = -1;
  const kind = colon === -1 ? undefined : ref.slice(0, colon);
  const namespace = slash === -1 ? undefined : ref.slice(colon + 1, slash);
  const name = ref.slice(Math.max(colon + 1, slash + 1));
  if (kind === '' || namespace === '' || name === '') {
    return { message: `Entity reference "${ref}" was not on the form [<kind>:][<namespace>/]<name>` };
  }
  return { kind, namespace, name };
}

/** Backstage also takes `{kind?, namespace?, name}` objects where no schema asks for a string. */
function compoundParts(ref: unknown): RefParts {
  const o = (typeof ref === 'object' && ref !== null ? ref : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { kind: str(o.kind), namespace: str(o.namespace), name: str(o.name) };
}

export function stringifyEntityRef(ref: CompoundEntityRef): string {
  return `${ref.kind.toLowerCase()}:${ref.namespace.toLowerCase()}/${ref.name.toLowerCase()}`;
}

/**
 * A reference as an entity writes it (`team-a`, `group:team-a`, `group:ops/team-a`), resolved in the
 * entity's namespace to the full lowercased ref; undefined when it does not parse.
 */
export function refFrom(entity: Pick<Entity, 'metadata'>, value: unknown, defaultKind: string): string | undefined {
  const parsed = parseEntityRef(value, {
    defaultKind,
    defaultNamespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
  });
  return parsed.ok ? stringifyEntityRef(parsed.ref) : undefined;
}

export function compoundRefOf(entity: Pick<Entity, 'kind' | 'metadata'>): CompoundEntityRef {
  return { kind: entity.kind, namespace: entity.metadata.namespace || DEFAULT_NAMESPACE, name: entity.metadata.name };
}

export const entityRefOf = (entity: Pick<Entity, 'kind' | 'metadata'>): string =>
  stringifyEntityRef(compoundRefOf(entity));

/** The shortest form that means the same from inside `namespace`, for people to read. */
export function humanizeEntityRef(
  ref: CompoundEntityRef,
  options: { defaultKind?: string; namespace?: string } = {},
): string {
  const ns = options.namespace ?? DEFAULT_NAMESPACE;
  const kind =
    options.defaultKind && options.defaultKind.toLowerCase() === ref.kind.toLowerCase()
      ? ''
      : `${ref.kind.toLowerCase()}:`;
  const namespace = ref.namespace.toLowerCase() === ns.toLowerCase() ? '' : `${ref.namespace}/`;
  return `${kind}${namespace}${ref.name}`;
}
