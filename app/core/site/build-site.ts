/**
 * The catalog site, as files: the app shell (index.html, the table, search and entity pages, drawn
 * in the browser from the data scripts), the data scripts, each entity's rendered docs and each
 * API's reference page, and the assets (the site's script and styles, Redoc, AsyncAPI's component).
 * Pure: the docs trees and the assets are read by the adapter and handed in, so the same catalog and
 * inputs give the same bytes.
 */
import MiniSearch from 'minisearch';
import { readApiDefinition, definitionText, type ApiDefinition } from '../api-definition/api-definition.ts';
import type { CatalogView } from '../catalog/render/catalog-view.ts';
import { displayName, kindOfRef } from '../catalog/render/pages/entity-summary.ts';
import type { CatalogProblem } from '../catalog/types.ts';
import type { CommitFileChange } from '../file-change.ts';
import { renderApiPage } from './api-reference.ts';
import { escapeHtml, pageShell } from './html.ts';
import { DOCS_INDEX, ENTITY_INDEX, type DocsDocument, type EntityDocument } from './search-options.ts';
import {
  dataScript,
  entityBuckets,
  problemsByRef,
  rowChunks,
  siteMeta,
  tableRows,
  type EntityExtras,
} from './site-data.ts';
import { ROW, apiPage, dataScriptPath, docsFolder, refRoute, type Row } from './site-format.ts';
import { renderDocs } from './techdocs.ts';
import type { DocsRecord, EntityDocs } from './read-site-docs.ts';

export interface SiteInput {
  view: CatalogView;
  /** Each entity's docs (by ref): read now, kept from the last build, or refused. Without TechDocs, absent. */
  docs: ReadonlyMap<string, EntityDocs>;
  /** The site's static assets (path under assets/ → content), from the build's `dist/site`. */
  assets: ReadonlyMap<string, string | Uint8Array>;
}

export interface SiteFile {
  path: string;
  content: string | Uint8Array;
}

export interface SiteSummary {
  entities: number;
  docsPages: number;
  apiPages: number;
  /** Folders of docs kept from the last build (not rendered again): their files stay. */
  kept: string[];
}

/**
 * The site as changes to a folder that holds `existing` (paths relative to it): every file of the site,
 * then the removal of what the folder held and the new site has not, but for the docs the site kept
 * and what `keep` says is not the site's. The CLI writes these to disk, the app commits them.
 */
export function* replacingSite(
  site: Generator<SiteFile, SiteSummary>,
  existing: readonly string[],
  keep: (path: string) => boolean = () => false,
): Generator<CommitFileChange, SiteSummary> {
  const produced = new Set<string>();
  let next = site.next();
  for (; !next.done; next = site.next()) {
    produced.add(next.value.path);
    yield next.value;
  }
  const kept = next.value.kept.map((folder) => `${folder}/`);
  for (const path of existing)
    if (!produced.has(path) && !keep(path) && !kept.some((k) => path.startsWith(k))) yield { path, content: null };
  return next.value;
}

/** Where the site keeps what it rendered of an entity's docs, for a later build that does not read them again. */
export const docsRecordPath = (ref: string): string => `data/docs/${refRoute(ref)}.json`;

/** What the docs and API parts of a build add to the entities' pages, problems and search. */
interface Gathered {
  extras: Map<string, EntityExtras>;
  problems: CatalogProblem[];
  documents: DocsDocument[];
  /** Each entity's row (its id in the search indexes). */
  rowOf: ReadonlyMap<string, number>;
}

/** Every file of the site, rendered as it is taken; the generator returns what it rendered. */
export function* siteFiles(input: SiteInput): Generator<SiteFile, SiteSummary> {
  const { view } = input;
  const gathered: Gathered = {
    extras: new Map(),
    problems: [],
    documents: [],
    rowOf: new Map(view.entities.map((e, i) => [e.ref, i])),
  };
  const docs = yield* docsFiles(view, input.docs, gathered);
  const apiPages = yield* apiFiles(view, gathered);
  const entities = yield* dataFiles(view, gathered);
  yield { path: 'index.html', content: appShell(view.organization) };
  for (const [path, content] of input.assets) yield { path: `assets/${path}`, content };
  // GitHub Pages, when it publishes from a branch, runs Jekyll, which would drop files named `_…`.
  yield { path: '.nojekyll', content: '' };
  return { entities, docsPages: docs.pages, apiPages, kept: docs.kept };
}

/** Each entity's TechDocs: rendered (with the record a later build keeps them by), kept, or refused with why. */
function* docsFiles(
  view: CatalogView,
  docs: ReadonlyMap<string, EntityDocs>,
  gathered: Gathered,
): Generator<SiteFile, { pages: number; kept: string[] }> {
  let pages = 0;
  const kept: string[] = [];
  for (const [ref, entry] of docs) {
    const problem = (message: string) => gathered.problems.push(docsProblem(view, ref, message));
    if (!entry.location.ok) {
      problem(entry.location.message);
      continue;
    }
    let record: DocsRecord;
    if ('kept' in entry) {
      record = entry.kept;
      kept.push(docsFolder(ref));
    } else if (!entry.tree) {
      const { repository, dir } = entry.location.location;
      problem(`its TechDocs folder (${repository}/${dir || '.'}) cannot be read`);
      continue;
    } else {
      const rendered = renderDocs({
        ref,
        title: displayName(view, ref),
        organization: view.organization,
        tree: entry.tree,
        sourceUrl: entry.sourceUrl ?? '',
      });
      for (const [path, content] of rendered.files) {
        if (path.endsWith('.html')) pages++;
        yield { path, content };
      }
      record = { nav: rendered.nav, sections: rendered.sections, problems: rendered.problems };
      yield { path: docsRecordPath(ref), content: `${JSON.stringify(record)}\n` };
    }
    for (const message of record.problems) problem(`TechDocs: ${message}`);
    gathered.extras.set(ref, { docs: { root: docsFolder(ref), nav: record.nav } });
    for (const s of record.sections)
      gathered.documents.push({
        id: gathered.documents.length,
        ...s,
        entity: gathered.rowOf.get(ref)!,
        type: 'docs',
      });
  }
  return { pages, kept };
}

