/**
 * The job behind `/callboard reconcile` against the GitHub double, which answers the commenter's
 * permission as GitHub does: someone with write or admin access gets a full reconcile that reads
 * every repository (a catalog job whose id comes from this job's); someone with read access, or
 * someone GitHub does not know, is ignored, and the log says so. One permission question each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogChange } from '../../../app/features/catalog/catalog-updates.ts';
import { reconcileRequest } from '../../../app/features/catalog/reconcile-request.ts';
import type { GithubDouble } from '../../github-double/index.ts';
import { testServices } from '../../support/app-services.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { forgeAgainst, startDouble } from '../../support/github.ts';

let double: GithubDouble;
let installationId: number;
let job: ReturnType<typeof reconcileRequest>;
const requested: { id: string; installationId: number; organization: string; change: CatalogChange }[] = [];
const logged: string[] = [];

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': componentYaml('svc') } });
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  double.setPermission({ owner: 'acme', repo: 'callboard-catalog', login: 'reader', permission: 'read' });
  double.setPermission({ owner: 'acme', repo: 'callboard-catalog', login: 'writer', permission: 'write' });
  double.setPermission({ owner: 'acme', repo: 'callboard-catalog', login: 'boss', permission: 'admin' });
  installationId = double.addInstallation({ account: 'acme' }).id;
  const services = testServices({
    forge: forgeAgainst(double, installationId).forge,
    log: { info: (message) => logged.push(message), warn: () => {}, error: () => {} },
  });
  job = reconcileRequest({
    ...services,
    request: async (id, installationId, organization, change) =>
      void requested.push({ id, installationId, organization, change }),
  });
});
afterAll(() => double.close());

const permissionRequests = () =>
  double.requests.filter((r) => r.operationId === 'repos/get-collaborator-permission-level').length;
const comment = (login: string) =>
  job({
    name: 'reconcile-request',
    id: `d-${login}:reconcile-request`,
    data: { installationId, organization: 'acme', catalogRepository: 'callboard-catalog', login },
  });

describe('/callboard reconcile', () => {
  it.each(['writer', 'boss'])('reconciles in full for %s, who may write to the catalog repository', async (login) => {
    const asked = permissionRequests();
    requested.length = 0;
    await comment(login);
    expect(permissionRequests()).toBe(asked + 1);
    expect(requested).toEqual([
      {
        id: `d-${login}:reconcile-request:update-catalog`,
        installationId,
        organization: 'acme',
        change: { full: true, force: true, reason: `reconcile asked by @${login}` },
      },
    ]);
  });

  it.each(['reader', 'stranger'])('ignores %s, who may not write to it, and says so', async (login) => {
    const asked = permissionRequests();
    requested.length = 0;
    await comment(login);
    expect(permissionRequests()).toBe(asked + 1);
    expect(requested).toEqual([]);
    expect(logged).toContain(
      `/callboard reconcile from @${login} ignored: they may not write to acme/callboard-catalog`,
    );
  });
});
