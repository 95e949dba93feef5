/**
 * What Callboard says on a commit or a pull request about the catalog:
 *
 * - the "Callboard / descriptors" check: the repository's descriptors at one commit (the root
 *   catalog-info.yaml, what its Locations lead to, and every changed descriptor) validated and, when
 *   the organisation has a catalog, resolved against it (references to entities that exist nowhere,
 *   entities another repository defines); every problem in a changed file annotated on its line,
 *   failure only for errors;
 * - on a pull request, the impact comment: the entities the change touches, their owners and
 *   contacts, their dependents, and what the change does to their descriptors, in one sticky comment
 *   updated in place, removed when nothing in the catalog is touched.
 */
import { withApiChangeProblems } from '../../core/impact/api-change-problems.ts';
import { CatalogIndexError } from '../../core/errors.ts';
import { catalogReferenceProblems } from '../../core/impact/catalog-references.ts';
import { entityReferences } from '../../core/impact/entity-references.ts';
import { impactOf, reportEntities, type RepositoryEntity } from '../../core/impact/impact-report.ts';
import { renderImpactMarkdown } from '../../core/impact/render-impact.ts';
import { formatSummary } from '../../core/report/format-summary.ts';
import { summarize, type ValidationReport } from '../../core/validate/validation-report.ts';
import type { Forge, PullRequestFile, RepositoryId } from '../../forge/types.ts';
import { readCatalogIndex, type LoadedCatalog } from '../../catalog-repo/catalog-parts.ts';
import type { ResolveEntity } from '../../core/validate/check-descriptors.ts';
import { descriptorsAt } from '../shared/descriptors-at.ts';
import { problemAnnotations } from '../shared/problem-annotations.ts';
import type { Job } from '../../queue/job-queue.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import { fullNameOf } from '../shared/payload.ts';
import type { AppServices } from '../feature.ts';
import { isDescriptorFileName, ROOT_DESCRIPTOR } from '../../core/descriptor/descriptor-files.ts';

export const DESCRIPTORS_CHECK = 'Callboard / descriptors';
/** The sticky comment's marker (the forge writes it as `<!-- callboard:impact -->`). */
export const IMPACT_MARKER = 'impact';

export interface ValidateDescriptorsData {
  installationId: number;
  repository: RepositoryId;
  htmlUrl: string;
  headSha: string;
  /** The pull request whose changed files are checked; else `changedPaths`, else every descriptor found. */
  pullRequest?: number;
  /** The pull request's base commit: what its descriptors are compared with. */
  baseSha?: string;
  changedPaths?: string[];
  /** The pull request's newest head (opened, pushed to): a waiting check of an older head is replaced. */
  newestHead?: boolean;
}

/** A pull request's checks run one at a time, in order; so do a commit's (a push, or "Re-run"). */
export const validateDescriptorsJob = defineJob<ValidateDescriptorsData>('validate-descriptors', {
  group: (d) => `${fullNameOf(d.repository)}#${d.pullRequest ?? d.headSha}`,
  // Only the newest head matters: a check of an older one still waiting is replaced.
  coalesce: (d) => (d.newestHead ? `validate-descriptors:${fullNameOf(d.repository)}#${d.pullRequest}` : undefined),
});

type Deps = Pick<AppServices, 'forgeFor' | 'work' | 'catalogRepositories' | 'log'>;

