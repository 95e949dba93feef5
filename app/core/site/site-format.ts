/**
 * The catalog site's data files, as the builder writes them and the browser reads them: this module
 * is shared by both (it imports nothing of Node's), so the two cannot disagree on a field's place.
 *
 * Every data file is a script that hands its value to `callboardData(name, value)`: a page opened
 * from disk (file://) may load scripts but not fetch files, and the site must work from disk.
 * - `data/catalog.js`: what there is (counts, facets, the chunks and buckets to load);
 * - `data/rows-<n>.js`: the table's rows, sorted by ref, in chunks of ROWS_PER_CHUNK;
 * - `data/entities/<bucket>.js`: each entity's page data, bucketed by a hash of its ref, so a
 *   deep link to one entity loads a few dozen entities, not the catalog;
 * - `data/search-entities.js`, `data/search-docs.js`: MiniSearch indexes, loaded on first search.
 */

/** The global function every data script calls. */
export const DATA_CALLBACK = 'callboardData';
export const ROWS_PER_CHUNK = 5_000;
/** Entity details per bucket, about: enough to make buckets few, few enough to load one fast. */
export const ENTITIES_PER_BUCKET = 64;

/** A table row: one entity in the fewest bytes (a tuple, not an object: keys are not repeated 100,000 times). */
export type Row = [
  ref: string,
  kind: string,
  namespace: string,
  name: string,
  title: string,
  type: string,
  /** The owner's ref, `''` for none. */
  owner: string,
  lifecycle: string,
  tags: string[],
  /** The system's ref, `''` for none. */
  system: string,
  description: string,
  /** How many problems (errors and warnings) it has. */
  problems: number,
];

export const ROW = {
  ref: 0,
  kind: 1,
  namespace: 2,
  name: 3,
  title: 4,
  type: 5,
  owner: 6,
  lifecycle: 7,
  tags: 8,
  system: 9,
  description: 10,
  problems: 11,
} as const;

/** The columns a reader filters by, with the row field each reads. */
export const FACETS = ['kind', 'type', 'owner', 'lifecycle', 'tags', 'system', 'namespace'] as const;
export type Facet = (typeof FACETS)[number];

/** The row field each facet reads. */
export const FACET_FIELD: Readonly<Record<Facet, number>> = {
  kind: ROW.kind,
  type: ROW.type,
  owner: ROW.owner,
  lifecycle: ROW.lifecycle,
  tags: ROW.tags,
  system: ROW.system,
  namespace: ROW.namespace,
};

export interface SiteMeta {
  organization: string;
  entities: number;
  /** Names of the row chunks, in order (`rows-0`…). */
  chunks: string[];
  /** How many entity buckets there are (a power of two). */
  buckets: number;
  /** Display names of the refs facets show (owners, systems), so a filter reads "Team A", not a ref. */
  names: Record<string, string>;
  /** The Groups a reader can choose as "my team", as refs. */
  teams: string[];
  /** Whether there are docs or API operations to search (data/search-docs.js exists). */
  docsIndex: boolean;
}

export interface RelatedEntity {
  type: string;
  ref: string;
  /** Its display name (the ref when it is not in the catalog). */
  name: string;
  kind: string;
  /** Whether the catalog has it. */
  known: boolean;
}

export interface DocsNavItem {
  title: string;
  /** The page's path under the entity's docs folder (`index.html`), absent for a section heading. */
  page?: string;
  depth: number;
}

export interface EntityDetail {
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string;
  description?: string;
  type?: string;
  lifecycle?: string;
  owner?: RelatedEntity;
  /** How to reach the owner: its e-mail and links (a chat channel, an on-call rota), as its contact card says. */
  ownerContact?: { email?: string; links: { url: string; title: string }[] };
  system?: RelatedEntity;
  domain?: RelatedEntity;
  tags: string[];
  links: { url: string; title: string }[];
  email?: string;
  annotations: [string, string][];
  source: { repository: string; path: string; line: number; url: string };
  status: 'current' | 'stale' | 'imported';
  /** Why the version shown is the last good one (its descriptor is broken now). */
  staleErrors?: string[];
  archived: boolean;
  relations: RelatedEntity[];
  scores: { track: string; title: string; level: number; levels: number; levelName: string | null }[];
  problems: { severity: 'error' | 'warning'; message: string; where: string; url?: string }[];
  docs?: { root: string; nav: DocsNavItem[] };
  api?: { type: string; page?: string; error?: string; operations: number };
}

/** How many entity buckets a catalog of `entities` has: a power of two, about ENTITIES_PER_BUCKET each. */
export function bucketCount(entities: number): number {
  let buckets = 1;
  while (buckets * ENTITIES_PER_BUCKET < entities) buckets *= 2;
  return buckets;
}

/** The bucket of a ref: 32-bit FNV-1a of its UTF-16 code units, the same in Node and the browser. */
export function bucketOf(ref: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < ref.length; i++) {
    h ^= ref.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & (buckets - 1);
}

export const bucketName = (bucket: number): string => `entities/${bucket.toString(16)}`;
export const dataScriptPath = (name: string): string => `data/${name}.js`;

/**
 * The segments of an entity's pages: `<namespace>/<kind>/<name>`, lowercased, as Backstage's
 * `/catalog/:namespace/:kind/:name` and `/docs/:namespace/:kind/:name` routes name them. A canonical
 * ref's parts hold `[a-z0-9._-]` only; anything else is percent-encoded so no segment climbs out.
 */
export function refRoute(ref: string): string {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon + 1);
  const kind = ref.slice(0, colon);
  const namespace = slash === -1 ? 'default' : ref.slice(colon + 1, slash);
  const name = ref.slice(slash === -1 ? colon + 1 : slash + 1);
  return [namespace, kind, name].map(segment).join('/');
}

const segment = (part: string) => {
  const encoded = encodeURIComponent(part.toLowerCase());
  return encoded === '.' || encoded === '..' || encoded === '' ? `%2E${encoded}` : encoded;
};

/** The ref a route names (the inverse of refRoute), or undefined. */
export function routeRef(route: string): string | undefined {
  const parts = route.split('/');
  if (parts.length !== 3) return undefined;
  try {
    const [namespace, kind, name] = parts.map((p) => decodeURIComponent(p));
    return `${kind}:${namespace}/${name}`;
  } catch {
    return undefined;
  }
}

/** The entity's page in the site, relative to the site's root. */
export const entityHref = (ref: string): string => `index.html#/catalog/${refRoute(ref)}`;
/** The folder of an entity's rendered docs, relative to the site's root. */
export const docsFolder = (ref: string): string => `docs/${refRoute(ref)}`;
/** An API's reference page, relative to the site's root. */
export const apiPage = (ref: string): string => `api/${refRoute(ref)}.html`;
