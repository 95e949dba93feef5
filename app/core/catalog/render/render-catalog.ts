/**
 * Every file of the catalog folder, rendered from the assembled catalog: the README overview, one
 * page per entity, the processing status, `index.json` with its schema, the stitched YAML of each
 * entity, and the Backstage Location (`all.yaml`, with `imported.yaml` when teams are imported).
 * Pure and deterministic: the same catalog, in any array order, gives the same paths and bytes.
 */
import type { Catalog } from '../types.ts';
import { createCatalogView } from './catalog-view.ts';
import {
  ALL_PATH,
  ERRORS_PATH,
  IMPORTED_PATH,
  INDEX_PATH,
  INDEX_SCHEMA_PATH,
  README_PATH,
  entityPagePath,
  entityYamlPath,
} from './catalog-paths.ts';
import { compareStrings } from './compare.ts';
import { renderIndexSchema } from './index-schema.ts';
import { renderEntityPage } from './render-entity-page.ts';
import { renderEntityYaml } from './render-entity-yaml.ts';
import { renderErrors } from './render-errors.ts';
import { renderImported } from './render-imported.ts';
import { renderIndexJson } from './render-index-json.ts';
import { renderLocation } from './render-location.ts';
import { renderOverview } from './render-overview.ts';

export interface RenderOptions {
  /** The folder of the catalog repository the files go in, e.g. `catalog` (POSIX, no trailing slash). */
  folder: string;
  /**
   * Render the page and YAML of these entities only (the overview, index, errors and Location are
   * always rendered). An incremental build names the entities whose pages can have changed.
   */
  entities?: ReadonlySet<string>;
}

/** The two files of one entity, under the folder. */
export const entityFiles = (ref: string, folder: string): string[] => [entityPagePath(ref), entityYamlPath(ref)].map((p) => (folder ? `${folder.replace(/\/+$/, '')}/${p}` : p));

/** Path (under `options.folder`, POSIX) → content, in path order. */
export function renderCatalog(catalog: Catalog, options: RenderOptions): Map<string, string> {
  const view = createCatalogView(catalog);
  const files = new Map<string, string>([
    [README_PATH, renderOverview(view)],
    [ERRORS_PATH, renderErrors(view)],
    [INDEX_PATH, renderIndexJson(view)],
    [INDEX_SCHEMA_PATH, renderIndexSchema()],
    [ALL_PATH, renderLocation(view)],
  ]);
  const imported = renderImported(view);
  if (imported !== undefined) files.set(IMPORTED_PATH, imported);
  for (const e of view.entities) {
    if (options.entities && !options.entities.has(e.ref)) continue;
    files.set(entityPagePath(e.ref), renderEntityPage(view, e));
    files.set(entityYamlPath(e.ref), renderEntityYaml(view, e));
  }
  const prefix = options.folder.replace(/\/+$/, '');
  const under = (path: string) => (prefix ? `${prefix}/${path}` : path);
  return new Map([...files].sort(([a], [b]) => compareStrings(a, b)).map(([path, content]) => [under(path), content]));
}
