/**
 * Every file of the catalog folder, rendered from the assembled catalog: the README overview, one
 * page per entity, the processing status, the index (`index.json`, its shards, the problems and
 * the schema), the stitched YAML of each entity, and the Backstage Location (`all.yaml`, with
 * `imported.yaml` when teams are imported). Pure and deterministic: the same catalog, in any array
 * order, gives the same paths and bytes.
 *
 * Files are rendered one at a time as they are taken, so a catalog of any size is rendered in
 * little memory; an incremental build names the entities and index shards to render again, and
 * the others are listed without content (they are what the last build wrote).
 */
import type { Catalog } from '../types.ts';
import { createCatalogView, type CatalogScores, type CatalogView } from './catalog-view.ts';
import {
  ALL_PATH,
  ERRORS_PATH,
  IMPORTED_PATH,
  INDEX_PATH,
  INDEX_SCHEMA_PATH,
  PROBLEMS_PATH,
  README_PATH,
  entityPagePath,
  entityYamlPath,
  indexShardPath,
} from './catalog-paths.ts';
import { compareStrings } from './compare.ts';
import { renderIndexSchema } from './index/index-schema.ts';
import { renderEntityPage } from './pages/render-entity-page.ts';
import { renderEntityYaml } from './backstage/render-entity-yaml.ts';
import { renderErrors } from './pages/render-errors.ts';
import { renderImported } from './backstage/render-imported.ts';
import { indexShards, renderIndexJson, renderIndexShard, renderProblemsJson } from './index/render-index-json.ts';
import { renderLocation } from './backstage/render-location.ts';
import { renderOverview } from './pages/render-overview.ts';
import { trimChars } from '../../trim-chars.ts';

export interface RenderOptions {
  /** The folder of the catalog repository the files go in, e.g. `catalog` (POSIX, no trailing slash). */
  folder: string;
  /** Render the page and YAML of these entities only; all when absent. */
  entities?: ReadonlySet<string>;
  /** Render these index shards only; all when absent. The other catalog-wide files are always rendered. */
  shards?: ReadonlySet<string>;
}

export interface CatalogFile {
  /** Its path, under the folder. */
  path: string;
  /** Its content; undefined when it was not rendered again (it is what the last build wrote). */
  content: string | undefined;
  /** For an entity's page or YAML: whose, and which. */
  entity?: { ref: string; file: 'page' | 'yaml' };
}

/** The two files of one entity, under the folder. */
export const entityFiles = (ref: string, folder: string): { page: string; yaml: string } => ({
  page: under(folder, entityPagePath(ref)),
  yaml: under(folder, entityYamlPath(ref)),
});

const under = (folder: string, path: string) => {
  const prefix = trimChars(folder, '/');
  return prefix ? `${prefix}/${path}` : path;
};

/**
 * Every file of the catalog, each rendered when it is taken. Entity files first, by ref; then the catalog-wide ones.
 */
export function* catalogFiles(view: CatalogView, options: RenderOptions): Generator<CatalogFile> {
  const { folder } = options;
  for (const e of view.entities) {
    const paths = entityFiles(e.ref, folder);
    const render = !options.entities || options.entities.has(e.ref);
    yield {
      path: paths.page,
      content: render ? renderEntityPage(view, e) : undefined,
      entity: { ref: e.ref, file: 'page' },
    };
    yield {
      path: paths.yaml,
      content: render ? renderEntityYaml(view, e) : undefined,
      entity: { ref: e.ref, file: 'yaml' },
    };
  }
  const shards = indexShards(view);
  for (const [shard, entities] of shards) {
    const render = !options.shards || options.shards.has(shard);
    yield {
      path: under(folder, indexShardPath(shard)),
      content: render ? renderIndexShard(view, entities) : undefined,
    };
  }
  yield { path: under(folder, INDEX_PATH), content: renderIndexJson(view, shards) };
  yield { path: under(folder, PROBLEMS_PATH), content: renderProblemsJson(view) };
  yield { path: under(folder, INDEX_SCHEMA_PATH), content: renderIndexSchema() };
  yield { path: under(folder, README_PATH), content: renderOverview(view) };
  yield { path: under(folder, ERRORS_PATH), content: renderErrors(view) };
  yield { path: under(folder, ALL_PATH), content: renderLocation(view) };
  const imported = renderImported(view);
  if (imported !== undefined) yield { path: under(folder, IMPORTED_PATH), content: imported };
}

/** Every file, rendered: path (under `options.folder`, POSIX) → content, in path order. */
export function renderCatalog(
  catalog: Catalog,
  options: { folder: string; scores?: CatalogScores },
): Map<string, string> {
  const files = [...catalogFiles(createCatalogView(catalog, options.scores), { folder: options.folder })];
  return new Map(files.sort((a, b) => compareStrings(a.path, b.path)).map((f) => [f.path, f.content!]));
}
