/**
 * Where each generated file lives, relative to the catalog folder, and relative links between them.
 * Paths are `<kind>/<namespace>/<name>` from the canonical (lowercased) ref.
 */
import { parseEntityRef } from '../../model/entity-ref.ts';

export const README_PATH = 'README.md';
export const ERRORS_PATH = 'errors.md';
export const INDEX_PATH = 'index.json';
export const INDEX_SCHEMA_PATH = 'index.schema.json';
export const INDEX_FOLDER = 'index';
export const PROBLEMS_PATH = `${INDEX_FOLDER}/problems.json`;
/** One shard of the index's entities, e.g. `index/3f.json`. */
export const indexShardPath = (shard: string): string => `${INDEX_FOLDER}/${shard}.json`;
export const ALL_PATH = 'all.yaml';
export const IMPORTED_PATH = 'imported.yaml';
export const ENTITIES_FOLDER = 'entities';

/**
 * One path segment. Valid Backstage names only hold `[a-z0-9._-]` once lowercased and are kept as
 * they are; anything else (never in a validated catalog) becomes `~<hex>`, which no valid name can
 * contain, so two refs never share a file and no segment climbs out of its folder.
 */
export function pathSegment(value: string): string {
  const lower = value.toLowerCase();
  const safe = lower.replace(/[^a-z0-9._-]/gu, (c) => `~${(c.codePointAt(0) ?? 0).toString(16)}`);
  return safe === '' || safe === '.' || safe === '..' ? `~${safe}` : safe;
}

/** A canonical ref whose parts need no escaping (the common case), split without parsing. */
const PLAIN_REF = /^([a-z0-9._-]+):([a-z0-9._-]+)\/([a-z0-9._-]+)$/;
const isDots = (segment: string) => segment === '.' || segment === '..';

function refSegments(ref: string): string[] {
  const plain = PLAIN_REF.exec(ref);
  if (plain && !plain.slice(1).some(isDots)) return [plain[1]!, plain[2]!, plain[3]!];
  const parsed = parseEntityRef(ref);
  if (!parsed.ok) return ['~', '~', pathSegment(ref)];
  const { kind, namespace, name } = parsed.ref;
  return [pathSegment(kind), pathSegment(namespace), pathSegment(name)];
}

/** The entity's Markdown page, e.g. `component/default/artist-lookup.md`. */
export const entityPagePath = (ref: string): string => `${refSegments(ref).join('/')}.md`;

/** The entity's stitched YAML, e.g. `entities/component/default/artist-lookup.yaml`. */
export const entityYamlPath = (ref: string): string => `${ENTITIES_FOLDER}/${refSegments(ref).join('/')}.yaml`;

/** A source URL without its `#L…` line anchor: the descriptor file itself. */
export const withoutFragment = (url: string): string => url.split('#')[0] ?? url;

/** How many folders deep a folder path (`a/b/`) is. */
function depth(dir: string): number {
  let n = 0;
  for (let i = dir.indexOf('/'); i !== -1; i = dir.indexOf('/', i + 1)) n++;
  return n;
}

/** The relative link from the file at `from` to the file at `to`, both relative to the folder. */
export function relativePath(from: string, to: string): string {
  // The common cases without splitting: a file in the same folder, or under another top folder.
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  if (to.startsWith(dir) && !to.includes('/', dir.length)) return to.slice(dir.length);
  const top = dir.slice(0, dir.indexOf('/') + 1);
  if (top && !to.startsWith(top)) return '../'.repeat(depth(dir)) + to;
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}
