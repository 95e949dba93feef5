/**
 * Golden paths end to end: the real server (`npm start`) against the GitHub double, signed webhooks.
 * A template in `acme/golden-paths` made three repositories at its first version (rendered here by
 * Callboard's own scaffolder, as the app would have). The template then changes: `orders` gets an
 * update pull request with a clean three-way merge that keeps its own edit, `billing` — whose CI file
 * a person edited on the lines the template changed — gets a draft with git's conflict markers, and
 * `payments`, which already has the change, gets none. A redelivered push duplicates nothing.
 *
 * The catalog repository gets the template's issue form; an issue opened with it by someone who may
 * write there creates the repository in one commit, which the catalog lists, and is answered and
 * closed; wrong answers create nothing and say which field needs what, and an edit tries again; a
 * name taken, or someone without write access, is answered and nothing is made; a redelivered
 * webhook makes nothing twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffold } from '../../app/core/scaffold/scaffold.ts';
import { textFile, type TreeFile } from '../../app/core/scaffold/workspace.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { startDouble } from '../support/github.ts';
import { issueEditedPayload, issueOpenedPayload, pushPayload } from '../support/payloads.ts';
import { installedOn, waitFor, type AppServer } from './app-server.ts';

const ORG = 'acme';
const CATALOG = 'callboard-catalog';
const BRANCH = 'callboard/template/node-service';
const FAST = {
  CALLBOARD_WRITE_INTERVAL_MS: '50',
  CALLBOARD_WRITES_PER_MINUTE: '100000',
  CALLBOARD_WRITES_PER_HOUR: '100000',
};

let double: GithubDouble;
let server: AppServer;
let installationId: number;

const TEMPLATE = `apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: node-service
  title: Node.js service
spec:
  owner: group:default/platform
  type: service
  parameters:
    - title: About
      required: [name, owner]
      properties:
        name: { title: Name, type: string, pattern: '^[a-z0-9-]+$' }
        owner: { title: Owner, type: string, ui:field: OwnerPicker }
  steps:
    - id: fetch
      action: fetch:template
      input:
        url: ./skeleton
        values: { name: '\${{ parameters.name }}', owner: '\${{ parameters.owner }}' }
        copyWithoutTemplating: [.github/workflows/*]
    - id: publish
      action: publish:github
      input: { repoUrl: 'github.com?owner=acme&repo=\${{ parameters.name }}', defaultBranch: main }
    - id: register
      action: catalog:register
      input: { repoContentsUrl: '\${{ steps.publish.output.repoContentsUrl }}', catalogInfoPath: /catalog-info.yaml }
`;

const SKELETON_V1: Record<string, string> = {
  'templates/node-service/template.yaml': TEMPLATE,
  'templates/node-service/skeleton/catalog-info.yaml':
    'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${{ values.name }}\nspec:\n  type: service\n  lifecycle: experimental\n  owner: ${{ values.owner }}\n',
  'templates/node-service/skeleton/README.md':
    '# ${{ values.name }}\n\nA Node.js service.\n\n## Running it\n\n    npm start\n',
  'templates/node-service/skeleton/.github/workflows/ci.yml':
    'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with: { node-version: 20 }\n      - run: npm test\n',
};
/** Version 2: Node 24 in CI, a new line in the README, a new file. */
const V2_CHANGES: Record<string, string> = {
  'templates/node-service/skeleton/.github/workflows/ci.yml': SKELETON_V1[
    'templates/node-service/skeleton/.github/workflows/ci.yml'
  ]!.replace('node-version: 20', 'node-version: 24'),
  'templates/node-service/skeleton/README.md': SKELETON_V1['templates/node-service/skeleton/README.md']!.replace(
    '    npm start\n',
    '    npm start\n\nThe service listens on $PORT (8080 by default).\n',
  ),
  'templates/node-service/skeleton/.nvmrc': '24\n',
};

