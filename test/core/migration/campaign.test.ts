import { describe, expect, it } from 'vitest';
import { updateHistory, renderCampaignPage } from '../../../app/core/migration/campaign/burndown.ts';
import { renderDashboard, tickedRequests, type CampaignRow } from '../../../app/core/migration/campaign/dashboard.ts';
import {
  decide as decideFor,
  type CampaignBranch,
  type DecisionInput,
} from '../../../app/core/migration/campaign/decide.ts';
import { migrationCampaign } from '../../../app/core/migration/campaign/pull-request-campaign.ts';
import {
  changesHash,
  formatMarker,
  parseMarker,
  pullRequestBody,
  withNote,
} from '../../../app/core/migration/campaign/pull-request-text.ts';
import type { MigrationSpec, RepositoryPlan } from '../../../app/core/migration/migration-model.ts';

const spec: MigrationSpec = {
  id: 'node-24',
  title: 'Move CI to Node 24',
  description: 'Node 20 reaches its end of life.\n\nMore words.',
  owner: 'group:default/platform',
  deadline: '2027-03-31',
  version: '1',
  targets: { include: [], exclude: [] },
  steps: [],
  values: {},
  pullRequest: { labels: [], draft: false },
  source: 'migrations/node-24.yaml',
};
/** The decision for a migration's spec, as the app makes it. */
const decide = (input: Omit<DecisionInput, 'spec'> & { spec: MigrationSpec }) =>
  decideFor({ ...input, spec: migrationCampaign(input.spec) });
const changes = [{ path: '.nvmrc', content: '24\n' }];
const plan: RepositoryPlan = { repository: 'acme/svc', status: 'changes', changes, diff: '', notes: [] };
const body = (over: Partial<MigrationSpec> = {}, c = changes) =>
  pullRequestBody({ spec: { ...spec, ...over }, requester: undefined, changes: c, notes: [], migratedMeans: 'x' });
const pr = (
  state: 'open' | 'closed' | 'merged',
  text = body(),
  extra: Partial<CampaignBranch['pullRequests'][0]> = {},
): CampaignBranch['pullRequests'][0] => ({
  number: 7,
  url: 'https://github.com/acme/svc/pull/7',
  state,
  title: spec.title,
  body: text,
  mergeable: 'MERGEABLE',
  labels: [],
  closedAt: null,
  ...extra,
});
const ours = { sha: 'a', byCallboard: true };

describe('a repository’s next step', () => {
  it('opens a pull request where there is none, and refuses a branch someone else made', () => {
    expect(decide({ spec, plan, branch: { pullRequests: [] } }).action).toEqual({ kind: 'open' });
    const theirs = decide({ spec, plan, branch: { head: { sha: 'b', byCallboard: false }, pullRequests: [] } });
    expect(theirs.status).toBe('failed');
    expect(theirs.action.kind).toBe('none');
    // At the default branch's head, nothing of its own (a crash before Callboard's commit): Callboard's to use.
    const empty = { baseSha: 'b', head: { sha: 'b', byCallboard: false }, pullRequests: [] };
    expect(decide({ spec, plan, branch: empty }).action).toEqual({ kind: 'open' });
  });

  it('leaves a current pull request alone, and makes it again when its changes or the spec moved', () => {
    expect(
      decide({ spec, plan, branch: { head: ours, pullRequests: [pr('open')] }, expectedBody: body() }).action,
    ).toEqual({
      kind: 'none',
    });
    const stale = pr('open', body({}, [{ path: '.nvmrc', content: '22\n' }]));
    expect(decide({ spec, plan, branch: { head: ours, pullRequests: [stale] } }).action.kind).toBe('refresh');
    const conflicted = pr('open', body(), { mergeable: 'CONFLICTING' });
    expect(decide({ spec, plan, branch: { head: ours, pullRequests: [conflicted] } }).action.kind).toBe('refresh');
    const newText = decide({
      spec,
      plan,
      branch: { head: ours, pullRequests: [pr('open')] },
      expectedBody: body({ description: 'New why.' }),
    });
    expect(newText.action.kind).toBe('retext');
  });

  it('leaves a branch a person pushed to, and says so once', () => {
    const branch = { head: { sha: 'c', byCallboard: false }, pullRequests: [pr('open', body({}, []))] };
    expect(decide({ spec, plan, branch }).action).toEqual({ kind: 'note', number: 7, note: 'left-alone' });
    const noted = { ...branch, pullRequests: [pr('open', withNote(body({}, []), 'left-alone'))] };
    expect(decide({ spec, plan, branch: noted }).action.kind).toBe('none');
  });

  it('respects a declined pull request until the version changes or someone asks again', () => {
    const declined = { pullRequests: [pr('closed')] };
    expect(decide({ spec, plan, branch: declined }).status).toBe('declined');
    expect(
      decide({ spec, plan, branch: { pullRequests: [pr('closed', withNote(body(), 'declined'))] } }).action.kind,
    ).toBe('none');
    expect(decide({ spec: { ...spec, version: '2' }, plan, branch: declined }).action).toEqual({
      kind: 'reopen',
      number: 7,
    });
    expect(decide({ spec, plan, branch: declined, request: 'reopen' }).action.kind).toBe('reopen');
  });

  it('counts merged and migrated-by-hand repositories, closing a pull request made needless', () => {
    const migrated: RepositoryPlan = { repository: 'acme/svc', status: 'migrated', evidence: '.nvmrc says 24' };
    expect(decide({ spec, plan: migrated, branch: { pullRequests: [pr('merged')] } }).status).toBe('merged');
    const byHand = decide({ spec, plan: migrated, branch: { head: ours, pullRequests: [pr('open')] } });
    expect(byHand.status).toBe('migrated-by-hand');
    expect(byHand.action).toMatchObject({ kind: 'close', reason: 'migrated' });
    const gone: RepositoryPlan = { repository: 'acme/svc', status: 'not-applicable', reason: 'archived' };
    expect(decide({ spec, plan: gone, branch: { pullRequests: [pr('open')] } }).action).toMatchObject({
      kind: 'close',
      reason: 'not-applicable',
    });
  });

  it('ignores pull requests of the branch that are not the campaign’s', () => {
    const foreign = pr('closed', 'A person opened this by hand.');
    expect(decide({ spec, plan, branch: { pullRequests: [foreign] } }).action).toEqual({ kind: 'open' });
  });
});

