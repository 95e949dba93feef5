/**
 * ${{ values.name }}: ${{ values.description | replace("*/", "*\\/") }}
 *
 * The HTTP handler, apart from the process that listens (main.ts), so tests start it on any port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface Health {
  status: 'ok';
  service: string;
  uptimeSeconds: number;
}

const started = Date.now();

export function health(): Health {
  return { status: 'ok', service: '${{ values.name }}', uptimeSeconds: Math.round((Date.now() - started) / 1000) };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && url.pathname === '/health') return send(response, 200, health());
  if (request.method === 'GET' && url.pathname === '/') return send(response, 200, { service: '${{ values.name }}' });
  send(response, 404, { error: `no route for ${request.method} ${url.pathname}` });
}

export const createApp = (): Server => createServer(handle);