/** The repository `name` as Callboard would have made it from the template at `version`. */
function madeFrom(version: string, name: string): Record<string, string> {
  const files = new Map<string, TreeFile>();
  for (const [path, text] of Object.entries(SKELETON_V1))
    files.set(path.slice('templates/node-service/'.length), textFile(text));
  const result = scaffold({
    templateText: TEMPLATE,
    template: { files },
    answers: { name, owner: 'group:default/team-a' },
    source: 'acme/golden-paths/templates/node-service/template.yaml',
    version,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return Object.fromEntries([...result.files.files].map(([p, f]) => [p, new TextDecoder().decode(f.content)]));
}

const updates = (repo: string) => double.pullRequests(ORG, repo).filter((p) => p.head === BRANCH);

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization(ORG);
  double.addRepository({
    owner: ORG,
    name: 'golden-paths',
    files: {
      ...SKELETON_V1,
      'catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: golden-paths\nspec:\n  targets: [./templates/node-service/template.yaml]\n',
    },
  });
  const v1 = double.branchHead(ORG, 'golden-paths', 'main')!;
  for (const name of ['orders', 'billing', 'payments'])
    double.addRepository({ owner: ORG, name, files: madeFrom(v1, name) });
  // Changes of their own: a README line in orders (not where the template changes it), Node 22 in billing's CI
  // (the template's line), and payments already moved to everything version 2 brings.
  const readme = (repo: string) => double.readFile(ORG, repo, 'README.md')!;
  double.pushCommit({
    owner: ORG,
    repo: 'orders',
    branch: 'main',
    files: { 'README.md': readme('orders').replace('A Node.js service.', 'Takes orders. Ask #orders.') },
  });
  double.pushCommit({
    owner: ORG,
    repo: 'billing',
    branch: 'main',
    files: {
      '.github/workflows/ci.yml': V2_CHANGES['templates/node-service/skeleton/.github/workflows/ci.yml']!.replace(
        '24',
        '22',
      ),
    },
  });
  double.pushCommit({
    owner: ORG,
    repo: 'payments',
    branch: 'main',
    files: {
      '.github/workflows/ci.yml': V2_CHANGES['templates/node-service/skeleton/.github/workflows/ci.yml']!,
      'README.md': readme('payments').replace(
        '    npm start\n',
        '    npm start\n\nThe service listens on $PORT (8080 by default).\n',
      ),
      '.nvmrc': '24\n',
    },
  });
  double.addRepository({ owner: ORG, name: CATALOG, files: { 'README.md': '# The catalog\n' } });
  double.setPermission({ owner: ORG, repo: CATALOG, login: 'ana', permission: 'write' });
  double.setPermission({ owner: ORG, repo: CATALOG, login: 'bob', permission: 'read' });
  ({ server, installationId } = await installedOn(double, ORG, FAST));
  await server.idle();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await double?.close();
});

