/**
 * Carries out one repository's decision on GitHub, for every bot pull request campaign (a
 * migration's, a template's updates). Every write is idempotent and keyed by what
 * GitHub shows (the branch by name, the pull request by head, comments by marker), and the branch is
 * written by compare-and-swap, so a repeated job, a redelivery or a restart half-way changes nothing
 * twice: the next decision reads what the last one left.
 */
import {
  COMMENT_MARKERS,
  pullRequestTitle,
  withNote,
  type CloseReason,
} from '../../core/migration/campaign/pull-request-text.ts';
import type { Decision } from '../../core/migration/campaign/decide.ts';
import type { PullRequestCampaign } from '../../core/migration/campaign/pull-request-campaign.ts';
import type { RepositoryPlan } from '../../core/migration/migration-model.ts';
import type { FileChange } from '../../core/file-change.ts';
import type { BranchState, Forge, ForgeRepository } from '../../forge/types.ts';

export interface CarryOut {
  forge: Forge;
  spec: PullRequestCampaign;
  repository: ForgeRepository;
  plan: RepositoryPlan;
  branch: BranchState | undefined;
  decision: Decision;
  /** The pull request's text for the plan's changes. */
  body: string | undefined;
  /** The owning team's slug on GitHub (the entity owner's name), asked to review a new pull request. */
  team?: string;
}

/** What was done, for the log; 'moved' when a person pushed meanwhile (the next decision sees it). */
export type Done = 'nothing' | 'opened' | 'refreshed' | 'retexted' | 'reopened' | 'closed' | 'noted' | 'moved';

export async function carryOut(work: CarryOut): Promise<Done> {
  const { forge, spec, repository, plan, branch, decision } = work;
  const { action } = decision;
  const changes = plan.status === 'changes' ? plan.changes : [];
  switch (action.kind) {
    case 'none':
      return 'nothing';
    case 'open': {
      if ((await writeBranch(work, changes)) === 'moved') return 'moved';
      const pull = await forge.ensurePullRequest({
        repository,
        head: spec.branch,
        base: repository.defaultBranch,
        title: pullRequestTitle(spec),
        body: work.body ?? '',
        draft: (plan.status === 'changes' && plan.draft) || spec.pullRequest.draft,
      });
      if (pull.outcome === 'created') await dressNewPullRequest(forge, spec, repository, pull.number, work);
      return 'opened';
    }
    case 'refresh':
      if ((await writeBranch(work, changes)) === 'moved') return 'moved';
      await retext(work);
      return 'refreshed';
    case 'retext':
      await retext(work);
      return 'retexted';
    case 'reopen':
      if ((await writeBranch(work, changes)) === 'moved') return 'moved';
      await forge.updatePullRequest(repository, action.number, { state: 'open', body: work.body ?? '' });
      return 'reopened';
    case 'close':
      await closePullRequest(forge, spec, repository, branch, action.number, action.reason, action.detail);
      return 'closed';
    case 'note': {
      const pull = branch?.pullRequests.find((p) => p.number === action.number);
      await forge.ensureComment({
        repository,
        number: action.number,
        marker: action.note === 'declined' ? COMMENT_MARKERS.declined(spec.id) : COMMENT_MARKERS.leftAlone(spec.id),
        body: action.note === 'declined' ? spec.notes.declined : spec.notes.leftAlone,
      });
      if (pull) await forge.updatePullRequest(repository, action.number, { body: withNote(pull.body, action.note) });
      return 'noted';
    }
  }
}

/** Closes a campaign's pull request with a word why, and deletes its branch if it is still Callboard's. */
export async function closePullRequest(
  forge: Forge,
  campaign: Pick<PullRequestCampaign, 'id' | 'branch'> & { notes: Pick<PullRequestCampaign['notes'], 'closed'> },
  repository: ForgeRepository,
  branch: BranchState | undefined,
  number: number,
  reason: CloseReason,
  detail: string,
) {
  await forge.ensureComment({
    repository,
    number,
    marker: COMMENT_MARKERS.closed(campaign.id),
    body: campaign.notes.closed(reason, detail),
  });
  await forge.updatePullRequest(repository, number, { state: 'closed' });
  if (branch?.head?.byCallboard) await forge.deleteBranch(repository, campaign.branch, branch.head.sha);
}

/**
 * The branch with the changes as one commit on the default branch: made anew when missing, made
 * again (compare-and-swap on the head Callboard read) when it is Callboard's.
 */
async function writeBranch(work: CarryOut, changes: readonly FileChange[]) {
  const { forge, spec, repository, branch } = work;
  const message = `${spec.title}\n\n${spec.origin} (Callboard).`;
  const name = spec.branch;
  if (branch?.head)
    return forge.rewriteBranch({ repository, branch: name, expectedHead: branch.head.sha, message, changes });
  return forge.commitFiles({
    repository,
    branch: name,
    message,
    createFrom: repository.defaultBranch,
    changes: () => changes,
  });
}

async function retext(work: CarryOut) {
  const { forge, spec, repository } = work;
  await forge.ensurePullRequest({
    repository,
    head: spec.branch,
    base: repository.defaultBranch,
    title: pullRequestTitle(spec),
    body: work.body ?? '',
  });
}

/** Labels, and a review asked of the owning team when GitHub has a team of that name. */
async function dressNewPullRequest(
  forge: Forge,
  spec: PullRequestCampaign,
  repository: ForgeRepository,
  number: number,
  work: CarryOut,
) {
  if (spec.pullRequest.labels.length) await forge.addLabels(repository, number, spec.pullRequest.labels);
  if (work.team) await forge.requestTeamReview(repository, number, work.team);
}
