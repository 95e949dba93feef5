/**
 * Where one repository stands in a campaign, and the one thing to do next, decided from what its
 * files say (the plan) and what GitHub says (its branch and pull requests): no state of Callboard's
 * own, so a restart, a redelivery or a second replica decides the same. Sourcegraph's changeset
 * states and Renovate's branch results are the anchors; the rules are:
 *
 * - a pull request closed unmerged is an opt-out, for that version of the spec (a new version, or a
 *   tick on the dashboard, opens it again);
 * - once a person pushes to the branch, Callboard leaves the branch alone and says so, once;
 * - an open pull request is made again on the default branch only when that changes what it carries,
 *   or when it has a conflict (never on every push to the default branch: no rebase storms);
 * - a repository that migrated without the pull request, or to which the migration no longer applies,
 *   has its pull request closed with a word why.
 */
import type { RepositoryPlan } from '../migration-model.ts';
import type { PullRequestCampaign } from './pull-request-campaign.ts';
export type { CampaignRequest, CampaignStatus } from './campaign-status.ts';
import type { CampaignPullRequest, CampaignRequest, CampaignStatus } from './campaign-status.ts';
import { changesHash, parseMarker, pullRequestTitle, type CloseReason, type Note } from './pull-request-text.ts';

/** A repository's migration branch as GitHub shows it (app/forge's BranchState has this shape). */
export interface CampaignBranch {
  /** The default branch's head. */
  baseSha?: string;
  head?: { sha: string; byCallboard: boolean };
  /** Newest first. */
  pullRequests: readonly CampaignPullRequest[];
}

export type RepositoryAction =
  | { kind: 'none' }
  /** Make the branch (or make our untouched one again) and open the pull request. */
  | { kind: 'open' }
  /** Make the branch again on the default branch and update the pull request's text. */
  | { kind: 'refresh'; number: number }
  /** Only the pull request's title and text changed. */
  | { kind: 'retext'; number: number }
  /** Make the branch again and re-open the declined pull request. */
  | { kind: 'reopen'; number: number }
  | { kind: 'close'; number: number; reason: CloseReason; detail: string }
  /** Leave the note once (and record it in the pull request's marker). */
  | { kind: 'note'; number: number; note: Note };

export interface Decision {
  status: CampaignStatus;
  /** Why, for the dashboard: the plan's reason, a conflict, a person's push. */
  detail?: string;
  pullRequest?: { number: number; url: string };
  action: RepositoryAction;
}

export interface DecisionInput {
  spec: Pick<PullRequestCampaign, 'id' | 'version' | 'title' | 'branch'>;
  plan: RepositoryPlan;
  branch: CampaignBranch;
  /** The text an open pull request should have now (for the plan's changes), to see whether it changed. */
  expectedBody?: string;
  request?: CampaignRequest;
}

const NONE = { kind: 'none' } as const;

export function decide({ spec, plan, branch, expectedBody, request }: DecisionInput): Decision {
  const ours = branch.pullRequests.filter((p) => parseMarker(p.body)?.campaign === spec.id);
  const open = ours.find((p) => p.state === 'open');
  const merged = ours.find((p) => p.state === 'merged');
  const link = (p: { number: number; url: string } | undefined) =>
    p ? { pullRequest: { number: p.number, url: p.url } } : {};

  switch (plan.status) {
    case 'not-applicable':
      return {
        status: 'not-applicable',
        detail: plan.reason,
        action: open ? { kind: 'close', number: open.number, reason: 'not-applicable', detail: plan.reason } : NONE,
        ...link(open),
      };
    case 'failed':
      return { status: 'failed', detail: plan.reason, action: NONE, ...link(open ?? ours[0]) };
    case 'migrated':
      return {
        status: merged ? 'merged' : 'migrated-by-hand',
        detail: plan.evidence,
        action: open ? { kind: 'close', number: open.number, reason: 'migrated', detail: plan.evidence } : NONE,
        ...link(merged ?? open),
      };
    case 'changes':
      return open
        ? decideOpen(open, branch, plan.changes, spec, expectedBody)
        : decideClosed(ours, branch, spec, request);
  }
}

function decideOpen(
  open: CampaignBranch['pullRequests'][number],
  branch: CampaignBranch,
  changes: Extract<RepositoryPlan, { status: 'changes' }>['changes'],
  spec: DecisionInput['spec'],
  expectedBody: string | undefined,
): Decision {
  const marker = parseMarker(open.body);
  const pullRequest = { number: open.number, url: open.url };
  const conflict = open.mergeable === 'CONFLICTING';
  if (branch.head && !branch.head.byCallboard)
    return {
      status: 'open',
      detail: `a person pushed to the branch: Callboard leaves it alone${conflict ? '; it has a conflict' : ''}`,
      pullRequest,
      action: marker?.noted === 'left-alone' ? NONE : { kind: 'note', number: open.number, note: 'left-alone' },
    };
  if (marker?.changes !== changesHash(changes) || conflict || marker.version !== spec.version)
    return {
      status: 'open',
      ...(conflict ? { detail: 'has a conflict: Callboard makes the change again on the default branch' } : {}),
      pullRequest,
      action: { kind: 'refresh', number: open.number },
    };
  const retext =
    open.title !== pullRequestTitle(spec) || (expectedBody !== undefined && expectedBody !== withoutNote(open.body));
  return { status: 'open', pullRequest, action: retext ? { kind: 'retext', number: open.number } : NONE };
}

function decideClosed(
  ours: CampaignBranch['pullRequests'],
  branch: CampaignBranch,
  spec: DecisionInput['spec'],
  request: CampaignRequest | undefined,
): Decision {
  const latest = ours[0];
  // A branch at the default branch's head has no commit of its own: Callboard made it and stopped (a crash
  // between making the branch and committing), or someone made it empty. Either way there is nothing to lose.
  const personsBranch = branch.head !== undefined && !branch.head.byCallboard && branch.head.sha !== branch.baseSha;
  if (!latest) {
    if (personsBranch)
      return {
        status: 'failed',
        detail: `the branch ${spec.branch} exists and was not made by Callboard: delete it to let Callboard open the pull request`,
        action: NONE,
      };
    return { status: 'waiting', action: { kind: 'open' } };
  }
  const marker = parseMarker(latest.body);
  const pullRequest = { number: latest.number, url: latest.url };
  const newVersion = marker?.version !== spec.version;
  if (latest.state === 'merged')
    return newVersion
      ? { status: 'waiting', detail: `version ${spec.version} of the migration`, action: { kind: 'open' } }
      : {
          status: 'merged',
          detail: 'merged, but the repository does not count as migrated yet',
          pullRequest,
          action: NONE,
        };
  if ((newVersion || request === 'reopen') && !personsBranch)
    return {
      status: 'waiting',
      detail: newVersion ? `version ${spec.version} of the migration` : 'asked again on the dashboard',
      pullRequest,
      action: { kind: 'reopen', number: latest.number },
    };
  return {
    status: 'declined',
    pullRequest,
    action: marker?.noted === 'declined' ? NONE : { kind: 'note', number: latest.number, note: 'declined' },
  };
}

/** The text as Callboard wrote it, before a note was recorded in its marker. */
const withoutNote = (body: string) => body.replace(/ noted=(?:left-alone|declined) -->/, ' -->');