describe('template updates as pull requests', () => {
  const pushTemplate = (before: string) =>
    server.deliver(
      'push',
      pushPayload({
        installationId,
        owner: ORG,
        repo: 'golden-paths',
        before,
        after: double.branchHead(ORG, 'golden-paths', 'main')!,
        modified: Object.keys(V2_CHANGES),
        baseUrl: double.url,
      }),
    );

  it('opens a clean update, a draft with conflicts marked, and none where the change is already in', async () => {
    expect(updates('orders')).toEqual([]);
    const v1 = double.branchHead(ORG, 'golden-paths', 'main')!;
    double.pushCommit({ owner: ORG, repo: 'golden-paths', branch: 'main', files: V2_CHANGES, message: 'Node 24' });
    const v2 = double.branchHead(ORG, 'golden-paths', 'main')!;
    expect((await pushTemplate(v1)).status).toBe(200);
    await waitFor(
      () => updates('orders').length === 1 && updates('billing').length === 1,
      120_000,
      () => `no update pull requests:\n${server.output().slice(-4000)}`,
    );
    await server.idle();

    const [clean] = updates('orders');
    expect(clean!.draft).toBe(false);
    expect(clean!.title).toBe('Update from the template "Node.js service"');
    expect(clean!.body).toContain(`brings it to version \`${v2.slice(0, 12)}\``);
    const readme = double.readFile(ORG, 'orders', 'README.md', BRANCH)!;
    expect(readme).toContain('Takes orders. Ask #orders.'); // their change, kept
    expect(readme).toContain('The service listens on $PORT'); // the template's, taken
    expect(double.readFile(ORG, 'orders', '.github/workflows/ci.yml', BRANCH)).toContain('node-version: 24');
    expect(double.readFile(ORG, 'orders', '.nvmrc', BRANCH)).toBe('24\n');
    expect(double.readFile(ORG, 'orders', '.callboard/template.yaml', BRANCH)).toContain(`version: ${v2}`);
    expect(double.readFile(ORG, 'orders', 'catalog-info.yaml', BRANCH)).toContain(
      `backstage.io/template-version: ${v2}`,
    );

    const [conflicted] = updates('billing');
    expect(conflicted!.draft).toBe(true);
    expect(conflicted!.body).toContain(
      'Conflicts, marked the way git marks them, to resolve before merging: `.github/workflows/ci.yml`',
    );
    const ci = double.readFile(ORG, 'billing', '.github/workflows/ci.yml', BRANCH)!;
    expect(ci).toContain(
      '<<<<<<< this repository\n        with: { node-version: 22 }\n=======\n        with: { node-version: 24 }\n>>>>>>> template',
    );
    expect(double.readFile(ORG, 'billing', 'README.md', BRANCH)).toContain('The service listens on $PORT');

    expect(updates('payments')).toEqual([]);
  }, 240_000);

  it('duplicates nothing when the push is delivered again', async () => {
    const before = {
      orders: double.commits(ORG, 'orders', BRANCH).length,
      billing: double.commits(ORG, 'billing', BRANCH).length,
    };
    const v1 = double.commits(ORG, 'golden-paths', 'main')[1]!.sha;
    expect((await pushTemplate(v1)).status).toBe(200);
    await server.idle();
    expect(updates('orders')).toHaveLength(1);
    expect(updates('billing')).toHaveLength(1);
    expect(updates('payments')).toEqual([]);
    expect(double.commits(ORG, 'orders', BRANCH)).toHaveLength(before.orders);
    expect(double.commits(ORG, 'billing', BRANCH)).toHaveLength(before.billing);
  }, 120_000);
});

