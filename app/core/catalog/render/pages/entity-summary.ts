/**
 * The facts every page and index.json show about an entity, read once: owner, system and domain
 * come from its relations (so defaults and namespaces are already resolved), the rest from the
 * descriptor. A component's domain is its system's domain, as Backstage's UI shows it.
 */
import { isRecord, type EntityLink } from '../../../model/entity.ts';
import { humanizeEntityRef, parseEntityRef } from '../../../model/entity-ref.ts';
import type { CatalogEntity } from '../../types.ts';
import type { CatalogView, EntitySummary } from '../catalog-view.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** The kind part of a canonical ref (`component:default/x` → `component`): canonical refs always name it. */
export function kindOfRef(ref: string): string {
  const colon = ref.indexOf(':');
  return colon > 0 ? ref.slice(0, colon).toLowerCase() : '';
}

/** The first `partOf` target of one kind. */
const partOfKind = (view: CatalogView, ref: string, kind: string) =>
  view.targets(ref, 'partOf').find((t) => kindOfRef(t) === kind);

/** An entity's summary, computed once per view: it appears in many tables of many pages. */
export function summarize(view: CatalogView, e: CatalogEntity): EntitySummary {
  let summary = view.summaries.get(e.ref);
  if (!summary) view.summaries.set(e.ref, (summary = computeSummary(view, e)));
  return summary;
}

function computeSummary(view: CatalogView, e: CatalogEntity): EntitySummary {
  const { metadata, spec } = e.entity;
  const lifecycle = str(spec?.lifecycle);
  const system = partOfKind(view, e.ref, 'system');
  const domain = partOfKind(view, e.ref, 'domain') ?? (system ? partOfKind(view, system, 'domain') : undefined);
  const summary: EntitySummary = {
    ref: e.ref,
    kind: e.entity.kind,
    namespace: str(metadata.namespace) ?? 'default',
    name: metadata.name,
    tags: Array.isArray(metadata.tags) ? metadata.tags.filter((t): t is string => typeof t === 'string') : [],
    deprecated: lifecycle?.toLowerCase() === 'deprecated',
  };
  const optional: Partial<EntitySummary> = {
    title: str(metadata.title),
    description: str(metadata.description),
    type: str(spec?.type),
    lifecycle,
    owner: view.targets(e.ref, 'ownedBy')[0],
    system,
    domain,
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(summary, { [key]: value });
  return summary;
}

/** How people read a ref: `group:team-a`, the namespace only when not `default`. */
export function humanRef(ref: string): string {
  const parsed = parseEntityRef(ref);
  return parsed.ok ? humanizeEntityRef(parsed.ref) : ref;
}

/**
 * The title, else a Group's or User's display name, else the name (as Backstage presents entities); for a ref not in
 * the catalog, the ref.
 */
export function displayName(view: CatalogView, ref: string): string {
  const e = view.entity(ref);
  if (!e) return humanRef(ref);
  return str(e.entity.metadata.title) ?? profileOf(e).displayName ?? e.entity.metadata.name;
}

/** `metadata.links`, keeping only entries with a string URL. */
export function linksOf(e: CatalogEntity): EntityLink[] {
  const links = e.entity.metadata.links;
  return Array.isArray(links) ? links.filter((l): l is EntityLink => isRecord(l) && typeof l.url === 'string') : [];
}

export interface Profile {
  displayName?: string;
  email?: string;
}

/** `spec.profile` of a Group or User. */
export function profileOf(e: CatalogEntity): Profile {
  const profile = e.entity.spec?.profile;
  if (!isRecord(profile)) return {};
  const displayName = str(profile.displayName);
  const email = str(profile.email);
  return { ...(displayName ? { displayName } : {}), ...(email ? { email } : {}) };
}

export { kindLabel } from '../../../model/kinds.ts';
