/**
 * Under every fault GitHub can inflict (5xx bursts, secondary and primary rate limits, slow and
 * dropped connections, answers lost after the write happened, a branch moved by another writer),
 * the forge's writes converge to the same end state as without faults: no duplicate commits, pull
 * requests, comments or issues. Run twice, as a redelivered webhook would, nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { forgeAgainst, startDouble } from '../support/github.ts';
import { endState, runStory, stormFaults } from './write-story.ts';

let double: GithubDouble;
let installation: number;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  for (const name of ['calm', 'stormy'])
    double.addRepository({ owner: 'acme', name, files: { 'README.md': `# ${name}\n` } });
  installation = double.addInstallation({ account: 'acme' }).id;
});
afterAll(() => double.close());

describe('writes under faults', () => {
  it('converge to the end state of a calm run, and a second run changes nothing', async () => {
    const { forge } = forgeAgainst(double, installation);
    const calm = await runStory(forge, { owner: 'acme', name: 'calm' });
    expect(calm).toMatchObject({
      commit: 'created',
      pr: 'created',
      check: 'created',
      comment: 'created',
      issue: 'created',
    });

    const faults = stormFaults('acme', 'stormy');
    const handles = faults.map((f) => double.faults.add(f));
    const stormy = await runStory(forge, { owner: 'acme', name: 'stormy' });
    expect(handles.map((h) => h.remaining())).toEqual(handles.map(() => 0));
    expect(stormy.commitRetries).toBeGreaterThanOrEqual(1);
    // Every fault that answers (all but the slow answers and the moved branch) was met by a failed request.
    const failing = faults.reduce((n, f) => n + (f.kind === 'delay' || f.kind === 'move-ref' ? 0 : f.count), 0);
    expect(double.requests.filter((r) => r.status === 0 || r.status >= 400)).toHaveLength(failing);

    expect(endState(double, 'acme', 'stormy')).toEqual(endState(double, 'acme', 'calm'));
    expect(endState(double, 'acme', 'calm')).toMatchObject({
      commitsByCallboard: 1,
      latestCheckRun: { annotations: 120 },
    });

    const again = await runStory(forge, { owner: 'acme', name: 'stormy' });
    expect(again).toMatchObject({
      commit: 'unchanged',
      pr: 'unchanged',
      check: 'unchanged',
      comment: 'unchanged',
      issue: 'unchanged',
    });
    expect(endState(double, 'acme', 'stormy')).toEqual(endState(double, 'acme', 'calm'));
  });
});
