/**
 * The catalog site in the catalog repository (callboard.yaml's `site:`), as changes to the same
 * commit as the catalog: every file of the site under its folder (the commit drops those that did
 * not change, by blob id), and the removal of what the folder held but the new site has not. The
 * docs of repositories this build did not read again are kept as the last build rendered them (their
 * pages stay, their records are read back in one batched read), so a push reads one repository's docs.
 */
import type { CatalogSnapshot } from '../../catalog-repo/catalog-repositories.ts';
import type { CatalogPlan } from '../../core/catalog/plan-catalog.ts';
import { createCatalogView, type CatalogScores } from '../../core/catalog/render/catalog-view.ts';
import type { CommitFileChange } from '../../core/file-change.ts';
import { docsRecordPath, replacingSite, siteFiles } from '../../core/site/build-site.ts';
import { readSiteDocs, type DocsRecord, type PreviousSite } from '../../core/site/read-site-docs.ts';
import { forgeDocsSource } from '../../forge/forge-docs-source.ts';
import { readSiteAssets } from '../../forge/site-assets.ts';
import type { Forge } from '../../forge/types.ts';

export interface SiteChangesInput {
  forge: Forge;
  /** The catalog repository at the head the commit is computed on. */
  snapshot: CatalogSnapshot;
  plan: CatalogPlan;
  scores: CatalogScores;
  folder: string;
  webUrl: string;
}

export async function siteChanges(input: SiteChangesInput): Promise<Iterable<CommitFileChange>> {
  const { forge, snapshot, plan, folder } = input;
  const view = createCatalogView(plan.catalog, input.scores);
  const listing = snapshot.commit ? await forge.listFiles(snapshot.repository, snapshot.commit, folder) : undefined;
  // Paths of the repository, under the site's folder.
  const existing = listing?.paths ?? [];
  const reread = new Set(plan.read.map((r) => r.toLowerCase()));
  const previous: PreviousSite | undefined = existing.length
    ? {
        unchanged: (repository) => !reread.has(repository.toLowerCase()),
        records: (refs) => docsRecords(forge, snapshot, folder, refs),
      }
    : undefined;
  const docs = await readSiteDocs(view, forgeDocsSource(forge), input.webUrl, previous);
  const site = siteFiles({ view, docs, assets: await readSiteAssets() });
  // A listing GitHub cut short does not say what is gone: nothing is removed on its word.
  const held = listing?.truncated ? [] : existing.map((path) => path.slice(folder.length + 1));
  return (function* () {
    for (const change of replacingSite(site, held)) yield { path: `${folder}/${change.path}`, content: change.content };
  })();
}

/** The docs records the site at the snapshot holds, for these entities: one batched read. */
async function docsRecords(
  forge: Forge,
  snapshot: CatalogSnapshot,
  folder: string,
  refs: readonly string[],
): Promise<Map<string, DocsRecord>> {
  const files = await forge.readFiles(
    refs.map((ref) => ({
      repository: snapshot.repository,
      path: `${folder}/${docsRecordPath(ref)}`,
      ref: snapshot.commit!,
    })),
  );
  const records = new Map<string, DocsRecord>();
  files.forEach((file, i) => {
    if (file.text === undefined) return;
    try {
      const record = JSON.parse(file.text) as DocsRecord;
      if (Array.isArray(record.nav) && Array.isArray(record.sections) && Array.isArray(record.problems))
        records.set(refs[i]!, record);
    } catch {
      // Not what a build wrote (someone edited it): the docs are read again.
    }
  });
  return records;
}
