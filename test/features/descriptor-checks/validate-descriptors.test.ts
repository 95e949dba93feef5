/**
 * The descriptor check and the impact comment, the job against the GitHub double, in an
 * organisation whose catalog the catalog job built: an owner changed to a group that does not
 * exist fails the check on that line and the comment says what changed; a pull request that
 * touches nothing in the catalog is checked and gets no comment. (The comment on a monorepo,
 * updated in place, and a fork's pull request are end to end: test/e2e/pull-request-impact.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogUpdates } from '../../../app/features/catalog/catalog-updates.ts';
import { updateCatalog } from '../../../app/features/catalog/update-catalog.ts';
import { validateDescriptors } from '../../../app/features/descriptor-checks/validate-descriptors.ts';
import type { GithubDouble } from '../../github-double/index.ts';
import { testServices } from '../../support/app-services.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { forgeAgainst, startDouble } from '../../support/github.ts';

let double: GithubDouble;
let installationId: number;
let services: ReturnType<typeof testServices>;
const group = (name: string, email: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: team\n  children: []\n  profile:\n    email: ${email}\n`;
const MONO_ROOT = `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: mono\nspec:\n  targets: [./services/a/catalog-info.yaml, ./services/b/catalog-info.yaml, ./services/c/catalog-info.yaml]\n`;

const BILLING = `apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: invoices
spec:
  type: openapi
  lifecycle: production
  owner: team-b
  definition:
    $text: ./openapi.yaml
`;
const INVOICES = `openapi: 3.1.0
info: { title: Invoices, version: "1" }
paths:
  /invoices:
    get:
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [open, paid] } }
      responses:
        "200":
          description: The invoices
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Invoice" } }
  /invoices/{id}:
    get:
      responses: { "200": { description: One invoice } }
components:
  schemas:
    Invoice:
      type: object
      required: [id, total]
      properties: { id: { type: string }, total: { type: number } }
`;

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'mono',
    files: {
      'catalog-info.yaml': MONO_ROOT,
      ...Object.fromEntries(['a', 'b', 'c'].map((n) => [`services/${n}/catalog-info.yaml`, componentYaml(`svc-${n}`)])),
    },
  });
  double.addRepository({
    owner: 'acme',
    name: 'people',
    files: {
      'catalog-info.yaml': `${group('team-a', 'team-a@acme.example')}---\n${group('team-b', 'team-b@acme.example')}`,
    },
  });
  double.addRepository({ owner: 'acme', name: 'scripts', files: { 'run.sh': 'echo\n' } });
  double.addRepository({
    owner: 'acme',
    name: 'billing',
    files: { 'catalog-info.yaml': BILLING, 'openapi.yaml': INVOICES },
  });
  double.addRepository({
    owner: 'acme',
    name: 'shop',
    files: { 'catalog-info.yaml': componentYaml('shop').replace('spec:\n', 'spec:\n  consumesApis: [invoices]\n') },
  });
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  installationId = double.addInstallation({ account: 'acme' }).id;
  services = testServices({ forge: forgeAgainst(double, installationId).forge, webUrl: double.url });
  const updates = createCatalogUpdates();
  updates.add(installationId, { full: true, reason: 'installation created' });
  await updateCatalog(
    services,
    updates,
  )({
    name: 'update-catalog',
    id: 'install',
    data: { installationId, organization: 'acme' },
  });
});
afterAll(() => double.close());

/** A pull request opened and checked, as the job runs for `pull_request.opened`. */
async function checked(repo: string, head: string, files: Record<string, string>) {
  const baseSha = double.branchHead('acme', repo, 'main')!;
  const pr = double.openPullRequest({ owner: 'acme', repo, head, files, author: 'lin' });
  await validateDescriptors(services)({
    name: 'validate-descriptors',
    id: `${repo}#${pr.number}`,
    data: {
      installationId,
      repository: { owner: 'acme', name: repo },
      htmlUrl: `${double.url}/acme/${repo}`,
      headSha: pr.headSha,
      baseSha,
      pullRequest: pr.number,
      newestHead: true,
    },
  });
  const check = double
    .checkRuns('acme', repo)
    .find((r) => r.headSha === pr.headSha && r.name === 'Callboard / descriptors' && r.status === 'completed');
  const comments = double.comments('acme', repo, pr.number).filter((c) => c.body.includes('callboard:impact'));
  return { check, comments };
}

describe('a pull request', () => {
  it('changing an owner to a group that does not exist gets a failing check with the annotation on that line', async () => {
    const { check, comments } = await checked('mono', 'new-owner', {
      'services/a/catalog-info.yaml': componentYaml('svc-a').replace('owner: team-a', 'owner: team-gone'),
    });
    expect(check!.conclusion).toBe('failure');
    expect(check!.annotations).toEqual([
      expect.objectContaining({
        path: 'services/a/catalog-info.yaml',
        start_line: 8,
        annotation_level: 'failure',
        title: 'Callboard: catalog-reference',
      }),
    ]);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('owner changes from group team-a to group team-gone');
    expect(comments[0]!.body).toContain('refers to group team-gone, which does not exist');
  });

  it('touching nothing in the catalog is checked and gets no comment', async () => {
    const { check, comments } = await checked('scripts', 'tidy', { 'run.sh': 'echo hi\n' });
    expect(check).toBeDefined();
    expect(comments).toEqual([]);
  });

  it('changing an API definition read with $text gets its breaking changes, and the consumers it would break', async () => {
    const changed = INVOICES.replace('{ name: status, in: query,', '{ name: status, in: query, required: true,')
      .replace('required: [id, total]', 'required: [id]')
      .replace(/ {2}\/invoices\/\{id\}:\n {4}get:\n {6}responses: .*\n/, '');
    const { check, comments } = await checked('billing', 'v2', { 'openapi.yaml': changed });
    // A production API with a consumer in the catalog: the change needs their owners' word.
    expect(check!.conclusion).toBe('failure');
    expect(check!.annotations.map((a) => (a as { message: string }).message.split('\n')[0])).toEqual([
      'api:default/invoices: breaking change: GET /invoices: the query parameter status becomes required; 1 consumer in the catalog (component:default/shop)',
      "api:default/invoices: breaking change: GET /invoices: the 200 response's items may now leave out total; 1 consumer in the catalog (component:default/shop)",
      'api:default/invoices: breaking change: GET /invoices/{id} is removed; 1 consumer in the catalog (component:default/shop)',
    ]);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(
      'makes 3 breaking changes to its definition; 1 consumer in the catalog would break: shop (team-a)',
    );
  });
});
