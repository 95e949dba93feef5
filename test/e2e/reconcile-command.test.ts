/**
 * `/callboard reconcile` commented on the catalog repository, end to end: the real server against
 * the GitHub double, which answers the commenter's permission as GitHub does. Someone with write
 * access gets a reconcile; a redelivered comment reconciles once; and the webhook is answered at
 * once even while GitHub hangs on the permission question. Who else may ask (admin) and who may not
 * (read, someone unknown to GitHub) is the job's test (test/features/catalog/reconcile-request.test.ts);
 * which comments ask at all, the events' (test/features/events.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { installedOn, type AppServer } from './app-server.ts';
import { issueCommentPayload } from '../support/payloads.ts';

let double: GithubDouble;
let server: AppServer;
let installationId: number;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': componentYaml('svc') } });
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  double.setPermission({ owner: 'acme', repo: 'callboard-catalog', login: 'writer', permission: 'write' });
  ({ server, installationId } = await installedOn(double, 'acme'));
}, 120_000);
afterAll(async () => {
  // The last test leaves a job waiting a minute for GitHub's answer: nothing looks at it.
  await server?.kill();
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
const permissionRequests = () =>
  double.requests.filter((r) => r.operationId === 'repos/get-collaborator-permission-level');

describe('/callboard reconcile', () => {
  it('reconciles for someone with write access, after asking GitHub once', async () => {
    const asked = permissionRequests().length;
    const { id, status } = await server.deliver('issue_comment', comment('writer'));
    expect(status).toBe(200);
    await server.jobDone('reconcile-request', `${id}:reconcile-request`);
    await server.jobDone('update-catalog', `${id}:reconcile-request:update-catalog`);
    expect(permissionRequests().length).toBe(asked + 1);
  });

  it('reconciles once for a comment delivered twice', async () => {
    const first = await server.deliver('issue_comment', comment('writer'));
    await server.jobDone('update-catalog', `${first.id}:reconcile-request:update-catalog`);
    const asked = permissionRequests().length;
    expect((await server.deliver('issue_comment', comment('writer'), { id: first.id })).status).toBe(200);
    await server.idle();
    expect(permissionRequests().length).toBe(asked);
    expect(server.jobsDone('reconcile-request', `${first.id}:reconcile-request`)).toBe(1);
    expect(server.jobsDone('update-catalog', `${first.id}:reconcile-request:update-catalog`)).toBe(1);
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
