/** How a check run ends, in GitHub's words: what the core's check renderers conclude. */
export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'action_required' | 'skipped' | 'cancelled' | 'timed_out';
