/**
 * The server's readiness, as a load balancer or Kubernetes asks it: `GET /ready` answers 503 while an
 * installation has no catalog repository (the reason in the log, not in the answer, which is as public
 * as the webhook URL), 200 once all is well; `GET /ping` answers as long as the process serves.
 */
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { startDouble } from '../support/github.ts';
import { startAppServer, type AppServer } from './app-server.ts';

let double: GithubDouble;
let server: AppServer | undefined;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addInstallation({ account: 'acme' });
}, 60_000);
afterEach(async () => {
  await server?.kill();
  server = undefined;
});
afterAll(() => double?.close());

const get = async (path: string) => {
  const response = await fetch(`${server!.url}${path}`);
  return { status: response.status, body: await response.text() };
};

describe('readiness', () => {
  it('is 503 while the organisation has no catalog repository, saying why in the log only', async () => {
    server = await startAppServer(double);
    expect(await get('/ping')).toEqual({ status: 200, body: 'PONG' });
    const ready = await get('/ready');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toMatchObject({ ok: false, checks: 4, failed: 1 });
    expect(ready.body).not.toContain('acme');
    expect(server.output()).toContain('Not ready: acme/callboard-catalog does not exist');
  });

  it('is 200 once every check passes, and asks GitHub at most once a minute', async () => {
    double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# Catalog\n' } });
    server = await startAppServer(double);
    const asked = double.requests.filter((r) => r.operationId === 'apps/get-authenticated').length;
    for (let i = 0; i < 5; i++) expect((await get('/ready')).status).toBe(200);
    expect(double.requests.filter((r) => r.operationId === 'apps/get-authenticated').length).toBe(asked);
    expect(server.output()).toContain('Ready: all 4 checks of callboard doctor pass');
  });
});
