/**
 * The webhook front over real HTTP, in this process, with small limits: what it reads of a body
 * too large or unsigned, what all requests may hold at once, what a handler's error shows, and
 * what reaches the log (the server's own logger, writing to memory).
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createServerLog } from '../../app/server/server-log.ts';
import { createWebhookFront, type WebhookEvent } from '../../app/server/webhook-front.ts';
import { createWebhookServer, type WebhookServer } from '../../app/server/webhook-server.ts';
import { inTwoParts, post, stream } from '../support/webhook-sender.ts';

const SECRET = 'front-secret';
const MARKER = `payload-text-${randomUUID()}`;

let servers: WebhookServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop(0)));
  servers = [];
});

/** The log as JSON lines, written to memory. */
async function memoryLog() {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _encoding, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()),
  });
  const log = await createServerLog({ LOG_FORMAT: 'json', LOG_LEVEL: 'debug' }, sink);
  return { log, lines, text: () => lines.join('\n') };
}

async function startFront(
  options: { maxBodyBytes?: number; maxBufferedBytes?: number; receive?: (event: WebhookEvent) => Promise<void> } = {},
) {
  const { log, lines, text } = await memoryLog();
  const received: WebhookEvent[] = [];
  const front = createWebhookFront({
    path: '/api/github/webhooks',
    secret: SECRET,
    log,
    receive: options.receive ?? (async (event) => void received.push(event)),
    ...options,
  });
  const server = createWebhookServer(front, log);
  servers.push(server);
  const url = `${await server.listen(0, '127.0.0.1')}/api/github/webhooks`;
  // Lines go through a stream: wait for the one about a delivery.
  const linesAbout = async (delivery: string) => {
    for (let i = 0; i < 100 && !lines.some((l) => l.includes(delivery)); i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    return lines.filter((l) => l.includes(delivery));
  };
  return { url, received, lines, text, linesAbout };
}

const pushPayload = () => ({
  ref: 'refs/heads/main',
  after: 'a'.repeat(40),
  deleted: false,
  commits: [],
  repository: {
    name: 'svc',
    full_name: 'acme/svc',
    owner: { login: 'acme' },
    html_url: 'https://github.com/acme/svc',
    default_branch: 'main',
  },
  note: MARKER,
});

describe('the webhook front', () => {
  it('reads no further than the limit: 413, one log line, and the sender could not send the rest', async () => {
    const front = await startFront({ maxBodyBytes: 64 * 1024 });
    const total = 256 * 1024 * 1024;
    const answer = await stream(
      front.url,
      { event: 'push', id: 'too-large-1', signature: { header: `sha256=${'0'.repeat(64)}` } },
      total,
      { chunkBytes: 64 * 1024 },
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: 'the payload is larger than 25 MB' });
    expect(answer.sent).toBeLessThan(total / 4);
    const lines = await front.linesAbout('too-large-1');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 40,
      event: 'push',
      delivery: 'too-large-1',
      status: 413,
      reason: 'the payload is larger than 25 MB',
    });
    expect(lines[0]!.length).toBeLessThan(400);
  });

  it('refuses a delivery without a signature, or with a declared size over the limit, before reading its body', async () => {
    const front = await startFront({ maxBodyBytes: 64 * 1024 });
    const total = 256 * 1024 * 1024;
    const unsigned = await stream(front.url, { event: 'push', id: 'unsigned-1', signature: 'none' }, total);
    expect(unsigned.status).toBe(400);
    expect(unsigned.sent).toBeLessThan(total / 4);
    const declared = await stream(
      front.url,
      { event: 'push', id: 'declared-1', signature: { secret: SECRET }, headers: { 'content-length': String(total) } },
      total,
    );
    expect(declared.status).toBe(413);
    expect(declared.sent).toBeLessThan(total / 4);
    expect(await front.linesAbout('unsigned-1')).toHaveLength(1);
    expect(front.received).toEqual([]);
  });

  it('holds at most its budget of unverified bytes across requests: one more is told to come back (503)', async () => {
    const front = await startFront({ maxBodyBytes: 80 * 1024, maxBufferedBytes: 100 * 1024 });
    const body = Buffer.from(JSON.stringify({ ...pushPayload(), padding: 'x'.repeat(70 * 1024) }));
    const first = inTwoParts(
      front.url,
      { event: 'push', id: 'holding-1', signature: { secret: SECRET } },
      body,
      60 * 1024,
    );
    await first.written;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await post(front.url, { event: 'push', id: 'second-1', signature: { secret: SECRET } }, body);
    expect(second.status).toBe(503);
    expect((await first.finish()).status).toBe(200);
    // The budget is given back: the same delivery goes through now.
    expect((await post(front.url, { event: 'push', id: 'second-2', signature: { secret: SECRET } }, body)).status).toBe(
      200,
    );
    expect(front.received.map((e) => e.id)).toEqual(['holding-1', 'second-2']);
  });

  it('hands a verified, well-formed event to the handlers, parsed', async () => {
    const front = await startFront();
    const answer = await post(
      front.url,
      { event: 'push', id: 'good-1', signature: { secret: SECRET } },
      JSON.stringify(pushPayload()),
    );
    expect(answer).toMatchObject({ status: 200, body: 'ok\n' });
    expect(front.received).toEqual([{ id: 'good-1', name: 'push', payload: pushPayload() }]);
  });

  it("answers a handler's error with 500 and no internals, and logs it in one line without the payload", async () => {
    const front = await startFront({
      receive: async (event) => {
        // As @octokit/webhooks throws it: the handler's error, with the whole event attached.
        const inner = Object.assign(new TypeError(`Cannot read properties of undefined (internal detail)`), { event });
        throw Object.assign(new AggregateError([inner], inner.message), { event });
      },
    });
    const answer = await post(
      front.url,
      { event: 'push', id: 'failing-1', signature: { secret: SECRET } },
      JSON.stringify(pushPayload()),
    );
    expect(answer.status).toBe(500);
    expect(answer.body).not.toMatch(/internal detail|TypeError|Cannot read|\bat /);
    const lines = await front.linesAbout('failing-1');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 50,
      delivery: 'failing-1',
      err: { type: 'AggregateError', errors: [{ type: 'TypeError' }] },
    });
    expect(front.text()).not.toContain(MARKER);
  });
});

