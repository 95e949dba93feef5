/**
 * A sender of webhooks as raw HTTP, for tests of what the server does with hostile ones: any body
 * (signed with the secret, signed wrong, or not), any headers, and bodies streamed chunk by chunk
 * that stop the moment the server answers, counting what was sent by then.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { request } from 'node:http';

export const sign = (secret: string, body: Buffer | string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export interface Sent {
  status: number;
  body: string;
  /** Bytes of the body written by the time the answer came. */
  sent: number;
}

export interface Delivery {
  event: string;
  id?: string;
  /** The signature header: a secret to sign with, a literal value, or none. */
  signature: { secret: string } | { header: string } | 'none';
  headers?: Record<string, string>;
}

export function webhookHeaders(delivery: Delivery, body?: Buffer | string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': delivery.event,
    'x-github-delivery': delivery.id ?? randomUUID(),
    ...delivery.headers,
  };
  if (delivery.signature !== 'none')
    headers['x-hub-signature-256'] =
      'header' in delivery.signature ? delivery.signature.header : sign(delivery.signature.secret, body ?? '');
  return headers;
}

/** Posts a whole body. */
export async function post(url: string, delivery: Delivery, body: Buffer | string): Promise<Sent> {
  const response = await fetch(url, {
    method: 'POST',
    headers: webhookHeaders(delivery, body),
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: await response.text(), sent: Buffer.byteLength(body) };
}

/**
 * Streams `total` bytes of `fill` without a content-length, `chunkBytes` at a time, honouring
 * back-pressure; stops writing when the answer comes.
 */
export function stream(
  url: string,
  delivery: Delivery,
  total: number,
  options: { chunkBytes?: number; fill?: string } = {},
): Promise<Sent> {
  const chunk = Buffer.alloc(options.chunkBytes ?? 1 << 20, options.fill ?? ' ');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(url, { method: 'POST', headers: webhookHeaders(delivery) });
    req.on('response', (response) => {
      answered = true;
      const at = sent;
      let body = '';
      response.setEncoding('utf8').on('data', (text: string) => (body += text));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body, sent: at });
        req.destroy();
      });
    });
    // The server may close the connection behind its answer while bytes are still on their way.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (!answered) req.end();
    };
    write();
  });
}

/** Writes `first`, waits for the caller, then the rest: a body that arrives in two parts. */
export function inTwoParts(
  url: string,
  delivery: Delivery,
  body: Buffer,
  firstBytes: number,
): { written: Promise<void>; finish(): Promise<Sent> } {
  const req = request(url, { method: 'POST', headers: webhookHeaders(delivery, body) });
  const answer = new Promise<Sent>((resolve, reject) => {
    req.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (t: string) => (text += t));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, sent: body.length }));
    });
    req.on('error', reject);
  });
  const written = new Promise<void>((resolve) => req.write(body.subarray(0, firstBytes), () => resolve()));
  return {
    written,
    finish: () => {
      req.end(body.subarray(firstBytes));
      return answer;
    },
  };
}