describe('the pull request’s marker', () => {
  it('round-trips, and hashes changes whatever their order', () => {
    const marker = { campaign: 'node-24', version: '3', changes: changesHash(changes), noted: 'declined' as const };
    expect(parseMarker(`text\n${formatMarker(marker)}`)).toEqual(marker);
    expect(changesHash([changes[0]!, { path: 'a', content: null }])).toBe(
      changesHash([{ path: 'a', content: null }, changes[0]!]),
    );
    expect(parseMarker('<!-- callboard:migration id=../x version=1 changes=0 -->')).toBeUndefined();
  });
});

const rows: CampaignRow[] = [
  { repository: 'acme/a', team: 'group:default/team-a', status: 'failed', detail: 'package.json is not JSON' },
  { repository: 'acme/b', team: 'group:default/team-a', status: 'declined', pullRequest: { number: 3, url: 'u' } },
  { repository: 'acme/c', team: null, status: 'merged' },
  { repository: 'acme/d', team: null, status: 'not-applicable', detail: 'archived' },
];

describe('the dashboard', () => {
  it('counts, lists and offers boxes that read back what was ticked', () => {
    const text = renderDashboard({ spec, rows });
    expect(text).toContain('**1 of 3 migrated** (33%)');
    expect(text).toContain('| group:default/team-a | 0 of 2 | 0 | 0 | 1 | 1 |');
    const ticked = text
      .replace('- [ ] <!-- callboard-retry=acme/a -->', '- [x] <!-- callboard-retry=acme/a -->')
      .replace('- [ ] <!-- callboard-reopen=acme/b -->', '- [X] <!-- callboard-reopen=acme/b -->');
    expect(tickedRequests(text).size).toBe(0);
    expect([...tickedRequests(ticked)]).toEqual([
      ['acme/a', 'retry'],
      ['acme/b', 'reopen'],
    ]);
  });
});

describe('the burndown', () => {
  it('keeps a row per day, replacing today’s, and charts them', () => {
    const first = updateHistory(undefined, rows, '2026-12-01');
    const second = updateHistory(updateHistory(first, rows, '2026-12-02'), rows.slice(0, 2), '2026-12-02');
    expect(second.trim().split('\n')).toEqual([
      'date,applicable,migrated,merged,by_hand,open,waiting,declined,failed',
      '2026-12-01,3,1,1,0,0,0,1,1',
      '2026-12-02,2,0,0,0,0,0,1,1',
    ]);
    const page = renderCampaignPage({ spec, rows, history: second });
    expect(page).toContain('x-axis ["2026-12-01", "2026-12-02"]');
    expect(page).toContain('line [3, 2]');
    expect(updateHistory('not,a,history\n', rows, '2026-12-03').split('\n')).toHaveLength(3);
  });
});
