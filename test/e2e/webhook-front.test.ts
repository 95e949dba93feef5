/**
 * Hostile deliveries to the real server (`npm start`, LOG_LEVEL=debug so every log line Probot
 * and Octokit can write is written): bodies over GitHub's 25 MB, wrong signatures on large bodies,
 * and signed payloads that are not what their event promises. Each is refused with a short answer
 * of ours and one log line; no payload text ever reaches the log; the server keeps serving.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { post, stream } from '../support/webhook-sender.ts';
import { startAppServer, waitFor, WEBHOOK_SECRET, type AppServer } from './app-server.ts';
import { pullRequestPayload } from '../support/payloads.ts';

const MARKER = `payload-text-${randomUUID()}`;
const MB = 1024 * 1024;

let double: GithubDouble;
let server: AppServer;
let installationId: number;
let webhooks: string;
let pr: { number: number; headSha: string };

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': componentYaml('svc') } });
  installationId = double.addInstallation({ account: 'acme' }).id;
  pr = double.openPullRequest({
    owner: 'acme',
    repo: 'svc',
    head: 'change',
    files: { 'catalog-info.yaml': componentYaml('svc').replace('team-a', 'team-b') },
    author: 'lin',
  });
  server = await startAppServer(double, { LOG_LEVEL: 'debug' });
  webhooks = `${server.url}/api/github/webhooks`;
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await double?.close();
});

/** The server's log lines about one delivery, once there is one. */
async function linesAbout(delivery: string): Promise<string[]> {
  await waitFor(
    () => server.output().includes(delivery),
    10_000,
    () => `nothing logged about ${delivery}:\n${server.output().slice(-3000)}`,
  );
  return server
    .output()
    .split('\n')
    .filter((line) => line.includes(delivery));
}

const signed = (event: string, id = randomUUID()) => ({ event, id, signature: { secret: WEBHOOK_SECRET } });
const noInternals = (body: string) =>
  expect(body).not.toMatch(/\bat \S+:\d+|Error\b|Unexpected token|undefined|null|\[object/);

describe('the server refuses hostile deliveries', () => {
  it('stops reading a body over 25 MB: 413, one short log line, and most of the body never sent', async () => {
    const total = 300 * MB;
    const answer = await stream(
      webhooks,
      { event: 'push', id: 'e2e-too-large', signature: { header: `sha256=${'0'.repeat(64)}` } },
      total,
    );
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(total / 4);
    // The server never held the body: its peak memory stays under the body's size (about 25 MB over its ~150 MB start).
    expect(server.peakMb()).toBeLessThan(total / MB);
    const lines = await linesAbout('e2e-too-large');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(400);
    expect(JSON.parse(lines[0]!)).toMatchObject({ status: 413, delivery: 'e2e-too-large', event: 'push' });
    expect(server.exited()).toBe(false);
  });

  it('answers a wrong signature on a 24 MB body at once, with one log line', async () => {
    const body = Buffer.from(JSON.stringify({ ...pullRequest(), padding: MARKER.repeat((24 * MB) / MARKER.length) }));
    const started = performance.now();
    const answer = await post(
      webhooks,
      { event: 'pull_request', id: 'e2e-wrong-signature', signature: { secret: 'not-the-secret' } },
      body,
    );
    // Reading and hashing 24 MB takes well under a second; only reading it twice over, or a hang, comes near this.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'the x-hub-signature-256 signature does not match the payload and the webhook secret',
    });
    expect(await linesAbout('e2e-wrong-signature')).toHaveLength(1);
  });

  it('answers signed payloads that are not what their event promises with 400 and no internals', async () => {
    const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const cases: [event: string, body: string | Buffer, reason: RegExp][] = [
      ['pull_request', 'null', /does not fit the pull_request event: payload: expected an object/],
      ['pull_request', '[]', /expected an object/],
      ['push', `[${JSON.stringify(MARKER)}]`, /expected an object/],
      ['push', JSON.stringify(MARKER), /expected an object/],
      ['push', '42', /expected an object/],
      ['push', `{"ref": "${MARKER}"`, /not JSON/],
      ['push', Buffer.from([0xff, 0xfe, 0x00, 0x7b]), /not JSON/],
      ['push', '', /not JSON/],
      ['push', deep(100_000), /payload\.ref: missing/],
      ['push', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /expected an object/],
      [
        'pull_request',
        JSON.stringify({ ...pullRequest(), pull_request: { ...pullRequest().pull_request, head: null } }),
        /payload\.pull_request\.head: missing/,
      ],
      [
        'pull_request',
        JSON.stringify({ ...pullRequest(), action: { toString: MARKER } }),
        /payload\.action: expected a string/,
      ],
      [
        'issue_comment',
        JSON.stringify({
          action: 'created',
          comment: { body: 7 },
          sender: { login: 'x' },
          repository: pullRequest().repository,
        }),
        /payload\.comment\.body: expected a string/,
      ],
      [
        'installation',
        JSON.stringify({ action: 'created', installation: { id: '1' } }),
        /payload\.installation\.id: expected a number/,
      ],
      ['__proto__', JSON.stringify(pullRequest()), /x-github-event/],
      ['PULL_REQUEST', JSON.stringify(pullRequest()), /x-github-event/],
      ['pull_request.opened', JSON.stringify(pullRequest()), /x-github-event/],
      ['x'.repeat(100), JSON.stringify(pullRequest()), /x-github-event/],
    ];
    for (const [event, body, reason] of cases) {
      const answer = await post(webhooks, signed(event), body);
      expect([event, String(body).slice(0, 40), answer.status]).toEqual([event, String(body).slice(0, 40), 400]);
      const { error } = JSON.parse(answer.body) as { error: string };
      expect(error).toMatch(reason);
      noInternals(answer.body);
      expect(answer.body).not.toContain(MARKER);
    }
    // A delivery id that is no GitHub id is refused too (it is logged and named in job ids).
    expect(
      (await post(webhooks, { ...signed('push'), id: '../../etc/passwd\n' }, JSON.stringify(pullRequest()))).status,
    ).toBe(400);
    expect(server.exited()).toBe(false);
  });

  it('ignores a well-formed name that is no GitHub event, after checking its signature', async () => {
    for (const event of ['constructor', 'tostring', 'hasownproperty']) {
      expect((await post(webhooks, signed(event), JSON.stringify({ note: MARKER }))).status).toBe(202);
      expect((await post(webhooks, { ...signed(event), signature: { secret: 'wrong' } }, '{}')).status).toBe(400);
    }
  });

  it('still takes a good delivery, and has logged no payload text at any level', async () => {
    const answer = await post(webhooks, signed('pull_request'), JSON.stringify(pullRequest()));
    expect(answer).toMatchObject({ status: 200, body: 'ok\n' });
    await waitFor(
      () => /Job validate-descriptors done/.test(server.output()),
      60_000,
      () => server.output().slice(-3000),
    );
    expect(server.output()).toMatch(/"level":20/);
    expect(server.output()).not.toContain(MARKER);
  });
});

/** A pull request payload that names a real repository, with the marker in its title and body. */
function pullRequest(): Record<string, unknown> & { pull_request: Record<string, unknown> } {
  const payload = pullRequestPayload('opened', {
    installationId,
    owner: 'acme',
    repo: 'svc',
    number: pr.number,
    headSha: pr.headSha,
    head: 'change',
    base: 'main',
    baseUrl: double.url,
  });
  return {
    ...payload,
    pull_request: { ...(payload.pull_request as Record<string, unknown>), title: MARKER, body: MARKER },
  };
}