describe('a repository asked for with an issue', () => {
  const FORM = `.github/ISSUE_TEMPLATE/callboard-node-service.yml`;
  /** An issue body as GitHub writes a submitted form: a section per field. */
  const formBody = (name: string, owner = 'group:default/team-a') =>
    `### Template\n\nnode-service\n\n### Name\n\n${name}\n\n### Owner\n\n${owner}`;
  const comments = (number: number) => double.comments(ORG, CATALOG, number);
  const issue = (number: number) => double.issues(ORG, CATALOG).find((i) => i.number === number)!;
  const open = async (name: string, login = 'ana') => {
    const body = formBody(name);
    const number = double.openIssue({
      owner: ORG,
      repo: CATALOG,
      title: `[Create] Node.js service: ${name}`,
      body,
      author: login,
    });
    const payload = issueOpenedPayload({
      installationId,
      owner: ORG,
      repo: CATALOG,
      number,
      body,
      login,
      baseUrl: double.url,
    });
    const delivered = await server.deliver('issues', payload);
    expect(delivered.status).toBe(200);
    return { number, payload, id: delivered.id };
  };

  it("writes the template's issue form to the catalog repository", async () => {
    await waitFor(
      () => double.readFile(ORG, CATALOG, FORM) !== undefined,
      60_000,
      () => `no issue form:\n${server.output().slice(-3000)}`,
    );
    const form = double.readFile(ORG, CATALOG, FORM)!;
    expect(form).toContain('name: Node.js service');
    expect(form).toContain('label: Template');
    expect(form).toContain('label: Name');
    expect(form).toContain('label: Owner');
  });

  it('creates the repository in one commit, which the catalog lists, and answers and closes the issue', async () => {
    const { number, payload } = await open('shipping');
    await waitFor(
      () => issue(number).state === 'closed',
      60_000,
      () => `not closed: ${JSON.stringify(comments(number))}\n${server.output().slice(-3000)}`,
    );
    const [commit, ...older] = double.commits(ORG, 'shipping', 'main');
    expect(older).toEqual([]);
    expect(commit!.author).toBe('callboard[bot]');
    expect(double.readFile(ORG, 'shipping', 'README.md')).toContain('# shipping');
    expect(double.readFile(ORG, 'shipping', '.github/workflows/ci.yml')).toContain('node-version: 24');
    const descriptor = double.readFile(ORG, 'shipping', 'catalog-info.yaml')!;
    expect(descriptor).toContain('backstage.io/source-template: template:default/node-service');
    expect(descriptor).toContain(`backstage.io/template-version: ${double.branchHead(ORG, 'golden-paths', 'main')}`);
    expect(double.readFile(ORG, 'shipping', '.callboard/template.yaml')).toContain(`/${CATALOG}/issues/${number}`);
    const [reply] = comments(number);
    expect(reply!.body).toContain('### Created [acme/shipping]');
    expect(reply!.body).toContain('`component:default/shipping`');
    await waitFor(
      () => [...double.files(ORG, CATALOG).keys()].some((p) => p.includes('shipping')),
      60_000,
      () => `the catalog does not list shipping: ${[...double.files(ORG, CATALOG).keys()].join(', ')}`,
    );
    // Delivered again: the issue is closed, nothing happens twice.
    expect((await server.deliver('issues', payload)).status).toBe(200);
    await server.idle();
    expect(double.commits(ORG, 'shipping', 'main')).toHaveLength(1);
    expect(comments(number)).toHaveLength(1);
  }, 120_000);

  it('creates nothing from wrong answers and names the field, then creates it once the issue is edited', async () => {
    const { number } = await open('Not A Name');
    await waitFor(
      () => comments(number).length === 1,
      60_000,
      () => `no answer:\n${server.output().slice(-3000)}`,
    );
    expect(comments(number)[0]!.body).toContain('### Nothing was created: some answers need fixing');
    expect(comments(number)[0]!.body).toContain('**Name (name)**: must match the pattern ^[a-z0-9-]+$');
    expect(issue(number).state).toBe('open');
    expect(double.repositories().some((r) => r.toLowerCase().includes('not'))).toBe(false);
    const body = formBody('ledger');
    double.editIssue({ owner: ORG, repo: CATALOG, number, body });
    const edited = issueEditedPayload({
      installationId,
      owner: ORG,
      repo: CATALOG,
      number,
      body,
      login: 'ana',
      baseUrl: double.url,
    });
    expect((await server.deliver('issues', edited)).status).toBe(200);
    await waitFor(
      () => issue(number).state === 'closed',
      60_000,
      () => `not created after the edit:\n${server.output().slice(-3000)}`,
    );
    expect(double.readFile(ORG, 'ledger', 'catalog-info.yaml')).toContain('name: ledger');
    expect(comments(number)).toHaveLength(1); // the one reply, edited in place
    expect(comments(number)[0]!.body).toContain('### Created [acme/ledger]');
  }, 120_000);

  it('touches nothing for a name taken, or for someone who cannot write to the catalog repository', async () => {
    const ordersHead = double.branchHead(ORG, 'orders', 'main');
    const taken = await open('orders');
    const denied = await open('stranger', 'bob');
    await waitFor(
      () => comments(taken.number).length === 1 && comments(denied.number).length === 1,
      60_000,
      () => `no answers:\n${server.output().slice(-3000)}`,
    );
    expect(comments(taken.number)[0]!.body).toContain('### Nothing was created: acme/orders already exists');
    expect(double.branchHead(ORG, 'orders', 'main')).toBe(ordersHead);
    expect(comments(denied.number)[0]!.body).toContain('@bob cannot write to `acme/callboard-catalog`');
    expect(double.repositories().some((r) => r.endsWith('/stranger'))).toBe(false);
    expect([issue(taken.number).state, issue(denied.number).state]).toEqual(['open', 'open']);
  }, 120_000);
});
