/**
 * The loopback HTTP server (node:http): reads each request whole, hands it to the pipeline, and
 * writes the answer, or destroys the socket for a dropped-connection fault.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingCall, Reply } from './env.ts';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function listen(handle: (call: IncomingCall) => Promise<Reply | 'drop'>): Promise<Listening> {
  let port = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
      const body = await readBody(request);
      const reply = await handle({
        method: (request.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        url,
        headers: request.headers,
        body,
      });
      if (reply === 'drop') {
        request.socket.destroy();
        return;
      }
      response.writeHead(reply.status, {
        ...reply.headers,
        ...(reply.body ? { 'content-length': String(reply.body.length) } : {}),
      });
      response.end(reply.body);
    })().catch((error: unknown) => {
      // Only a bug in the double gets here; answer rather than hang the client.
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(
        JSON.stringify({ message: `github-double: ${error instanceof Error ? error.message : String(error)}` }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
