/**
 * The "Callboard / scorecard" check on a commit: the repository's entities scored on the
 * organisation's tracks (the catalog repository's scorecards/) at that commit and, on a pull
 * request, at its base, so the check says what the change gains or loses. Facts come from the
 * commit's files, the catalog index, the repository's settings, and the CI facts a workflow wrote
 * on the commit with the scorecard action. Runs on pull requests, on pushes to the default branch,
 * and again when CI facts arrive.
 */
import { reportEntities } from '../../core/impact/impact-report.ts';
import { CI_FACTS_CHECK, readCiFactsCheck } from '../../core/scorecard/ci-facts-check.ts';
import { renderScoreCheck, SCORECARD_CHECK, trackChanges } from '../../core/scorecard/render-score-check.ts';
import { sourcesNeeded } from '../../core/scorecard/fact-names.ts';
import { scoreRepository } from '../../core/scorecard/score-repository.ts';
import { repositoryScoresOf, type RepositoryScores } from '../../core/scorecard/score-results.ts';
import type { Track } from '../../core/scorecard/scorecard-model.ts';
import type { GithubFacts, ReportedCiFacts } from '../../core/scorecard/scoring-subject.ts';
import type { ContentWork } from '../../core/content-work.ts';
import type { CatalogIndex } from '../../core/catalog-index/catalog-index.ts';
import type { Exemption } from '../../core/scorecard/scorecard-model.ts';
import { ROOT_DESCRIPTOR } from '../../core/descriptor/descriptor-files.ts';
import {
  type CommitSnapshot,
  type Forge,
  type ForgeRepository,
  type RepositoryId,
  type SnapshotRequest,
} from '../../forge/types.ts';
import { SETTINGS_PARTS, type RepositorySettings } from '../../core/scorecard/repository-settings.ts';
import { readCatalogIndex, readScorecards } from '../../catalog-repo/catalog-parts.ts';
import { catalogWriters, type CatalogRepositories } from '../../catalog-repo/catalog-repositories.ts';
import { defineJob } from '../../queue/job-kinds.ts';
import { fullNameOf } from '../shared/payload.ts';
import type { Logger } from '../feature.ts';
import { descriptorsAt } from '../shared/descriptors-at.ts';
import type { Job } from '../../queue/job-queue.ts';
import type { ScoreRecorder } from './record-scores.ts';
import { count } from '../../core/words.ts';

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
  /** The pull request whose newest head this is: a waiting scoring of an older head is replaced. */
  pullRequest?: number;
}

/** A commit's scorings run one at a time; a pull request's newest head replaces an older one still waiting. */
export const scoreCommitJob = defineJob<ScoreCommitData>('score-commit', {
  group: (d) => `${fullNameOf(d.repository)}@${d.headSha}`,
  coalesce: (d) => (d.pullRequest ? `score-commit:${fullNameOf(d.repository)}#${d.pullRequest}` : undefined),
});

export interface ScoreCommitDeps {
  forgeFor(installationId: number): Promise<Forge>;
  /** Where descriptors are checked and entities scored: a worker with budgets, in the app. */
  work: ContentWork;
  catalogRepositories: CatalogRepositories;
  /** Records a default branch's scores in the catalog repository. */
  record?: ScoreRecorder;
  now?(): Date;
  log: Logger;
}

interface ScoringContext {
  forge: Forge;
  repository: RepositoryId;
  htmlUrl: string;
  tracks: readonly Track[];
  exemptions: readonly Exemption[];
  index: CatalogIndex | undefined;
  github: GithubFacts | undefined;
  work: ContentWork;
  now: Date;
  /** What the tracks need read: a source no check names costs no request. */
  needed: ReturnType<typeof sourcesNeeded>;
  log: Logger;
}

export interface ScoreOrganizationData {
  installationId: number;
  organization: string;
}

/**
 * After the catalog's own jobs for the installation (the same group runs one job at a time); the
 * whole organisation is scored, so one waiting is enough.
 */
export const scoreOrganizationJob = defineJob<ScoreOrganizationData>('score-organization', {
  group: (d) => catalogWriters(d.installationId),
  coalesce: (d) => `score-organization:${d.installationId}`,
});

