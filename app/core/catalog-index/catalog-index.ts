/**
 * The catalog as `callboard catalog build` and the app write it (`index.json` and its shards), read
 * back: what a pull request's impact is computed against. The catalog repository is writable by
 * people, so its files are hostile input: each shard is checked against the index's own schema and
 * a shard that does not match is refused with its path and the first thing wrong.
 */
import { createSchemaCompiler, type SchemaCheck } from '../validation/schema-compiler.ts';
import { INDEX_SCHEMA } from '../catalog/render/index/index-schema.ts';
import { CatalogIndexError } from '../errors.ts';

export interface IndexRelation {
  type: string;
  target: string;
}

/** One entity of the index, as `index.schema.json#/definitions/entity` describes it. */
export interface IndexEntity {
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  description: string | null;
  type: string | null;
  lifecycle: string | null;
  owner: string | null;
  system: string | null;
  domain: string | null;
  tags: string[];
  displayName: string | null;
  email: string | null;
  links: { url: string; title: string | null; type: string | null }[];
  source: { repository: string; path: string; line: number; url: string };
  page: string;
  status: 'current' | 'stale' | 'imported';
  archived: boolean;
  relations: IndexRelation[];
}

export interface CatalogIndex {
  organization: string;
  get(ref: string): IndexEntity | undefined;
  /** The entities a repository (`owner/name`, any case) defines. */
  ofRepository(repository: string): IndexEntity[];
  /** The entities of a kind (any case), in the index's order. */
  ofKind(kind: string): IndexEntity[];
  /** The refs of one relation type from an entity. */
  targets(ref: string, type: string): string[];
  size: number;
}

// The index's own schema, as published beside it; a shard is checked against its definition.
let checks: { index: SchemaCheck; shard: SchemaCheck } | undefined;
const checksOf = () => {
  if (!checks) {
    const compiler = createSchemaCompiler();
    checks = {
      index: compiler.compile(INDEX_SCHEMA),
      shard: compiler.compile({ definitions: INDEX_SCHEMA.definitions, $ref: '#/definitions/shard' }),
    };
  }
  return checks;
};

function parse(path: string, text: string, check: SchemaCheck): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CatalogIndexError(
      `${path} is not JSON (${(e as Error).message}); rebuild the catalog (comment "/callboard reconcile" on the catalog repository)`,
    );
  }
  const errors = check(value);
  if (errors.length)
    throw new CatalogIndexError(
      `${path} does not match index.schema.json: ${errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}; rebuild the catalog`,
    );
  return value;
}

/** `index.json`: the organisation and the shard files (relative to the catalog folder). */
export function readIndexFile(path: string, text: string): { organization: string; shards: string[] } {
  const value = parse(path, text, checksOf().index) as { organization: string; shards: string[] };
  // A shard path is data from the repository: only `index/<hex>.json` is followed.
  const bad = value.shards.find((s) => !/^index\/[0-9a-f]{1,8}\.json$/.test(s));
  if (bad)
    throw new CatalogIndexError(`${path} lists a shard "${bad}" that is not index/<hex>.json; rebuild the catalog`);
  return value;
}

/** One shard's entities. */
export function readIndexShard(path: string, text: string): IndexEntity[] {
  return (parse(path, text, checksOf().shard) as { entities: IndexEntity[] }).entities;
}

export function catalogIndexOf(organization: string, entities: Iterable<IndexEntity>): CatalogIndex {
  const byRef = new Map<string, IndexEntity>();
  const byRepository = new Map<string, IndexEntity[]>();
  const byKind = new Map<string, IndexEntity[]>();
  const add = (map: Map<string, IndexEntity[]>, key: string, e: IndexEntity) =>
    (map.get(key) ?? map.set(key, []).get(key)!).push(e);
  for (const e of entities) {
    byRef.set(e.ref, e);
    add(byRepository, e.source.repository.toLowerCase(), e);
    add(byKind, e.ref.slice(0, e.ref.indexOf(':')), e); // refs are lower-case: `kind:namespace/name`
  }
  return {
    organization,
    get: (ref) => byRef.get(ref),
    ofRepository: (repository) => byRepository.get(repository.toLowerCase()) ?? [],
    ofKind: (kind) => byKind.get(kind.toLowerCase()) ?? [],
    targets: (ref, type) => (byRef.get(ref)?.relations ?? []).filter((r) => r.type === type).map((r) => r.target),
    size: byRef.size,
  };
}
