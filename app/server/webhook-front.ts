/**
 * The one way in for webhooks, in front of Probot's handlers: headers checked before a byte of the
 * body is read, the body read up to GitHub's 25 MB and no further, its HMAC-SHA256 signature
 * verified before it is parsed, the payload checked against what its event promises, then handed to
 * Probot's handlers (`webhooks.receive`, which does no verifying, reading or logging of its own).
 *
 * Every refusal is answered with a short reason of ours (never an error's text) and logged in one
 * line: event, delivery, reason, size. Nothing of a body is ever logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { createBodyBudget, readSignedBody, SIGNATURE_FORMAT, type BodyBudget } from './read-signed-body.ts';
import { EVENT_NAME_FORMAT, isKnownEvent, payloadProblem } from './webhook-shape.ts';

/** GitHub caps a delivery's payload at 25 MB. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** Unverified bytes all requests being read may hold at once: four of the largest deliveries. */
export const MAX_BUFFERED_BYTES = 4 * MAX_BODY_BYTES;

export interface WebhookEvent {
  id: string;
  name: string;
  payload: Record<string, unknown>;
}

export interface WebhookFrontOptions {
  /** Where GitHub posts (WEBHOOK_PATH, Probot's `/api/github/webhooks` by default). */
  path: string;
  secret: string;
  /** Runs the handlers of a verified, well-formed event. */
  receive(event: WebhookEvent): Promise<void>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  maxBodyBytes?: number;
  maxBufferedBytes?: number;
}

/** GitHub's delivery ids are GUIDs; anything printable and short is taken, as it is logged and used in job ids. */
const DELIVERY_FORMAT = /^[A-Za-z0-9-]{1,64}$/;
const JSON_TYPE = /^\s*application\/json\s*(?:;|$)/i;

type Answer = { status: number; reason: string };

/** A request handler: true when the request was for the webhook path (and is answered), false otherwise. */
export function createWebhookFront(
  options: WebhookFrontOptions,
): (request: IncomingMessage, response: ServerResponse) => boolean {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const budget = createBodyBudget(options.maxBufferedBytes ?? MAX_BUFFERED_BYTES);
  const path = withoutTrailingSlashes(options.path);
  return (request, response) => {
    // The request target as sent (`new URL` throws on some, such as `http://[`): its path, query cut off.
    if (withoutTrailingSlashes((request.url ?? '').split('?', 1)[0]!) !== path) return false;
    take(request, response, { ...options, limit, budget }).catch((error: unknown) => {
      options.log.error({ err: error }, 'The webhook front failed');
      answer(response, 500, { error: 'the server failed' }, true);
    });
    return true;
  };
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

async function take(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebhookFrontOptions & { limit: number; budget: BodyBudget },
) {
  const started = performance.now();
  const name = header(request, 'x-github-event');
  const id = header(request, 'x-github-delivery');
  const fields = { event: printable(name), delivery: printable(id) };
  const refuse = ({ status, reason }: Answer, bytes: number | undefined) => {
    options.log.warn({ ...fields, status, reason, bytes }, `Webhook refused (${status}): ${reason}`);
    answer(response, status, { error: reason }, true);
  };

  const early = headerProblem(request, name, id, options.limit);
  if (early) return refuse(early, declaredLength(request));
  const read = await readSignedBody(request, {
    secret: options.secret,
    signature: header(request, 'x-hub-signature-256')!,
    limit: options.limit,
    budget: options.budget,
  });
  if (read.outcome === 'aborted')
    return options.log.warn(
      { ...fields, reason: 'the sender closed the connection', bytes: read.bytes },
      'Webhook abandoned by its sender',
    );
  const parsed = read.outcome === 'verified' ? parsePayload(name!, read.body) : BODY_REFUSALS[read.outcome];
  if ('status' in parsed) return refuse(parsed, read.bytes);
  if (!isKnownEvent(name!)) {
    options.log.info({ ...fields, bytes: read.bytes }, `Webhook ${name} ignored: no handler for this event`);
    return answer(response, 202, 'ignored\n');
  }

  const event: WebhookEvent = { id: id!, name: name!, payload: parsed.payload };
  const action = typeof event.payload.action === 'string' ? `.${printable(event.payload.action)}` : '';
  try {
    await options.receive(event);
  } catch (error) {
    // The server's logger writes the error without the event @octokit/webhooks attaches to it (server-log.ts).
    options.log.error({ ...fields, err: error }, `Webhook ${name}${action} failed in a handler`);
    return answer(response, 500, { error: 'a handler failed; the error is in the server log' });
  }
  options.log.info(
    { ...fields, bytes: read.bytes, ms: Math.round(performance.now() - started) },
    `Webhook ${name}${action} received`,
  );
  answer(response, 200, 'ok\n');
}

/** A verified body as its event's payload, or why it is not one. */
function parsePayload(name: string, body: Buffer): Answer | { payload: Record<string, unknown> } {
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    return { status: 400, reason: 'the payload is not JSON' };
  }
  const problem = payloadProblem(name, payload);
  if (problem) return { status: 400, reason: `the payload does not fit the ${name} event: ${problem}` };
  return { payload: payload as Record<string, unknown> };
}

const BODY_REFUSALS: Record<'bad-signature' | 'too-large' | 'busy', Answer> = {
  'bad-signature': {
    status: 400,
    reason: 'the x-hub-signature-256 signature does not match the payload and the webhook secret',
  },
  'too-large': { status: 413, reason: 'the payload is larger than 25 MB' },
  busy: { status: 503, reason: 'too many deliveries are being received at once; try again' },
};

/** What can be refused before the body is read: method, type, declared size, the three headers GitHub always sends. */
function headerProblem(
  request: IncomingMessage,
  name: string | undefined,
  id: string | undefined,
  limit: number,
): Answer | undefined {
  if (request.method !== 'POST') return { status: 405, reason: 'webhooks are POSTed' };
  if (!JSON_TYPE.test(header(request, 'content-type') ?? ''))
    return { status: 415, reason: 'the content type must be application/json' };
  if ((declaredLength(request) ?? 0) > limit) return BODY_REFUSALS['too-large'];
  if (!name || !EVENT_NAME_FORMAT.test(name) || name.length > 64)
    return { status: 400, reason: 'x-github-event is missing or is not an event name' };
  if (!id || !DELIVERY_FORMAT.test(id))
    return { status: 400, reason: 'x-github-delivery is missing or is not a delivery id' };
  if (!SIGNATURE_FORMAT.test(header(request, 'x-hub-signature-256') ?? ''))
    return { status: 400, reason: 'x-hub-signature-256 is missing or is not a sha256 signature' };
  return undefined;
}

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const declaredLength = (request: IncomingMessage): number | undefined => {
  const value = Number(header(request, 'content-length'));
  return Number.isFinite(value) ? value : undefined;
};

/** A header as it may appear in a log line: short, and only the characters event names and GUIDs use. */
const printable = (value: string | undefined) =>
  value === undefined ? undefined : value.slice(0, 64).replace(/[^\w.-]/g, '?');

/**
 * Answers; on a refusal the connection is closed behind the answer, so what the sender still sends
 * is never read (Node reads no more of a paused request).
 */
function answer(response: ServerResponse, status: number, body: string | Record<string, string>, close = false) {
  if (response.headersSent) return;
  const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
  response
    .writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
      ...(close ? { connection: 'close' } : {}),
    })
    .end(text);
}
