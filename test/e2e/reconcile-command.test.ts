/**
 * `/callboard reconcile` commented on the catalog repository, end to end: the real server against
 * the GitHub double, which answers the commenter's permission as GitHub does. Who may ask (write,
 * admin) and who may not (read, someone unknown to GitHub); a redelivered comment reconciles once;
 * and the webhook is answered at once even while GitHub hangs on the permission question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { installedOn, waitFor, type AppServer } from './app-server.ts';
import { issueCommentPayload } from '../support/payloads.ts';

let double: GithubDouble;
let server: AppServer;
let installationId: number;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': componentYaml('svc') } });
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  double.setPermission({ owner: 'acme', repo: 'callboard-catalog', login: 'reader', permission: 'read' });
  double.setPermission({ owner: 'acme', repo: 'callboard-catalog', login: 'writer', permission: 'write' });
  double.setPermission({ owner: 'acme', repo: 'callboard-catalog', login: 'boss', permission: 'admin' });
  ({ server, installationId } = await installedOn(double, 'acme'));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await double?.close();
});

const comment = (login: string, body = '/callboard reconcile') =>
  issueCommentPayload({
    installationId,
    owner: 'acme',
    repo: 'callboard-catalog',
    number: 1,
    login,
    body,
    baseUrl: double.url,
  });
/** Log lines of jobs done, by job id. */
const done = (name: string, id: string) =>
  server
    .output()
    .split('\n')
    .filter((line) => line.includes(`Job ${name} done`) && line.includes(`"id":"${id}"`)).length;
const permissionRequests = () =>
  double.requests.filter((r) => r.operationId === 'repos/get-collaborator-permission-level');

/** Waits until the server has made no request to GitHub for a second: the jobs in hand are done. */
async function quiet() {
  for (let seen = -1; seen !== double.requests.length;) {
    seen = double.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

describe('/callboard reconcile', () => {
  it('reconciles for someone with write or admin access, and ignores read access and strangers', async () => {
    for (const [login, acts] of [
      ['stranger', false],
      ['reader', false],
      ['writer', true],
      ['boss', true],
    ] as const) {
      const asked = permissionRequests().length;
      const { id, status } = await server.deliver('issue_comment', comment(login));
      expect(status).toBe(200);
      await waitFor(
        () => done('reconcile-request', `${id}:reconcile-request`) === 1,
        60_000,
        () => `no permission check for ${login}:\n${server.output().slice(-3000)}`,
      );
      expect(permissionRequests().length).toBe(asked + 1);
      if (acts) {
        await waitFor(
          () => done('update-catalog', `${id}:reconcile-request:update-catalog`) === 1,
          60_000,
          () => `no reconcile for ${login}:\n${server.output().slice(-3000)}`,
        );
      } else {
        await quiet();
        expect(server.output()).toContain(
          `/callboard reconcile from @${login} ignored: they may not write to acme/callboard-catalog`,
        );
        expect(server.output()).not.toContain(`${id}:reconcile-request:update-catalog`);
      }
    }
  });

  it('ignores other comments without asking GitHub anything', async () => {
    await quiet();
    const before = double.requests.length;
    for (const body of [
      '/callboard  reconcilex',
      'please /callboard reconcile',
      '/callboard',
      '/callboard reconciled',
      `/callboard\n${'reconcile'.repeat(10_000)}`,
    ]) {
      expect((await server.deliver('issue_comment', comment('writer', body))).status).toBe(200);
    }
    await quiet();
    expect(double.requests.length).toBe(before);
  });

  it('reconciles once for a comment delivered twice', async () => {
    const first = await server.deliver('issue_comment', comment('writer'));
    await waitFor(
      () => done('update-catalog', `${first.id}:reconcile-request:update-catalog`) === 1,
      60_000,
      () => server.output().slice(-3000),
    );
    const asked = permissionRequests().length;
    expect((await server.deliver('issue_comment', comment('writer'), { id: first.id })).status).toBe(200);
    await quiet();
    expect(permissionRequests().length).toBe(asked);
    expect(done('reconcile-request', `${first.id}:reconcile-request`)).toBe(1);
    expect(done('update-catalog', `${first.id}:reconcile-request:update-catalog`)).toBe(1);
  });

  it('is answered at once while GitHub hangs on the permission question', async () => {
    double.faults.add({
      kind: 'delay',
      ms: 60_000,
      count: 1,
      match: { route: '/repos/{owner}/{repo}/collaborators/{username}/permission' },
    });
    const started = performance.now();
    const { status } = await server.deliver('issue_comment', comment('writer'));
    expect(status).toBe(200);
    // GitHub gives up on an answer after 10 s; asking GitHub in the handler took as long as GitHub hangs.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