/**
 * Every repository's default branch scored and recorded in the catalog repository in one commit, so
 * the scorecard pages count the whole organisation (on installation and on each scheduled
 * reconcile). It posts no check runs: a check on every repository would be thousands of writes,
 * paced by GitHub's secondary limits to hours. Reads are batched: each slice's heads (commit,
 * root descriptor, CI facts) in one GraphQL query per 50 repositories; a file listing is read by
 * commit, so a repository that did not move is listed from memory without asking GitHub again.
 */
export function scoreOrganization(deps: ScoreCommitDeps) {
  return async (job: Job<ScoreOrganizationData>) => {
    const { installationId, organization } = job.data;
    const forge = await deps.forgeFor(installationId);
    const organizationWide = await scoringOf(deps, forge, organization);
    if (!organizationWide) return;
    const repositories = (await forge.listRepositories()).filter(
      (r) => !r.archived && r.owner.toLowerCase() === organization.toLowerCase(),
    );
    const scored: RepositoryScores[] = [];
    // A slice at a time: its heads read together, then scored, so memory holds one slice's snapshots.
    for (let i = 0; i < repositories.length; i += REPOSITORIES_PER_SLICE) {
      const slice = repositories.slice(i, i + REPOSITORIES_PER_SLICE);
      const snapshots = await forge.commitSnapshots(
        slice.map((r) => snapshotRequest(r, r.defaultBranch, organizationWide.needed)),
      );
      for (const [j, r] of slice.entries()) {
        const snapshot = snapshots[j];
        // An empty repository has no commit to score.
        if (!snapshot) continue;
        const context = await contextFor(organizationWide, forge, r, r.htmlUrl, r, deps);
        const at = await scoreAt(context, snapshot);
        if (at.scores.length) scored.push(repositoryScoresOf(r.fullName, at.scores, at.entities));
      }
    }
    await deps.record?.(forge, scored, organizationWide.tracks, organizationWide.now, installationId);
    deps.log.info(`Scored ${count(scored.length, 'repository', 'repositories')} of ${organization}`);
  };
}

export function scoreCommit(deps: ScoreCommitDeps) {
  return async (job: Job<ScoreCommitData>) => {
    const { installationId, repository, htmlUrl, headSha, baseSha } = job.data;
    const forge = await deps.forgeFor(installationId);
    const organizationWide = await scoringOf(deps, forge, repository.owner);
    // An organisation without scorecards gets no scorecard check.
    if (!organizationWide) return;
    const [found] = await forge.getRepositories([repository]);
    const context = await contextFor(organizationWide, forge, repository, htmlUrl, found, deps);
    // The head and the base read together.
    const [headAt, baseAt] = await forge.commitSnapshots(
      [headSha, ...(baseSha ? [baseSha] : [])].map((sha) => snapshotRequest(repository, sha, context.needed)),
    );
    // A head that is gone (the branch was force-pushed, the repository removed) has nothing to score.
    if (!headAt) return;
    const head = await scoreAt(context, headAt);
    const base = baseAt ? (await scoreAt(context, baseAt)).scores : undefined;
    const check = renderScoreCheck(trackChanges(head.scores, base), base !== undefined);
    await forge.ensureCheckRun({ repository, headSha, name: SCORECARD_CHECK, status: 'completed', ...check });
    if (job.data.defaultBranch)
      await deps.record?.(
        forge,
        [repositoryScoresOf(fullNameOf(repository), head.scores, head.entities)],
        context.tracks,
        context.now,
        installationId,
      );
  };
}

/** Repositories whose heads are read together and scored before the next slice is read. */
const REPOSITORIES_PER_SLICE = 100;

/** What scoring a commit reads in its snapshot: the root descriptor, and the CI facts when a check names them. */
const snapshotRequest = (repository: RepositoryId, ref: string, needed: ScoringContext['needed']): SnapshotRequest => ({
  repository: { owner: repository.owner, name: repository.name },
  ref,
  paths: [ROOT_DESCRIPTOR],
  ...(needed.has('ci') ? { checkName: CI_FACTS_CHECK } : {}),
});

/**
 * What every scoring in a job shares: the organisation's tracks and catalog, and what the tracks need read. Undefined
 * without tracks.
 */
