/**
 * End to end: the real server process (`npm start`) against the GitHub double, receiving
 * HMAC-signed webhooks over HTTP, as GitHub delivers them. (Where a fork's pull request is checked,
 * the base repository, is the events' test: test/features/events.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { startAppServer, waitFor, type AppServer } from './app-server.ts';
import { examplePayloads, pullRequestPayload } from '../support/payloads.ts';

let double: GithubDouble;
let server: AppServer;
let installationId: number;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'artist-lookup',
    files: { 'catalog-info.yaml': componentYaml('artist-lookup') },
  });
  installationId = double.addInstallation({ account: 'acme' }).id;
  server = await startAppServer(double);
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await double?.close();
});

const checkRunsOf = (repo: string) =>
  double.checkRuns('acme', repo).filter((r) => r.name === 'Callboard / descriptors');

describe('the Callboard server (npm start) with signed webhooks', () => {
  it('refuses a delivery with a wrong or missing signature, and does nothing', async () => {
    const before = double.requests.length;
    const payload = pullRequestPayload('opened', {
      installationId,
      owner: 'acme',
      repo: 'artist-lookup',
      number: 1,
      headSha: 'f'.repeat(40),
      head: 'x',
      base: 'main',
      baseUrl: double.url,
    });
    expect((await server.deliver('pull_request', payload, { signature: 'wrong' })).status).toBe(400);
    expect((await server.deliver('pull_request', payload, { signature: 'missing' })).status).toBe(400);
    await server.idle();
    expect(double.requests.length).toBe(before);
  });

  it('checks the descriptors a pull request changes, on its head commit, with the problem on its line', async () => {
    const broken = componentYaml('artist-lookup').replace(
      '  owner: team-a\n',
      '  owner: team-a\n  dependsOn: [artists-db]\n',
    );
    const pr = double.openPullRequest({
      owner: 'acme',
      repo: 'artist-lookup',
      head: 'add-dependency',
      files: { 'catalog-info.yaml': broken },
      author: 'lin',
    });
    const target = {
      installationId,
      owner: 'acme',
      repo: 'artist-lookup',
      number: pr.number,
      headSha: pr.headSha,
      head: 'add-dependency',
      base: 'main',
      baseUrl: double.url,
    };
    const delivery = await server.deliver('pull_request', pullRequestPayload('opened', target));
    expect(delivery.status).toBe(200);
    await waitFor(
      () => checkRunsOf('artist-lookup').some((r) => r.status === 'completed'),
      60_000,
      () => `no check run:\n${server.output()}`,
    );
    const [run] = checkRunsOf('artist-lookup');
    expect(run).toMatchObject({
      headSha: pr.headSha,
      conclusion: 'failure',
      title: '1 errors, 0 warnings in 1 descriptor files',
    });
    expect(run!.annotations).toEqual([
      expect.objectContaining({
        path: 'catalog-info.yaml',
        start_line: 9,
        end_line: 9,
        annotation_level: 'failure',
        title: 'Callboard: entity-ref',
      }),
    ]);

    // A redelivery (same delivery id) is dropped; a new event for the same commit runs and changes nothing.
    // The job logs "done" just after its check run is written: wait for that line before counting.
    await server.jobDone('validate-descriptors', `${delivery.id}:validate-descriptors`);
    const before = server.jobsDone('validate-descriptors');
    const redelivered = await server.deliver('pull_request', pullRequestPayload('opened', target), { id: delivery.id });
    expect(redelivered.status).toBe(200);
    const next = await server.deliver('pull_request', pullRequestPayload('synchronize', target));
    expect(next.status).toBe(200);
    // A pull request's checks run one at a time, in order: had the redelivery queued one, it would be done first.
    await server.jobDone('validate-descriptors', `${next.id}:validate-descriptors`);
    expect(server.jobsDone('validate-descriptors')).toBe(before + 1);
    expect(checkRunsOf('artist-lookup')).toHaveLength(1);
  });

  it('answers every example payload of every event in the manifest with 2xx, and keeps running', async () => {
    const manifest = parse(readFileSync(join(REPO_ROOT, 'app.yml'), 'utf8')) as { default_events: string[] };
    // Installation events reach every app without subscribing to them.
    const events = [...manifest.default_events, 'installation', 'installation_repositories'];
    const payloads = examplePayloads(events);
    expect(payloads.length).toBeGreaterThanOrEqual(130);
    const answers = [];
    for (const [event, payload] of payloads)
      answers.push([event, (payload as { action?: string }).action, (await server.deliver(event, payload)).status]);
    expect(answers.filter(([, , status]) => (status as number) < 200 || (status as number) >= 300)).toEqual([]);
    // What the deliveries queued has run (or failed for good: their installations are not in the double).
    await server.idle();
    expect(server.exited()).toBe(false);
    expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
    console.log(`[e2e] replayed ${payloads.length} webhook payloads of ${events.length} events: all answered 2xx`);
  });
});