/** A docs problem of an entity, placed at its descriptor (the page says it, not errors.md). */
function docsProblem(view: CatalogView, ref: string, message: string): CatalogProblem {
  const source = view.entity(ref)?.source;
  return {
    kind: 'docs',
    severity: 'warning',
    message,
    ref,
    ...(source ? { repository: source.repository, path: source.path, line: source.line, url: source.url } : {}),
  };
}

/** Each API's reference page; its operations go to the search. Returns how many. */
function* apiFiles(view: CatalogView, gathered: Gathered): Generator<SiteFile, number> {
  let pages = 0;
  for (const e of view.entities) {
    if (kindOfRef(e.ref) !== 'api') continue;
    const type = typeof e.entity.spec?.type === 'string' ? e.entity.spec.type : '';
    const definition: ApiDefinition = readApiDefinition(type, e.entity.spec?.definition);
    const title = displayName(view, e.ref);
    const raw = definitionText(e.entity.spec?.definition) ?? '';
    yield {
      path: apiPage(e.ref),
      content: renderApiPage({ ref: e.ref, title, organization: view.organization, definition, raw }),
    };
    pages++;
    const operations = definition.ok ? definition.operations : [];
    const api = { type: type.toLowerCase(), page: apiPage(e.ref), operations: operations.length };
    gathered.extras.set(e.ref, {
      ...gathered.extras.get(e.ref),
      api: definition.ok ? api : { ...api, error: definition.error },
    });
    for (const op of operations)
      gathered.documents.push({
        id: gathered.documents.length,
        title: `${title}: ${op.title}`,
        text: op.summary,
        url: `${apiPage(e.ref)}${op.anchor ? `#${op.anchor}` : ''}`,
        entity: gathered.rowOf.get(e.ref)!,
        type: 'api',
      });
  }
  return pages;
}

/** The data scripts: rows, entity buckets, the two search indexes, and the catalog's summary last. Returns the rows. */
function* dataFiles(view: CatalogView, gathered: Gathered): Generator<SiteFile, number> {
  const problems = problemsByRef(view, gathered.problems);
  const rows = tableRows(view, problems);
  const chunks = rowChunks(rows);
  for (const [name, chunk] of chunks) yield { path: dataScriptPath(name), content: dataScript(name, chunk) };
  for (const [name, bucket] of entityBuckets(view, problems, gathered.extras))
    yield { path: dataScriptPath(name), content: dataScript(name, bucket) };
  yield { path: dataScriptPath('search-entities'), content: dataScript('search-entities', entityIndex(rows)) };
  const hasDocs = gathered.documents.length > 0;
  if (hasDocs) {
    const docs = new MiniSearch<DocsDocument>(DOCS_INDEX);
    docs.addAll(gathered.documents);
    yield { path: dataScriptPath('search-docs'), content: dataScript('search-docs', docs.toJSON()) };
  }
  yield {
    path: dataScriptPath('catalog'),
    content: dataScript('catalog', siteMeta(view, rows, [...chunks.keys()], hasDocs)),
  };
  return rows.length;
}

/** The entities' search index: names split on punctuation, the owner and system by their names. */
function entityIndex(rows: readonly Row[]) {
  const index = new MiniSearch<EntityDocument>(ENTITY_INDEX);
  const nameOf = (ref: string) => ref.slice(ref.indexOf('/') + 1);
  index.addAll(
    rows.map((r, id) => ({
      id,
      name: r[ROW.name],
      title: r[ROW.title] === r[ROW.name] ? '' : r[ROW.title],
      description: r[ROW.description].slice(0, 300),
      tags: r[ROW.tags].join(' '),
      kind: r[ROW.kind],
      type: r[ROW.type],
      owner: r[ROW.owner] ? nameOf(r[ROW.owner]) : '',
      system: r[ROW.system] ? nameOf(r[ROW.system]) : '',
    })),
  );
  return index.toJSON();
}

/** index.html: the shell the browser draws the catalog into, with the catalog's summary loaded first. */
function appShell(organization: string): string {
  return pageShell({
    path: 'index.html',
    title: 'Catalog',
    organization,
    body: `<main id="main" tabindex="-1"><noscript><p>The catalog's table, search and pages are drawn by the browser: allow scripts for this page. The catalog repository's Markdown pages hold the same facts.</p></noscript><p class="loading">Loading the ${escapeHtml(organization)} catalog…</p></main>\n<div id="live" class="visually-hidden" aria-live="polite"></div>`,
    scripts: `<script src="assets/site.js"></script>\n<script src="${dataScriptPath('catalog')}"></script>\n`,
  });
}