async function scoringOf(deps: ScoreCommitDeps, forge: Forge, organization: string) {
  // One snapshot of the catalog repository: its head is asked once for the scorecards and the index.
  const snapshot = await deps.catalogRepositories.atHead(forge, organization);
  const now = deps.now?.() ?? new Date();
  const { tracks, exemptions } = await readScorecards(snapshot, now.toISOString().slice(0, 10));
  if (!tracks.length) return undefined;
  const index = (await readCatalogIndex(snapshot).catch(() => undefined))?.index;
  return { tracks, exemptions, index, needed: sourcesNeeded(tracks), now };
}

/** One repository's context (`listed`: what GitHub lists of it); its settings are read only when a check names them. */
async function contextFor(
  shared: NonNullable<Awaited<ReturnType<typeof scoringOf>>>,
  forge: Forge,
  repository: RepositoryId,
  htmlUrl: string,
  listed: ForgeRepository | undefined,
  { work, log }: Pick<ScoreCommitDeps, 'work' | 'log'>,
): Promise<ScoringContext> {
  const parts = SETTINGS_PARTS.filter((part) => shared.needed.has(part));
  const github =
    listed &&
    githubFactsOf(
      listed,
      parts.length ? await forge.repositorySettings(repository, listed.defaultBranch, parts) : undefined,
    );
  return {
    ...shared,
    forge,
    repository: { owner: repository.owner, name: repository.name },
    htmlUrl,
    github,
    work,
    log,
  };
}

/**
 * The repository's entities scored at the snapshot's commit; the file listing and other files are read only when a
 * check needs them.
 */
async function scoreAt(context: ScoringContext, snapshot: CommitSnapshot) {
  const { forge, repository, htmlUrl } = context;
  const { sha } = snapshot;
  const listing = context.needed.has('tree') ? await forge.listFiles(repository, sha) : undefined;
  const report = await descriptorsAt({
    work: context.work,
    forge,
    repository,
    sha,
    paths: [ROOT_DESCRIPTOR],
    htmlUrl,
    primed: snapshot.files,
  });
  const ci = context.needed.has('ci') ? ciFactsOf(context, snapshot) : undefined;
  const entities = reportEntities(report);
  const scores = await scoreRepository({
    entities,
    paths: listing?.paths ?? [],
    read: async (paths) =>
      new Map(
        (await forge.readFiles(paths.map((path) => ({ repository, path, ref: sha })))).flatMap((f) =>
          f.text === undefined ? [] : [[f.path, f.text] as const],
        ),
      ),
    tracks: context.tracks,
    exemptions: context.exemptions,
    organization: repository.owner,
    ...(context.index ? { catalog: context.index } : {}),
    ...(context.github ? { github: context.github } : {}),
    ...(ci ? { ci } : {}),
    now: context.now,
    work: context.work,
  });
  return { scores, entities };
}

/**
 * The newest CI facts a workflow wrote on the commit; a run that is not the action's, or malformed, is skipped and
 * said.
 */
function ciFactsOf(context: ScoringContext, { sha, checkRuns }: CommitSnapshot): ReportedCiFacts | undefined {
  for (const run of checkRuns) {
    if (!CI_FACTS_WRITERS.has(run.app)) continue;
    const read = readCiFactsCheck(run.text);
    if ('facts' in read) return { ...read.facts, commit: sha };
    context.log.info(
      `CI facts on ${context.repository.owner}/${context.repository.name}@${sha} ignored: ${read.ignored}`,
    );
  }
  return undefined;
}

/**
 * The repository's GitHub facts: what it is, and its settings as far as GitHub tells (what it will not tell stays
 * unreported).
 */
function githubFactsOf(r: ForgeRepository, settings: RepositorySettings | undefined): GithubFacts {
  return {
    defaultBranch: r.defaultBranch,
    visibility: r.visibility,
    archived: r.archived,
    ...(r.pushedAt ? { pushedAt: r.pushedAt } : {}),
    ...(settings?.branchProtection ? { branchProtection: settings.branchProtection } : {}),
    ...(settings?.secretScanning !== undefined ? { secretScanning: settings.secretScanning } : {}),
    ...(settings?.dependabotSecurityUpdates !== undefined || settings?.dependabotAlerts !== undefined
      ? {
          dependabot: {
            ...(settings.dependabotSecurityUpdates !== undefined
              ? { securityUpdates: settings.dependabotSecurityUpdates }
              : {}),
            ...(settings.dependabotAlerts !== undefined ? { alerts: settings.dependabotAlerts } : {}),
          },
        }
      : {}),
  };
}
