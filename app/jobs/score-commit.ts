/**
 * The "Callboard / scorecard" check on a commit: the repository's entities scored on the
 * organisation's tracks (the catalog repository's scorecards/) at that commit and, on a pull
 * request, at its base, so the check says what the change gains or loses. Facts come from the
 * commit's files, the catalog index, the repository's settings, and the CI facts a workflow wrote
 * on the commit with the scorecard action. Runs on pull requests, on pushes to the default branch,
 * and again when CI facts arrive.
 */
import { reportEntities } from '../core/impact/impact-report.ts';
import { CI_FACTS_CHECK, readCiFactsCheck } from '../core/scorecard/ci-facts-check.ts';
import { renderScoreCheck, SCORECARD_CHECK, trackChanges } from '../core/scorecard/render-score-check.ts';
import { sourcesNeeded } from '../core/scorecard/fact-names.ts';
import { scoreRepository } from '../core/scorecard/score-repository.ts';
import { repositoryScoresOf, type RepositoryScores } from '../core/scorecard/score-results.ts';
import type { Track } from '../core/scorecard/scorecard-model.ts';
import type { GithubFacts, ReportedCiFacts } from '../core/scorecard/scoring-subject.ts';
import { createEntityValidator, type EntityValidator } from '../core/validation/validate-entity.ts';
import type { CatalogIndex } from '../core/impact/catalog-index.ts';
import type { Exemption } from '../core/scorecard/scorecard-model.ts';
import type { Forge, ForgeRepository, RepositoryId, RepositorySettings } from '../forge/types.ts';
import type { CatalogIndexReader } from './catalog-index-reader.ts';
import { descriptorsAt } from './descriptors-at.ts';
import type { Job } from './job-queue.ts';
import type { ScoreRecorder } from './record-scores.ts';
import type { ScorecardsReader } from './scorecards-reader.ts';

/** Who may write CI facts: a workflow, through its token (GitHub Actions' app). */
export const CI_FACTS_WRITERS: ReadonlySet<string> = new Set(['github-actions']);

export interface ScoreCommitData {
  installationId: number;
  repository: RepositoryId;
  htmlUrl: string;
  headSha: string;
  /** On a pull request: its base commit, scored too, to say what the change gains or loses. */
  baseSha?: string;
  /** The commit is the default branch's: its scores are recorded in the catalog repository. */
  defaultBranch?: boolean;
}

export interface ScoreCommitDeps {
  forgeFor(installationId: number): Promise<Forge>;
  scorecards: ScorecardsReader;
  catalogIndex?: CatalogIndexReader;
  /** Records a default branch's scores in the catalog repository. */
  record?: ScoreRecorder;
  now?(): Date;
  log?(message: string, details?: Record<string, unknown>): void;
}

interface ScoringContext {
  forge: Forge;
  repository: RepositoryId;
  htmlUrl: string;
  tracks: readonly Track[];
  exemptions: readonly Exemption[];
  index: CatalogIndex | undefined;
  github: GithubFacts | undefined;
  validator: EntityValidator;
  now: Date;
  /** What the tracks need read: a source no check names costs no request. */
  needed: ReturnType<typeof sourcesNeeded>;
  log?: ScoreCommitDeps['log'];
}

export interface ScoreOrganizationData {
  installationId: number;
  organization: string;
}

/**
 * Every repository's default branch scored and recorded in the catalog repository in one commit, so
 * the scorecard pages count the whole organisation (on installation and on each scheduled
 * reconcile). It posts no check runs: a check on every repository would be thousands of writes,
 * paced by GitHub's secondary limits to hours. Reads are conditional where REST is used (the tree,
 * the CI facts' check runs), so a repository that did not move costs its GraphQL reads only.
 */
export function scoreOrganization(deps: ScoreCommitDeps) {
  const validator = createEntityValidator();
  return async (job: Job<ScoreOrganizationData>) => {
    const { installationId, organization } = job.data;
    const forge = await deps.forgeFor(installationId);
    const organizationWide = await scoringOf(deps, forge, organization);
    if (!organizationWide) return;
    const scored: RepositoryScores[] = [];
    for (const r of await forge.listRepositories()) {
      if (r.archived || r.owner.toLowerCase() !== organization.toLowerCase()) continue;
      const context = await contextFor(organizationWide, forge, r, r.htmlUrl, r, validator, deps.log);
      const at = await scoreAt(context, r.defaultBranch);
      if (at.scores.length) scored.push(repositoryScoresOf(r.fullName, at.scores, at.entities));
    }
    await deps.record?.(forge, scored, organizationWide.tracks, organizationWide.now, installationId);
    deps.log?.(`Scored ${scored.length} repositories of ${organization}`);
  };
}

