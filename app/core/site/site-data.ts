/**
 * The site's data, from the catalog view: the table's rows, the facets a reader filters by, and
 * each entity's page data. What an entity's page says is what its Markdown page says (the same
 * summary, names and relations), so the site and the catalog repository never disagree.
 */
import { isRecord } from '../model/entity.ts';
import type { CatalogView } from '../catalog/render/catalog-view.ts';
import { displayName, kindOfRef, linksOf, profileOf, summarize } from '../catalog/render/pages/entity-summary.ts';
import type { CatalogEntity, CatalogProblem } from '../catalog/types.ts';
import {
  DATA_CALLBACK,
  ROW,
  ROWS_PER_CHUNK,
  bucketCount,
  bucketName,
  bucketOf,
  type EntityDetail,
  type RelatedEntity,
  type Row,
  type SiteMeta,
} from './site-format.ts';

/** What the site shows of an entity beyond the catalog: its rendered docs and API reference. */
export interface EntityExtras {
  docs?: EntityDetail['docs'];
  api?: EntityDetail['api'];
}

/**
 * A data script: the value handed to the site's callback under its name, as a JSON string parsed by
 * `JSON.parse` (V8 parses JSON text much faster than the same object literal: megabytes of search index
 * are on the way to the first search result).
 */
export const dataScript = (name: string, value: unknown): string =>
  `${DATA_CALLBACK}(${JSON.stringify(name)},JSON.parse(${JSON.stringify(JSON.stringify(value))}));\n`;

export function tableRows(view: CatalogView, problems: ReadonlyMap<string, readonly CatalogProblem[]>): Row[] {
  return view.entities.map((e) => {
    const s = summarize(view, e);
    return [
      e.ref,
      s.kind,
      s.namespace,
      s.name,
      displayName(view, e.ref),
      s.type ?? '',
      s.owner ?? '',
      s.lifecycle ?? '',
      s.tags,
      s.system ?? '',
      s.description ?? '',
      problems.get(e.ref)?.length ?? 0,
    ];
  });
}

/** The rows in chunks: name → rows. */
export function rowChunks(rows: readonly Row[]): Map<string, Row[]> {
  const chunks = new Map<string, Row[]>();
  for (let i = 0; i < rows.length || i === 0; i += ROWS_PER_CHUNK)
    chunks.set(`rows-${i / ROWS_PER_CHUNK}`, rows.slice(i, i + ROWS_PER_CHUNK));
  return chunks;
}

export function siteMeta(
  view: CatalogView,
  rows: readonly Row[],
  chunks: readonly string[],
  docsIndex: boolean,
): SiteMeta {
  // The names a filter shows for the refs it lists (owners, systems): "Team A", not a ref.
  const names: Record<string, string> = {};
  for (const row of rows)
    for (const ref of [row[ROW.owner], row[ROW.system]])
      if (ref && !Object.hasOwn(names, ref)) names[ref] = displayName(view, ref);
  return {
    organization: view.organization,
    entities: rows.length,
    chunks: [...chunks],
    buckets: bucketCount(rows.length),
    names,
    teams: view.entities.filter((e) => kindOfRef(e.ref) === 'group').map((e) => e.ref),
    docsIndex,
  };
}

/** Each bucket's entities' page data: bucket name → ref → detail. */
export function entityBuckets(
  view: CatalogView,
  problems: ReadonlyMap<string, readonly CatalogProblem[]>,
  extras: ReadonlyMap<string, EntityExtras>,
): Map<string, Record<string, EntityDetail>> {
  const buckets = bucketCount(view.entities.length);
  const byBucket = new Map<string, Record<string, EntityDetail>>();
  for (let b = 0; b < buckets; b++) byBucket.set(bucketName(b), {});
  for (const e of view.entities)
    byBucket.get(bucketName(bucketOf(e.ref, buckets)))![e.ref] = entityDetail(
      view,
      e,
      problems.get(e.ref) ?? [],
      extras.get(e.ref),
    );
  return byBucket;
}

function related(view: CatalogView, type: string, ref: string): RelatedEntity {
  const known = view.entity(ref);
  return { type, ref, name: displayName(view, ref), kind: known?.entity.kind ?? kindOfRef(ref), known: !!known };
}

export function entityDetail(
  view: CatalogView,
  e: CatalogEntity,
  problems: readonly CatalogProblem[],
  extras: EntityExtras | undefined,
): EntityDetail {
  const s = summarize(view, e);
  const annotations = e.entity.metadata.annotations;
  const profile = profileOf(e);
  return {
    ref: e.ref,
    kind: s.kind,
    namespace: s.namespace,
    name: s.name,
    title: displayName(view, e.ref),
    ...(s.description ? { description: s.description } : {}),
    ...(s.type ? { type: s.type } : {}),
    ...(s.lifecycle ? { lifecycle: s.lifecycle } : {}),
    ...(s.owner ? { owner: related(view, 'ownedBy', s.owner) } : {}),
    ...(ownerContact(view, s.owner) ?? {}),
    ...(s.system ? { system: related(view, 'partOf', s.system) } : {}),
    ...(s.domain ? { domain: related(view, 'partOf', s.domain) } : {}),
    tags: s.tags,
    links: linkEntries(e),
    ...(profile.email ? { email: profile.email } : {}),
    annotations: isRecord(annotations)
      ? Object.entries(annotations).filter((a): a is [string, string] => typeof a[1] === 'string')
      : [],
    source: { repository: e.source.repository, path: e.source.path, line: e.source.line, url: e.source.url },
    status: e.status.state,
    ...(e.status.state === 'stale' ? { staleErrors: e.status.errors } : {}),
    archived: e.archived,
    relations: view.relations(e.ref).map((r) => related(view, r.type, r.target)),
    scores: view.scores(e.ref).map((t) => ({
      track: t.track,
      title: t.title,
      level: t.level,
      levels: t.levels,
      levelName: t.levelName,
    })),
    problems: problems.map((p) => ({
      severity: p.severity,
      message: p.message,
      where: [p.repository, p.path && `${p.path}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`]
        .filter(Boolean)
        .join(' '),
      ...(p.url ? { url: p.url } : {}),
    })),
    ...(extras?.docs ? { docs: extras.docs } : {}),
    ...(extras?.api ? { api: extras.api } : {}),
  };
}

const linkEntries = (e: CatalogEntity) =>
  linksOf(e).map((l) => ({ url: l.url, title: typeof l.title === 'string' && l.title ? l.title : l.url }));

function ownerContact(view: CatalogView, ref: string | undefined): Pick<EntityDetail, 'ownerContact'> | undefined {
  const owner = ref ? view.entity(ref) : undefined;
  if (!owner) return undefined;
  const email = profileOf(owner).email;
  const links = linkEntries(owner);
  return email || links.length ? { ownerContact: { ...(email ? { email } : {}), links } } : undefined;
}

/** The problems of each entity, by ref. */
export function problemsByRef(view: CatalogView, extra: readonly CatalogProblem[] = []): Map<string, CatalogProblem[]> {
  const byRef = new Map<string, CatalogProblem[]>();
  for (const p of [...view.problems, ...extra])
    if (p.ref) (byRef.get(p.ref) ?? byRef.set(p.ref, []).get(p.ref)!).push(p);
  return byRef;
}
