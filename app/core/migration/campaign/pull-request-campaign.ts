/**
 * What every bot pull request Callboard keeps across repositories has in common — a migration's, a
 * template's updates: the branch it lives on in each repository, the version it carries (a new one
 * re-opens a declined pull request), its title and labels, and what Callboard says on it when it
 * leaves the branch to a person, when it was declined and when it closes it. One decision (decide.ts)
 * and one way of carrying it out (app/features/shared/carry-out.ts) serve them all, so pacing,
 * idempotence and restarts are the same for every bot pull request.
 */
import { migrationBranch, type MigrationSpec } from '../migration-model.ts';
import { closedComment, declinedComment, leftAloneComment, type CloseReason } from './pull-request-text.ts';

export interface PullRequestCampaign {
  /** Keys the pull request's marker and comments: `[a-z0-9-]`. */
  id: string;
  version: string;
  title: string;
  /** The head branch in every repository. */
  branch: string;
  /** The commit message's second line: `Migration node-24, version 3`. */
  origin: string;
  pullRequest: { labels: string[]; draft: boolean };
  notes: {
    leftAlone: string;
    declined: string;
    closed(reason: CloseReason, detail: string): string;
  };
}

export function migrationCampaign(spec: MigrationSpec): PullRequestCampaign {
  return {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    branch: migrationBranch(spec.id),
    origin: `Migration ${spec.id}, version ${spec.version}`,
    pullRequest: spec.pullRequest,
    notes: {
      leftAlone: leftAloneComment(spec),
      declined: declinedComment(spec),
      closed: closedComment,
    },
  };
}
