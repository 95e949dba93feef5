/** Where a repository stands in a campaign, as the dashboard lists it. */
export type CampaignStatus =
  'waiting' | 'open' | 'merged' | 'declined' | 'migrated-by-hand' | 'not-applicable' | 'failed';

/** What someone with write access asked by ticking a repository's box on the dashboard. */
export type CampaignRequest = 'retry' | 'reopen';

/** A pull request of a campaign's branch, as GitHub shows it (the forge's BranchState carries these). */
export interface CampaignPullRequest {
  number: number;
  url: string;
  state: 'open' | 'closed' | 'merged';
  title: string;
  body: string;
  /** GitHub's verdict on merging it into its base, while open; UNKNOWN while GitHub computes it. */
  mergeable: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN';
  labels: string[];
  /** When it was closed or merged. */
  closedAt: string | null;
}
