/**
 * The catalog, end to end: the real server (`npm start`) against the GitHub double, an
 * organisation of 30 repositories, and the catalog repository kept current by signed webhooks.
 * A push that touches no descriptor queues no catalog job (test/features/events.test.ts), and its
 * scoring costs one free request (test/features/scorecards/score-commit.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GithubDouble } from '../github-double/index.ts';
import { componentYaml } from '../support/descriptors.ts';
import { startDouble } from '../support/github.ts';
import { startAppServer, waitFor, type AppServer } from './app-server.ts';
import { installationCreatedPayload, pushPayload } from '../support/payloads.ts';

let double: GithubDouble;
let server: AppServer;
let installationId: number;
const REPOS = Array.from({ length: 30 }, (_, i) => `service-${String(i).padStart(2, '0')}`);
const team = (name: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: team\n  children: []\n`;

const catalogCommits = () =>
  double.commits('acme', 'callboard-catalog', 'main').filter((c) => c.author === 'callboard[bot]');
const catalogFile = (path: string) => double.readFile('acme', 'callboard-catalog', `catalog/${path}`);
/** Every ref in the index, read as a machine would: index.json, then each shard it lists. */
const indexedRefs = (): string[] =>
  (JSON.parse(catalogFile('index.json')!).shards as string[]).flatMap((shard) =>
    JSON.parse(catalogFile(shard)!).entities.map((e: { ref: string }) => e.ref),
  );

/** Pushes a change to one repository and tells the server, as GitHub would. */
async function push(repo: string, files: Record<string, string>) {
  const before = double.branchHead('acme', repo, 'main')!;
  const after = double.pushCommit({ owner: 'acme', repo, branch: 'main', files, author: 'lin' });
  const delivery = await server.deliver(
    'push',
    pushPayload({
      installationId,
      owner: 'acme',
      repo,
      before,
      after,
      modified: Object.keys(files),
      baseUrl: double.url,
    }),
  );
  expect(delivery.status).toBe(200);
}

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  REPOS.forEach((name, i) =>
    double.addRepository({
      owner: 'acme',
      name,
      files: {
        'catalog-info.yaml': componentYaml(name).replace('team-a', i % 2 ? 'team-a' : 'team-b'),
        'src/index.ts': '',
      },
    }),
  );
  double.addRepository({
    owner: 'acme',
    name: 'people',
    files: { 'catalog-info.yaml': `${team('team-a')}---\n${team('team-b')}` },
  });
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  installationId = double.addInstallation({ account: 'acme' }).id;
  server = await startAppServer(double);
}, 90_000);
afterAll(async () => {
  // The last test leaves the 20 commits' descriptor checks running: nothing looks at them.
  await server?.kill();
  await double?.close();
});

describe('the catalog repository, kept current by the app', () => {
  it('is populated when the app is installed on an organisation of 30 repositories', async () => {
    expect((await server.deliver('installation', installationCreatedPayload(installationId, 'acme'))).status).toBe(200);
    await waitFor(
      () => catalogCommits().length === 1,
      90_000,
      () => `no catalog commit:\n${server.output()}`,
    );
    for (const name of REPOS) expect(catalogFile(`component/default/${name}.md`)).toContain(`# ${name}`);
    expect(catalogFile('README.md')).toContain('32 entities from 31 repositories');
    expect(JSON.parse(catalogFile('index.json')!).entities).toBe(32);
    expect(indexedRefs()).toHaveLength(32);
    expect(catalogFile('all.yaml')).toContain(`${double.url}/acme/service-00/blob/main/catalog-info.yaml`);
  });

  it('changes exactly the pages an owner change touches, in one commit', async () => {
    const before = double.files('acme', 'callboard-catalog');
    await push('service-07', { 'catalog-info.yaml': componentYaml('service-07').replace('team-a', 'team-b') });
    await waitFor(
      () => catalogCommits().length === 2,
      60_000,
      () => `no second commit:\n${server.output()}`,
    );
    const after = double.files('acme', 'callboard-catalog');
    // Shards are named by the hash of what they hold: which shard changed is the hash's business.
    const shard = (path: string) =>
      path.replace(/\/(index|\.callboard\/entities)\/[0-9a-f]+\.json$/, '/$1/<shard>.json');
    const changed = [
      ...new Set([...before.keys(), ...after.keys()].filter((p) => before.get(p) !== after.get(p)).map(shard)),
    ].sort();
    expect(changed).toEqual([
      'catalog/.callboard/entities/<shard>.json',
      'catalog/.callboard/manifest.json',
      'catalog/.callboard/repositories/acme/service-07.json',
      'catalog/README.md',
      'catalog/component/default/service-07.md',
      'catalog/entities/component/default/service-07.yaml',
      'catalog/entities/group/default/team-a.yaml',
      'catalog/entities/group/default/team-b.yaml',
      'catalog/group/default/team-a.md',
      'catalog/group/default/team-b.md',
      'catalog/index/<shard>.json',
    ]);
    expect(catalogCommits()[0]!.message).toMatch(/^Update the catalog: push to acme\/service-07/);
  });

  it('keeps the last good entity when a descriptor breaks, and shows the error beside it', async () => {
    await push('service-03', {
      'catalog-info.yaml': componentYaml('service-03').replace(
        '  lifecycle: production',
        '  lifecycle: production\n  lifecycle: deprecated',
      ),
    });
    await waitFor(
      () => catalogFile('component/default/service-03.md')?.includes('last good version') ?? false,
      60_000,
      () => server.output(),
    );
    expect(catalogFile('component/default/service-03.md')).toContain('Map keys must be unique');
    expect(catalogFile('errors.md')).toContain('acme/service-03');
    expect(indexedRefs()).toContain('component:default/service-03');
    expect(indexedRefs()).toHaveLength(32);
  });

  // Last: the 20 commits' descriptor checks (two content-creating requests each, a second apart: some 40 s) are not
  // waited for.
  it('takes in pushes to 20 repositories at once, coalesced into fewer commits, losing none', async () => {
    const commits = catalogCommits().length;
    await Promise.all(
      REPOS.slice(10).map((name) =>
        push(name, {
          'catalog-info.yaml': componentYaml(name).replace('spec:', `  description: Changed ${name}\nspec:`),
        }),
      ),
    );
    await waitFor(
      () => REPOS.slice(10).every((name) => catalogFile(`component/default/${name}.md`)?.includes(`Changed ${name}`)),
      120_000,
      () => `not every push landed:\n${server.output()}`,
    );
    const added = catalogCommits().length - commits;
    expect(added).toBeGreaterThanOrEqual(1);
    expect(added).toBeLessThan(20);
    console.log(`[e2e] 20 concurrent pushes landed in ${added} catalog commits`);
  });
});
