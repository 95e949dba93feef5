/**
 * GitHub requests, counted against the GitHub double (every request checked against GitHub's API
 * description): reading one descriptor from each of N repositories in GraphQL batches, against the
 * one-REST-request-per-repository strategy of Backstage's GitHub provider, in the same run; and a
 * story of writes under every kind of fault, against the same story without faults.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCatalogUpdates } from '../app/features/catalog/catalog-updates.ts';
import { updateCatalog } from '../app/features/catalog/update-catalog.ts';
import { createScoreRecorder } from '../app/features/scorecards/record-scores.ts';
import { testServices } from '../test/support/app-services.ts';
import { scoreCommit, scoreOrganization, type ScoreCommitData } from '../app/features/scorecards/score-commit.ts';
import { validateDescriptors } from '../app/features/descriptor-checks/validate-descriptors.ts';
import { endState, runStory, stormFaults } from '../test/forge/write-story.ts';
import { forgeAgainst, startDouble } from '../test/support/github.ts';

const N = Number(process.env.BENCH_REPOSITORIES ?? 1000);
const line = (name: string, value: number | string, unit = '') =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ''}`);

const double = await startDouble();
double.addOrganization('acme');
for (let i = 0; i < N; i++) {
  const name = `service-${String(i).padStart(5, '0')}`;
  // Nine in ten repositories have a descriptor, as in an organisation part-way through adoption.
  double.addRepository({
    owner: 'acme',
    name,
    files:
      i % 10 === 9
        ? { 'README.md': '#\n' }
        : {
            'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-${i % 40}\n`,
          },
  });
}
const installation = double.addInstallation({ account: 'acme' }).id;
const { forge, octokit } = forgeAgainst(double, installation);

// Warm the installation token, so both strategies count only their own requests.
await forge.listRepositories();
octokit.requestCounts.reset();
const repositories = await forge.listRepositories();
const listing = octokit.requestCounts.get().total;
line('repositories', repositories.length);
line('list repositories', listing, 'requests');

octokit.requestCounts.reset();
let start = performance.now();
const batched = await forge.readFiles(repositories.map((r) => ({ repository: r, path: 'catalog-info.yaml' })));
const batchedMs = performance.now() - start;
const batchedRequests = octokit.requestCounts.get().total;

octokit.requestCounts.reset();
start = performance.now();
let oneByOneFound = 0;
for (const r of repositories) {
  const found = await octokit
    .request('GET /repos/{owner}/{repo}/contents/{path}', { owner: r.owner, repo: r.name, path: 'catalog-info.yaml' })
    .catch((e: { status?: number }) => {
      if (e.status !== 404) throw e;
    });
  if (found) oneByOneFound++;
}
const oneByOneMs = performance.now() - start;
const oneByOneRequests = octokit.requestCounts.get().total;

line('descriptors found batched', batched.filter((f) => f.text !== undefined).length);
line('descriptors found one by one', oneByOneFound);
line('read descriptors batched (GraphQL)', batchedRequests, 'requests');
line('read descriptors one by one (REST, as Backstage)', oneByOneRequests, 'requests');
line('requests per file read batched', (batchedRequests / repositories.length).toFixed(3), 'requests');
line('requests per file read one by one', (oneByOneRequests / repositories.length).toFixed(3), 'requests');
line('batched vs one by one requests', (oneByOneRequests / batchedRequests).toFixed(1), 'x fewer');
line('batched vs one by one time', (oneByOneMs / batchedMs).toFixed(1), 'x faster');

// Keeping the catalog current, through the app's own job, counted: the first build (the catalog
// repository is empty); a scheduled reconcile when nothing was pushed, on the replica that made
// the last commit (it keeps the state) and on a fresh one (it reads the state back); a push to one
// repository; and an on-demand reconcile that reads every repository. Next to them, what
// Backstage's GitHub provider spends on each refresh cycle: a GraphQL listing page per 25
// repositories and a REST read per repository.
double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# Catalog\n' } });
const updates = createCatalogUpdates();
/** The catalog job of one replica: what it keeps of the catalog repository is its own. */
const job = () => updateCatalog(testServices({ forge, webUrl: double.url }), updates);
const warm = job();
const backstageCycle = N + Math.ceil(N / 25);
// GitHub's hourly limit for this installation, as the double computes it from the organisation's size.
const hourly = (await octokit.request('GET /rate_limit')).data.resources.core.limit;
line('installation hourly rate limit (REST)', hourly, 'requests');
line(`Backstage refresh cycle's REST reads (${N}), share of that limit`, Math.round((100 * N) / hourly), '%');
const steps: [string, () => Promise<void>, { full?: boolean; force?: boolean; repositories?: string[] }][] = [
  ['first build', () => warm(jobOf('first')), { full: true }],
  ['scheduled reconcile, nothing pushed', () => warm(jobOf('warm')), { full: true }],
  ['scheduled reconcile, nothing pushed, fresh replica', () => job()(jobOf('fresh')), { full: true }],
  ['push to one repository', () => (pushToOne(), warm(jobOf('push'))), { repositories: ['acme/service-00001'] }],
  ['reconcile asked for (every repository read)', () => warm(jobOf('forced')), { full: true, force: true }],
];
function pushToOne() {
  double.pushCommit({
    owner: 'acme',
    repo: 'service-00001',
    branch: 'main',
    files: {
      'catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: service-00001\n  description: Pushed\nspec:\n  type: service\n  lifecycle: production\n  owner: team-1\n',
    },
  });
}
function jobOf(id: string) {
  return { name: 'update-catalog', id, data: { installationId: installation, organization: 'acme' } };
}
for (const [label, run, update] of steps) {
  updates.add(installation, { ...update, reason: label });
  octokit.requestCounts.reset();
  start = performance.now();
  await run();
  const { total: requests, notModified } = octokit.requestCounts.get();
  line(`catalog ${label} (${N} repositories)`, requests, `requests (${notModified} of them free 304s)`);
  if (process.env.BENCH_ROUTES) console.log(JSON.stringify(octokit.requestCounts.get()));
  line(`catalog ${label} time`, Math.round(performance.now() - start), 'ms');
  if (update.full)
    line(
      `catalog ${label} vs Backstage refresh cycle (${backstageCycle} requests)`,
      (backstageCycle / requests).toFixed(1),
      'x fewer',
    );
}

