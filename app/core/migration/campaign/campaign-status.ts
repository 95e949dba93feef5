/** Where a repository stands in a campaign, as the dashboard lists it. */
export type CampaignStatus =
  'waiting' | 'open' | 'merged' | 'declined' | 'migrated-by-hand' | 'not-applicable' | 'failed';

/** What someone with write access asked by ticking a repository's box on the dashboard. */
export type CampaignRequest = 'retry' | 'reopen';