export function validateDescriptors(deps: Deps) {
  return async (job: Job<ValidateDescriptorsData>) => {
    const { installationId, repository, headSha, htmlUrl, baseSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const prFiles = job.data.pullRequest
      ? await forge.listPullRequestFiles(repository, job.data.pullRequest)
      : undefined;
    const changed = prFiles ? prFiles.filter((f) => f.status !== 'removed').map((f) => f.path) : job.data.changedPaths;
    const catalog = await loadCatalog(deps, forge, repository.owner);
    const fullName = fullNameOf(repository);

    const headPaths = [ROOT_DESCRIPTOR, ...(changed ?? []).filter(isDescriptorFileName)];
    // Before the change: the same descriptors, and the ones the change removed or renamed away.
    const basePaths = [
      ...headPaths,
      ...(prFiles ?? [])
        .flatMap((f) => [f.status === 'removed' ? f.path : undefined, f.previousPath])
        .filter((p): p is string => !!p && isDescriptorFileName(p)),
    ];
    const at = (sha: string, paths: string[], resolve?: ResolveEntity) =>
      descriptorsAt({ work: deps.work, forge, repository, sha, paths, htmlUrl, ...(resolve ? { resolve } : {}) });
    const before = baseSha && catalog ? reportEntities(await at(baseSha, basePaths)) : [];
    // At the head, resolved against the catalog: references the change introduces to entities that exist nowhere,
    // entities defined elsewhere.
    const references = new Map(before.map((e) => [e.ref, new Set(entityReferences(e.entity).map((r) => r.target))]));
    const report = await at(
      headSha,
      headPaths,
      catalog
        ? catalogReferenceProblems({ index: catalog.index, repository: fullName, before: references })
        : undefined,
    );
    // What the change defines: an entity with a dangling owner is still the change's entity (the catalog's checks leave
    // `valid` alone).
    const after = reportEntities(report);
    // A breaking change to an API's definition is judged even when only the file its `$text` reads changed.
    const api = withApiChangeProblems(report, before, after, catalog?.index);
    await reportCheck(forge, job.data, api.report, changed && [...changed, ...api.paths]);
    if (prFiles && catalog) await commentImpact(forge, job.data, catalog, prFiles, before, after);
  };
}

async function loadCatalog(deps: Deps, forge: Forge, organization: string): Promise<LoadedCatalog | undefined> {
  try {
    return await readCatalogIndex(await deps.catalogRepositories.atHead(forge, organization));
  } catch (error) {
    // A catalog someone broke by hand must not stop the descriptor check: it runs without it.
    if (!(error instanceof CatalogIndexError)) throw error;
    deps.log.warn(`The catalog of ${organization} could not be read: ${error.message}`);
    return undefined;
  }
}

async function reportCheck(
  forge: Forge,
  data: ValidateDescriptorsData,
  report: ValidationReport,
  changed: string[] | undefined,
) {
  // Judge the change, not the repository's past: only changed files count (all of them without a change set).
  const judged = summarize(changed ? report.files.filter((f) => changed.includes(f.path)) : report.files);
  const { errors, warnings, files } = judged.summary;
  const linkTo = (path: string, line: number) => `${data.htmlUrl}/blob/${data.headSha}/${encodeURI(path)}#L${line}`;
  await forge.ensureCheckRun({
    repository: data.repository,
    headSha: data.headSha,
    name: DESCRIPTORS_CHECK,
    status: 'completed',
    conclusion: errors ? 'failure' : 'success',
    title:
      files === 0
        ? 'No catalog descriptor changed'
        : `${errors} errors, ${warnings} warnings in ${files} descriptor files`,
    summary: formatSummary(judged, linkTo),
    annotations: judged.files.flatMap((f) => problemAnnotations(f.path, f.problems)),
  });
}

async function commentImpact(
  forge: Forge,
  data: ValidateDescriptorsData,
  catalog: LoadedCatalog,
  prFiles: PullRequestFile[],
  before: RepositoryEntity[],
  after: RepositoryEntity[],
) {
  const { repository, htmlUrl } = data;
  const changedPaths = [...new Set(prFiles.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])))];
  const report = impactOf({
    index: catalog.index,
    repository: fullNameOf(repository),
    repositoryUrl: htmlUrl,
    changedPaths,
    before,
    after,
  });
  const web = htmlUrl.slice(0, htmlUrl.length - `/${repository.owner}/${repository.name}`.length);
  const pageUrl = (page: string) =>
    `${web}/${catalog.repository.owner}/${catalog.repository.name}/blob/HEAD/${catalog.folder}/${page}`;
  await forge.ensureComment({
    repository,
    number: data.pullRequest!,
    marker: IMPACT_MARKER,
    body: report.entities.length ? renderImpactMarkdown(report, { pageUrl }) : null,
  });
}
