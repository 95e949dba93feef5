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
import { ROW, apiPage, dataScriptPath, docsFolder, refRoute } from './site-format.ts';
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

/** Where the site keeps what it rendered of an entity's docs, for a later build that does not read them again. */
export const docsRecordPath = (ref: string): string => `data/docs/${refRoute(ref)}.json`;

/** Every file of the site, rendered as it is taken; the generator returns what it rendered. */
export function* siteFiles(input: SiteInput): Generator<SiteFile, SiteSummary> {
  const { view } = input;
  const extras = new Map<string, EntityExtras>();
  const siteProblems: CatalogProblem[] = [];
  const docsDocuments: DocsDocument[] = [];
  const rowOf = new Map(view.entities.map((e, i) => [e.ref, i]));
  let docsPages = 0;
  let apiPages = 0;

  const kept: string[] = [];
  for (const [ref, docs] of input.docs) {
    const entity = view.entity(ref);
    const problem = (message: string) =>
      siteProblems.push({
        kind: 'docs',
        severity: 'warning',
        message,
        ref,
        ...(entity
          ? {
              repository: entity.source.repository,
              path: entity.source.path,
              line: entity.source.line,
              url: entity.source.url,
            }
          : {}),
      });
    if (!docs.location.ok) {
      problem(docs.location.message);
      continue;
    }
    let record: DocsRecord;
    if ('kept' in docs) {
      record = docs.kept;
      kept.push(docsFolder(ref));
    } else if (!docs.tree) {
      problem(
        `its TechDocs folder (${docs.location.location.repository}/${docs.location.location.dir || '.'}) cannot be read`,
      );
      continue;
    } else {
      const rendered = renderDocs({
        ref,
        title: displayName(view, ref),
        organization: view.organization,
        tree: docs.tree,
        sourceUrl: docs.sourceUrl ?? '',
      });
      for (const [path, content] of rendered.files) {
        if (path.endsWith('.html')) docsPages++;
        yield { path, content };
      }
      record = { nav: rendered.nav, sections: rendered.sections, problems: rendered.problems };
      yield { path: docsRecordPath(ref), content: `${JSON.stringify(record)}\n` };
    }
    for (const message of record.problems) problem(`TechDocs: ${message}`);
    extras.set(ref, { docs: { root: docsFolder(ref), nav: record.nav } });
    for (const s of record.sections)
      docsDocuments.push({
        id: docsDocuments.length,
        title: s.title,
        text: s.text,
        url: s.url,
        entity: rowOf.get(ref)!,
        type: 'docs',
      });
  }

  for (const e of view.entities) {
    if (kindOfRef(e.ref) !== 'api') continue;
    const type = typeof e.entity.spec?.type === 'string' ? e.entity.spec.type : '';
    const definition: ApiDefinition = readApiDefinition(type, e.entity.spec?.definition);
    const title = displayName(view, e.ref);
    yield {
      path: apiPage(e.ref),
      content: renderApiPage({
        ref: e.ref,
        title,
        organization: view.organization,
        definition,
        raw: definitionText(e.entity.spec?.definition) ?? '',
      }),
    };
    apiPages++;
    const operations = definition.ok ? definition.operations : [];
    extras.set(e.ref, {
      ...extras.get(e.ref),
      api: {
        type: type.toLowerCase(),
        page: apiPage(e.ref),
        operations: operations.length,
        ...(definition.ok ? {} : { error: definition.error }),
      },
    });
    for (const op of operations)
      docsDocuments.push({
        id: docsDocuments.length,
        title: `${title}: ${op.title}`,
        text: op.summary,
        url: `${apiPage(e.ref)}${op.anchor ? `#${op.anchor}` : ''}`,
        entity: rowOf.get(e.ref)!,
        type: 'api',
      });
  }

  const problems = problemsByRef(view, siteProblems);
  const rows = tableRows(view, problems);
  const chunks = rowChunks(rows);
  for (const [name, chunk] of chunks) yield { path: dataScriptPath(name), content: dataScript(name, chunk) };
  for (const [name, bucket] of entityBuckets(view, problems, extras))
    yield { path: dataScriptPath(name), content: dataScript(name, bucket) };
  yield { path: dataScriptPath('search-entities'), content: dataScript('search-entities', entityIndex(rows)) };
  if (docsDocuments.length) {
    const docs = new MiniSearch<DocsDocument>(DOCS_INDEX);
    docs.addAll(docsDocuments);
    yield { path: dataScriptPath('search-docs'), content: dataScript('search-docs', docs.toJSON()) };
  }
  yield {
    path: dataScriptPath('catalog'),
    content: dataScript('catalog', siteMeta(view, rows, [...chunks.keys()], docsDocuments.length > 0)),
  };
  yield { path: 'index.html', content: appShell(view.organization) };
  for (const [path, content] of input.assets) yield { path: `assets/${path}`, content };
  // GitHub Pages, when it publishes from a branch, runs Jekyll, which would drop files named `_…`.
  yield { path: '.nojekyll', content: '' };
  return { entities: rows.length, docsPages, apiPages, kept };
}

/** The entities' search index: names split on punctuation, the owner and system by their names. */
function entityIndex(rows: readonly import('./site-format.ts').Row[]) {
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
