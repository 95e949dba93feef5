/**
 * The HTTP server `npm start` listens with: the webhook front at the webhook path, `GET /ping`
 * (`PONG`, Probot's health check: liveness), `GET /ready` (readiness: 200 or 503 with a small JSON
 * summary, readiness.ts) and 404 for the rest. Slow senders are cut off (GitHub sends a
 * delivery at once and gives up on an answer after 10 s), and stopping is bounded: no new
 * connection is taken, idle ones close at once, busy ones get a grace period.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Readiness } from './readiness.ts';

/** Headers must arrive within this; the whole request within REQUEST_TIMEOUT_MS. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

export interface WebhookServer {
  /** Resolves with the address it listens on, `http://host:port`. */
  listen(port: number, host: string): Promise<string>;
  /** Stops taking requests; those in hand get `graceMs` to finish, then their connections are closed. */
  stop(graceMs: number): Promise<void>;
}

export function createWebhookServer(
  front: (request: IncomingMessage, response: ServerResponse) => boolean,
  log: Pick<Logger, 'info'>,
  ready?: () => Promise<Readiness>,
): WebhookServer {
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    (request, response) => {
      if (front(request, response)) return;
      const path = request.method === 'GET' ? request.url?.split('?')[0] : undefined;
      if (path === '/ping') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('PONG');
      if (path === '/ready' && ready)
        return void ready().then((readiness) =>
          response
            .writeHead(readiness.ok ? 200 : 503, { 'content-type': 'application/json' })
            .end(JSON.stringify({ ...readiness, details: 'in the server log, and from callboard doctor' })),
        );
      response.writeHead(404).end();
    },
  );
  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host }, () => {
          server.off('error', reject);
          const address = server.address();
          const shown =
            typeof address === 'object' && address
              ? `${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
              : `${host}:${port}`;
          log.info(`Listening on http://${shown}`);
          resolve(`http://${shown}`);
        });
      }),
    async stop(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([closed, grace]);
      server.closeAllConnections();
    },
  };
}
