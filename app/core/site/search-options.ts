/**
 * How the site's two search indexes are built (in Node, at catalog time) and loaded and queried (in
 * the browser): MiniSearch needs the same options on both sides, so both import them from here.
 * Chosen by measurement (docs/site.md): MiniSearch finds a one-letter typo of a name, ranks by
 * field, and its index is about the size of the data it indexes; it loads from a script, so it
 * works from disk, where Pagefind's fetch of its index chunks cannot.
 */
import type { Options, SearchOptions } from 'minisearch';

/** One entity in the index: its row number is its id, so results need no stored fields. */
export interface EntityDocument {
  id: number;
  name: string;
  title: string;
  description: string;
  tags: string;
  kind: string;
  type: string;
  owner: string;
  system: string;
}

/** A docs section or an API operation. */
export interface DocsDocument {
  id: number;
  title: string;
  text: string;
  /** Where it is, relative to the site's root. */
  url: string;
  /** The row of the entity it belongs to. */
  entity: number;
  /** `docs` or `api`. */
  type: string;
}

/** Names like `artist-lookup` are split on punctuation as well as spaces, so `lookup` finds it. */
const tokenize = (text: string): string[] => text.split(/[\s\-_.,:;/()[\]{}'"`|!?#@*+=<>~^&%$\\]+/u);

/**
 * Words every description has find nothing and cost the most: each is a list of every entity. Left
 * out of the index and of queries alike (a tenth of the entities' index, measured on the bench's).
 */
const STOPWORDS = new Set('a an and are as at be by for from in is it its of on or that the this to with'.split(' '));
const processTerm = (term: string): string | null => {
  const lower = term.toLowerCase();
  return lower === '' || STOPWORDS.has(lower) ? null : lower;
};

export const ENTITY_INDEX: Options<EntityDocument> = {
  fields: ['name', 'title', 'description', 'tags', 'kind', 'type', 'owner', 'system'],
  storeFields: [],
  tokenize,
  processTerm,
};

export const ENTITY_SEARCH: SearchOptions = {
  boost: { name: 4, title: 3, tags: 2, owner: 1.5, system: 1.5 },
  prefix: true,
  fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  combineWith: 'AND',
};

export const DOCS_INDEX: Options<DocsDocument> = {
  fields: ['title', 'text'],
  storeFields: ['title', 'url', 'entity', 'type'],
  tokenize,
  processTerm,
};

export const DOCS_SEARCH: SearchOptions = {
  boost: { title: 3 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
};