export function scoreCommit(deps: ScoreCommitDeps) {
  const validator = createEntityValidator();
  return async (job: Job<ScoreCommitData>) => {
    const { installationId, repository, htmlUrl, headSha, baseSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const organizationWide = await scoringOf(deps, forge, repository.owner);
    // An organisation without scorecards gets no scorecard check.
    if (!organizationWide) return;
    const [found] = await forge.getRepositories([repository]);
    const context = await contextFor(organizationWide, forge, repository, htmlUrl, found, validator, deps.log);
    const head = await scoreAt(context, headSha);
    const base = baseSha ? (await scoreAt(context, baseSha)).scores : undefined;
    const check = renderScoreCheck(trackChanges(head.scores, base), base !== undefined);
    await forge.ensureCheckRun({ repository, headSha, name: SCORECARD_CHECK, status: 'completed', ...check });
    if (job.data.defaultBranch) await deps.record?.(forge, [repositoryScoresOf(`${repository.owner}/${repository.name}`, head.scores, head.entities)], context.tracks, context.now, installationId);
  };
}

/** What every scoring in a job shares: the organisation's tracks and catalog, and what the tracks need read. Undefined without tracks. */
async function scoringOf(deps: ScoreCommitDeps, forge: Forge, organization: string) {
  const { tracks, exemptions } = await deps.scorecards(forge, organization);
  if (!tracks.length) return undefined;
  const index = (await deps.catalogIndex?.(forge, organization).catch(() => undefined))?.index;
  return { tracks, exemptions, index, needed: sourcesNeeded(tracks), now: deps.now?.() ?? new Date() };
}

/** One repository's context (`listed`: what GitHub lists of it); its settings are read only when a check names them. */
async function contextFor(
  shared: NonNullable<Awaited<ReturnType<typeof scoringOf>>>,
  forge: Forge,
  repository: RepositoryId,
  htmlUrl: string,
  listed: ForgeRepository | undefined,
  validator: EntityValidator,
  log: ScoreCommitDeps['log'],
): Promise<ScoringContext> {
  const github = listed && githubFactsOf(listed, shared.needed.has('settings') ? await forge.repositorySettings(repository, listed.defaultBranch) : undefined);
  return { ...shared, forge, repository: { owner: repository.owner, name: repository.name }, htmlUrl, github, validator, ...(log ? { log } : {}) };
}

async function scoreAt(context: ScoringContext, sha: string) {
  const { forge, repository, htmlUrl } = context;
  const listing = context.needed.has('tree') ? await forge.listFiles(repository, sha) : undefined;
  const report = await (await descriptorsAt(forge, repository, sha, ['catalog-info.yaml'])).validate(context.validator, htmlUrl);
  const ci = context.needed.has('ci') ? await ciFactsAt(context, sha) : undefined;
  const entities = reportEntities(report);
  const scores = await scoreRepository({
    entities,
    paths: listing?.paths ?? [],
    read: async (paths) => new Map((await forge.readFiles(paths.map((path) => ({ repository, path, ref: sha })))).flatMap((f) => (f.text === undefined ? [] : [[f.path, f.text] as const]))),
    tracks: context.tracks,
    exemptions: context.exemptions,
    organization: repository.owner,
    ...(context.index ? { catalog: context.index } : {}),
    ...(context.github ? { github: context.github } : {}),
    ...(ci ? { ci } : {}),
    now: context.now,
  });
  return { scores, entities };
}

/** The newest CI facts a workflow wrote on the commit; a run that is not the action's, or malformed, is skipped and said. */
async function ciFactsAt(context: ScoringContext, sha: string): Promise<ReportedCiFacts | undefined> {
  for (const run of await context.forge.checkRuns(context.repository, sha, CI_FACTS_CHECK)) {
    if (!CI_FACTS_WRITERS.has(run.app)) continue;
    const read = readCiFactsCheck(run.text);
    if ('facts' in read) return { ...read.facts, commit: sha };
    context.log?.(`CI facts on ${context.repository.owner}/${context.repository.name}@${sha} ignored: ${read.ignored}`);
  }
  return undefined;
}

/** The repository's GitHub facts: what it is, and its settings as far as GitHub tells (what it will not tell stays unreported). */
function githubFactsOf(r: ForgeRepository, settings: RepositorySettings | undefined): GithubFacts {
  return {
    defaultBranch: r.defaultBranch,
    visibility: r.visibility,
    archived: r.archived,
    ...(r.pushedAt ? { pushedAt: r.pushedAt } : {}),
    ...(settings?.branchProtection ? { branchProtection: settings.branchProtection } : {}),
    ...(settings?.secretScanning !== undefined ? { secretScanning: settings.secretScanning } : {}),
    ...(settings?.dependabotSecurityUpdates !== undefined ? { dependabot: { securityUpdates: settings.dependabotSecurityUpdates } } : {}),
  };
}
