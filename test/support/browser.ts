/**
 * A real headless Chromium for the site's tests: Debian's package (`.ci/run` installs it), driven by
 * playwright-core, with the flags that keep it from calling home (no network here but the site).
 * And a static server for a site folder that records every request, so a test can say the site
 * asked for nothing but its own files.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium), as .ci/run does`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** Bytes sent, in all. */
  bytes: () => number;
  close(): Promise<void>;
}

/** Serves `dir` on a free port of localhost, as GitHub Pages would (files only, `/` is index.html). */
export async function serveSite(dir: string): Promise<StaticSite> {
  const requests: string[] = [];
  let bytes = 0;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (relative(dir, file).startsWith('..') || !(await stat(file).catch(() => undefined))?.isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    const body = await readFile(file);
    bytes += body.length;
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    bytes: () => bytes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