// A pull request event, counted: the descriptor check and the impact comment on a change to one
// repository's descriptor, against the catalog just built for the whole organisation. Cold: the
// replica has never read the catalog index. Warm: the next push, no catalog commit since. After a
// catalog commit: another repository's change landed, so the index is read again, changed shards
// only. A pull request of 250 files adds only the pages of its file list. None of it grows with
// the organisation.
const prJob = validateDescriptors(testServices({ forge }));
const descriptorOf = (name: string, extra: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-2\n${extra}`;
async function pullRequestEvent(label: string, repo: string, branch: string, files: Record<string, string>) {
  const baseSha = double.branchHead('acme', repo, 'main')!;
  const existing = double.pullRequests('acme', repo).find((p) => p.head === branch);
  const number =
    existing?.number ?? double.openPullRequest({ owner: 'acme', repo, head: branch, files, author: 'lin' }).number;
  const headSha = existing
    ? double.pushCommit({ owner: 'acme', repo, branch, files })
    : double.branchHead('acme', repo, branch)!;
  octokit.requestCounts.reset();
  await prJob({
    name: 'validate-descriptors',
    id: label,
    data: {
      installationId: installation,
      repository: { owner: 'acme', name: repo },
      htmlUrl: `${double.url}/acme/${repo}`,
      headSha,
      baseSha,
      pullRequest: number,
    },
  });
  const { total, rest, graphql, notModified, byRoute } = octokit.requestCounts.get();
  if (process.env.BENCH_ROUTES) console.log(byRoute);
  line(
    `pull request event, ${label} (${N} repositories)`,
    total,
    `requests (${rest} REST of which ${notModified} free 304s, ${graphql} GraphQL; ${total - notModified} counted against the rate limit)`,
  );
}
await pullRequestEvent('cold index', 'service-00002', 'add-dependency', {
  'catalog-info.yaml': descriptorOf('service-00002', '  dependsOn: [component:service-00003]\n'),
});
await pullRequestEvent('warm index, next push', 'service-00002', 'add-dependency', {
  'catalog-info.yaml': descriptorOf('service-00002', '  dependsOn: [component:service-00004]\n'),
});
double.pushCommit({
  owner: 'acme',
  repo: 'service-00005',
  branch: 'main',
  files: { 'catalog-info.yaml': descriptorOf('service-00005', '') },
});
updates.add(installation, { repositories: ['acme/service-00005'], reason: 'push' });
await warm(jobOf('push-5'));
await pullRequestEvent('after a catalog commit', 'service-00002', 'add-dependency', {
  'catalog-info.yaml': descriptorOf('service-00002', '  dependsOn: [component:service-00006]\n'),
});
await pullRequestEvent(
  '250 files changed',
  'service-00007',
  'big-change',
  Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`src/file-${i}.ts`, `export const n = ${i};\n`])),
);

// Scorecards, counted: the talk's track in the catalog repository. A pull request's scorecard check
// (head and base scored), a push to the default branch (scored and recorded in the catalog
// repository, with the scorecard pages), and a full scoring run: every repository's default branch
// scored and recorded in one commit, first and again with nothing moved, then again with the
// "Security basics" track added (it reads each repository's settings). A scoring event costs the
// same whatever the organisation's size. The full run reads its heads in batches (a GraphQL query
// per 50 repositories: commit, root descriptor, CI facts) and lists a commit's files once; its
// baseline is each repository read on its own, as a per-entity fact collector reads: the file
// listing, the descriptor and the CI facts, and three settings reads when a track names them.
double.pushCommit({
  owner: 'acme',
  repo: 'callboard-catalog',
  branch: 'main',
  files: {
    'scorecards/test-certified.yaml': readFileSync(
      join(import.meta.dirname, '..', 'templates', 'scorecards', 'test-certified.yaml'),
      'utf8',
    ),
  },
});
/** A replica's scoring jobs, recording default branches' scores in the catalog repository. */
function scoringServices() {
  const services = testServices({ forge });
  return { ...services, record: createScoreRecorder(services.catalogRepositories) };
}
const scoreJob = scoreCommit(scoringServices());
async function scoringEvent(label: string, data: Omit<ScoreCommitData, 'installationId' | 'htmlUrl'>) {
  octokit.requestCounts.reset();
  await scoreJob({
    name: 'score-commit',
    id: label,
    data: {
      installationId: installation,
      htmlUrl: `${double.url}/${data.repository.owner}/${data.repository.name}`,
      ...data,
    },
  });
  const { total, notModified, contentCreating } = octokit.requestCounts.get();
  line(
    `scorecard ${label} (${N} repositories)`,
    total,
    `requests (${notModified} free 304s, ${contentCreating} writes)`,
  );
  return total - notModified;
}
const prRepo = { owner: 'acme', name: 'service-00002' };
const prHead = double.branchHead('acme', 'service-00002', 'add-dependency')!;
await scoringEvent('pull request, cold', {
  repository: prRepo,
  headSha: prHead,
  baseSha: double.branchHead('acme', 'service-00002', 'main')!,
});
await scoringEvent('pull request, warm', {
  repository: prRepo,
  headSha: prHead,
  baseSha: double.branchHead('acme', 'service-00002', 'main')!,
});
await scoringEvent('push to the default branch, recorded', {
  repository: { owner: 'acme', name: 'service-00008' },
  headSha: double.branchHead('acme', 'service-00008', 'main')!,
  defaultBranch: true,
});
await scoringEvent('push to the default branch, recorded, second repository', {
  repository: { owner: 'acme', name: 'service-00009' },
  headSha: double.branchHead('acme', 'service-00009', 'main')!,
  defaultBranch: true,
});
const fullRun = scoreOrganization(scoringServices());
async function fullScoringRuns(tracks: string, readsPerRepository: number) {
  const baseline = N * readsPerRepository;
  for (const label of ['first', 'again, nothing moved']) {
    octokit.requestCounts.reset();
    start = performance.now();
    await fullRun({
      name: 'score-organization',
      id: label,
      data: { installationId: installation, organization: 'acme' },
    });
    const { total, rest, graphql, notModified, contentCreating } = octokit.requestCounts.get();
    const counted = total - notModified;
    line(
      `scorecard full scoring run (${tracks}), ${label} (${N} repositories)`,
      total,
      `requests (${rest} REST of which ${notModified} free 304s, ${graphql} GraphQL, ${contentCreating} writes)`,
    );
    line(
      `scorecard full scoring run (${tracks}), ${label}, counted per repository`,
      (counted / N).toFixed(2),
      'requests',
    );
    line(
      `scorecard full scoring run (${tracks}), ${label}, vs each repository read on its own (${baseline} requests)`,
      (baseline / Math.max(1, counted)).toFixed(1),
      'x fewer counted',
    );
    line(`scorecard full scoring run (${tracks}), ${label}, time`, Math.round(performance.now() - start), 'ms');
  }
}
await fullScoringRuns('Test Certified', 3);
double.pushCommit({
  owner: 'acme',
  repo: 'callboard-catalog',
  branch: 'main',
  files: {
    'scorecards/security-basics.yaml': readFileSync(
      join(import.meta.dirname, '..', 'templates', 'scorecards', 'security-basics.yaml'),
      'utf8',
    ),
  },
});
await fullScoringRuns('Test Certified and Security basics', 6);

// The same writes, calm and under every fault, compared by what they leave behind.
double.addRepository({ owner: 'acme', name: 'calm', files: { 'README.md': '#\n' } });
double.addRepository({ owner: 'acme', name: 'stormy', files: { 'README.md': '#\n' } });
await runStory(forge, { owner: 'acme', name: 'calm' });
double.reset();
for (const fault of stormFaults('acme', 'stormy')) double.faults.add(fault);
const stormy = await runStory(forge, { owner: 'acme', name: 'stormy' });
const failed = double.requests.filter((r) => r.status === 0 || r.status >= 400).length;
const converged =
  JSON.stringify(endState(double, 'acme', 'stormy')) === JSON.stringify(endState(double, 'acme', 'calm'));
const state = endState(double, 'acme', 'stormy');
line('fault run requests', double.requests.length);
line('fault run failed answers (5xx, 403/429, dropped, lost)', failed);
line('fault run branch moved under the commit', stormy.commitRetries, 'times');
line('fault run converged to the calm end state', converged ? 'yes' : 'NO');
line(
  'fault run duplicates (commits, pull requests, comments, issues)',
  state.commitsByCallboard - 1 + state.pullRequests.length - 1 + state.comments.length - 1 + state.issues.length - 1,
);
line('GitHub double violations', double.violations.length);
await double.close();