/** One raw HTTP/1.1 request; the status line of the answer. */
function rawRequest(url: string, line: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${line}\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket
      .on('data', (data) => (text += data))
      .on('end', () => resolve(text.split('\r\n')[0]!))
      .on('error', reject);
  });
}

describe('the webhook server', () => {
  it('answers odd request targets without failing, and the health check', async () => {
    const front = await startFront();
    const path = `/api/github/webhooks${'/'.repeat(10_000)}`;
    expect(await rawRequest(front.url, 'POST http://[ HTTP/1.1')).toBe('HTTP/1.1 404 Not Found');
    expect(await rawRequest(front.url, `POST ${path}?x=1 HTTP/1.1`)).toBe('HTTP/1.1 415 Unsupported Media Type');
    expect(await rawRequest(front.url, `GET ${'/'.repeat(10_000)}a HTTP/1.1`)).toBe('HTTP/1.1 404 Not Found');
    expect(await rawRequest(front.url, 'GET /ping HTTP/1.1')).toBe('HTTP/1.1 200 OK');
    expect(await rawRequest(front.url, 'GET /api/github/webhooks HTTP/1.1')).toBe('HTTP/1.1 405 Method Not Allowed');
  });
});

describe("the server's log", () => {
  it('never shows a payload, whichever way Probot and Octokit log it', async () => {
    const { log, text, lines } = await memoryLog();
    const event = { id: 'd-1', name: 'push', payload: pushPayload() };
    // Probot's error handler: each error of the aggregate, with the event attached.
    log.child({ name: 'event', id: event.id }).error(Object.assign(new Error('handler failed'), { event }));
    // @octokit/webhooks' middleware: the aggregate itself.
    log.error(Object.assign(new AggregateError([Object.assign(new Error('inner'), { event })], 'inner'), { event }));
    // Probot.receive at debug level, and Probot's request logging with the body sent to GitHub.
    log.debug({ event }, 'Webhook received');
    log
      .child({ name: 'github' })
      .debug({ content: MARKER, message: MARKER }, 'GitHub request: PUT /repos/acme/svc/contents/x - 200');
    // An error whose message quotes what it failed on is clipped.
    log.error(new SyntaxError(`Unexpected token in JSON: ${'y'.repeat(5000)}`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toHaveLength(5);
    expect(text()).not.toContain(MARKER);
    expect(lines.every((line) => line.length < 3000)).toBe(true);
    expect(text()).toContain('GitHub request: PUT /repos/acme/svc/contents/x - 200');
  });
});
