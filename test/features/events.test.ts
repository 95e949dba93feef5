/**
 * Every feature's events, through Probot's own `receive` (as Probot's tests drive an app), against
 * a queue that records what is added: which jobs each delivery queues, with which id, group and
 * coalesce key, in milliseconds and without a server. What the jobs then do is tested with the jobs
 * (test/features/<feature>/) and end to end (test/e2e/).
 */
import { generateKeyPairSync } from 'node:crypto';
import { Probot, ProbotOctokit } from 'probot';
import { beforeEach, describe, expect, it } from 'vitest';
import { inThisThread } from '../../app/core/content-work.ts';
import { createCallboardApp } from '../../app/server/callboard-app.ts';
import type { Job } from '../../app/queue/job-queue.ts';
import { recordingQueue } from '../support/app-services.ts';
import {
  checkRunCompletedPayload,
  example,
  installationCreatedPayload,
  issueCommentPayload,
  issueEditedPayload,
  pullRequestPayload,
  pushPayload,
} from '../support/payloads.ts';

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const BASE = 'https://github.com';
let queue: ReturnType<typeof recordingQueue>;
let probot: Probot;

beforeEach(async () => {
  queue = recordingQueue();
  probot = new Probot({
    appId: 1,
    privateKey,
    // Handlers only queue jobs: a request to GitHub would be a bug, and fails at once.
    Octokit: ProbotOctokit.defaults({ baseUrl: 'http://127.0.0.1:9', retry: { enabled: false } }),
    logLevel: 'fatal',
  });
  await probot.load(createCallboardApp({ work: inThisThread, queue, reconcileHours: 0 }));
});

const receive = (id: string, name: string, payload: Record<string, unknown>) =>
  probot.receive({ id, name, payload } as Parameters<Probot['receive']>[0]);
const queued = () => queue.added.map((j: Job) => ({ name: j.name, id: j.id, group: j.group, coalesce: j.coalesce }));

/** What was queued, by name, in no particular order: features hear an event together. */
const names = () => queue.added.map((j) => j.name).sort();

const pr = {
  installationId: 7,
  owner: 'acme',
  repo: 'svc',
  number: 12,
  headSha: 'h1',
  head: 'change',
  base: 'main',
  baseSha: 'b1',
  baseUrl: BASE,
};

describe('a pull request', () => {
  it('queues its descriptor check and its scoring, each replacing an older head still waiting', async () => {
    await receive('d1', 'pull_request', pullRequestPayload('synchronize', pr));
    expect(queued()).toEqual([
      {
        name: 'validate-descriptors',
        id: 'd1:validate-descriptors',
        group: 'acme/svc#12',
        coalesce: 'validate-descriptors:acme/svc#12',
      },
      { name: 'score-commit', id: 'd1:score-commit', group: 'acme/svc@h1', coalesce: 'score-commit:acme/svc#12' },
    ]);
    expect(queue.added[0]!.data).toEqual({
      installationId: 7,
      repository: { owner: 'acme', name: 'svc' },
      htmlUrl: `${BASE}/acme/svc`,
      headSha: 'h1',
      baseSha: 'b1',
      pullRequest: 12,
      newestHead: true,
    });
  });

  it('from a fork is checked and scored in the base repository, on the head commit', async () => {
    await receive('d1', 'pull_request', pullRequestPayload('opened', { ...pr, headOwner: 'contributor' }));
    expect(queue.added.map((j) => [j.name, j.data])).toEqual([
      ['validate-descriptors', expect.objectContaining({ repository: { owner: 'acme', name: 'svc' }, headSha: 'h1' })],
      ['score-commit', expect.objectContaining({ repository: { owner: 'acme', name: 'svc' }, headSha: 'h1' })],
    ]);
  });

  it('delivered twice queues once', async () => {
    await receive('d1', 'pull_request', pullRequestPayload('opened', pr));
    await receive('d1', 'pull_request', pullRequestPayload('opened', pr));
    expect(queue.added).toHaveLength(2);
  });
});

describe('a push', () => {
  const push = (modified: string[], repo = 'svc') =>
    pushPayload({ installationId: 7, owner: 'acme', repo, before: 'a0', after: 'a1', modified, baseUrl: BASE });

  it('to the default branch touching a descriptor: checked, taken into the catalog, scored, its templates looked at', async () => {
    await receive('d2', 'push', push(['catalog-info.yaml']));
    expect(queued().sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'score-commit', id: 'd2:score-commit', group: 'acme/svc@a1', coalesce: undefined },
      { name: 'templates-changed', id: 'd2:templates-changed', group: undefined, coalesce: undefined },
      { name: 'update-catalog', id: 'd2:update-catalog', group: 'catalog:7', coalesce: 'update-catalog:7' },
      { name: 'validate-descriptors', id: 'd2:validate-descriptors', group: 'acme/svc#a1', coalesce: undefined },
    ]);
    expect(queue.added.find((j) => j.name === 'validate-descriptors')!.data).toMatchObject({
      headSha: 'a1',
      changedPaths: ['catalog-info.yaml'],
    });
  });

  it('touching no descriptor is scored, and any template it holds updates the repositories made from it', async () => {
    await receive('d3', 'push', push(['src/index.ts']));
    expect(names()).toEqual(['score-commit', 'templates-changed']);
    expect(queue.added.find((j) => j.name === 'templates-changed')!.data).toMatchObject({
      push: { repository: 'acme/svc', paths: ['src/index.ts'] },
    });
  });

  it('to another branch is not a template change', async () => {
    await receive('d3b', 'push', { ...push(['templates/x/template.yaml']), ref: 'refs/heads/feature' });
    expect(names()).not.toContain('templates-changed');
  });

  it("to the catalog repository's scorecards: the files are checked and the organisation scored", async () => {
    await receive('d4', 'push', push(['scorecards/docs.yaml'], 'callboard-catalog'));
    // A YAML file could be a descriptor's Location target: it is checked as one too.
    expect(names()).toEqual([
      'check-scorecard-files',
      'score-commit',
      'score-organization',
      'templates-changed',
      'validate-descriptors',
    ]);
  });

  it("to the catalog repository's callboard.yaml: a full build", async () => {
    await receive('d5', 'push', push(['callboard.yaml'], 'callboard-catalog'));
    expect(names()).toEqual(['score-commit', 'templates-changed', 'update-catalog', 'validate-descriptors']);
  });
});

describe('the catalog', () => {
  it('is built in full when the app is installed', async () => {
    await receive('d6', 'installation', installationCreatedPayload(7, 'acme'));
    expect(queued()).toEqual([
      { name: 'update-catalog', id: 'd6:update-catalog', group: 'catalog:7', coalesce: 'update-catalog:7' },
    ]);
  });

  it('hears "/callboard reconcile" on the catalog repository only', async () => {
    const comment = (repo: string, body: string) =>
      issueCommentPayload({ installationId: 7, owner: 'acme', repo, number: 1, login: 'ana', body, baseUrl: BASE });
    await receive('d7', 'issue_comment', comment('callboard-catalog', '/callboard reconcile please'));
    await receive('d8', 'issue_comment', comment('svc', '/callboard reconcile'));
    await receive('d9', 'issue_comment', comment('callboard-catalog', 'thanks!'));
    expect(queued()).toEqual([
      { name: 'reconcile-request', id: 'd7:reconcile-request', group: undefined, coalesce: undefined },
    ]);
    expect(queue.added[0]!.data).toEqual({
      installationId: 7,
      organization: 'acme',
      catalogRepository: 'callboard-catalog',
      login: 'ana',
    });
  });

  it('takes no other comment on the catalog repository for "/callboard reconcile", and asks GitHub nothing', async () => {
    const bodies = [
      '/callboard  reconcilex',
      'please /callboard reconcile',
      '/callboard',
      '/callboard reconciled',
      `/callboard\n${'reconcile'.repeat(10_000)}`,
    ];
    for (const [i, body] of bodies.entries())
      await receive(
        `c${i}`,
        'issue_comment',
        issueCommentPayload({
          installationId: 7,
          owner: 'acme',
          repo: 'callboard-catalog',
          number: 1,
          login: 'writer',
          body,
          baseUrl: BASE,
        }),
      );
    // A request to GitHub would have failed the delivery (see beforeEach).
    expect(queued()).toEqual([]);
  });

  it('takes in renamed repositories under both names', async () => {
    const payload = example('repository', 'renamed') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    payload.installation = { id: 7 };
    await receive('d10', 'repository', payload);
    expect(queued().map((j) => j.name)).toEqual(['update-catalog']);
  });
});

describe('scorecards', () => {
  it('score a commit again when CI facts arrive, and only then', async () => {
    const run = (name: string) =>
      checkRunCompletedPayload({
        installationId: 7,
        owner: 'acme',
        repo: 'svc',
        name,
        headSha: 'c1',
        headBranch: 'main',
        appSlug: 'github-actions',
        baseUrl: BASE,
      });
    await receive('d11', 'check_run', run('Callboard / CI facts'));
    await receive('d12', 'check_run', run('build'));
    expect(queued()).toEqual([
      { name: 'score-commit', id: 'd11:score-commit', group: 'acme/svc@c1', coalesce: undefined },
    ]);
    expect(queue.added[0]!.data).toMatchObject({ headSha: 'c1', defaultBranch: true });
  });
});

describe('"Re-run all checks" (check_suite.rerequested)', () => {
  it("runs the descriptor check and the scorecard again, on the suite's head", async () => {
    const suite = example('check_suite', 'rerequested');
    await receive('d21', 'check_suite', suite);
    expect(names()).toEqual(['score-commit', 'validate-descriptors']);
    const head = (suite.check_suite as { head_sha: string }).head_sha;
    const data = queue.added.find((j) => j.name === 'score-commit')!.data as {
      headSha: string;
      defaultBranch?: boolean;
    };
    // A pull request's head, not the default branch's commit: the catalog's scorecards are not touched.
    expect(data.headSha).toBe(head);
    expect(data.defaultBranch).toBeFalsy();
  });
});

describe('every example payload of GitHub', () => {
  it('is taken without an error, whatever features listen to it', async () => {
    const { examplePayloads } = await import('../support/payloads.ts');
    const events = [
      'pull_request',
      'push',
      'installation',
      'installation_repositories',
      'repository',
      'check_run',
      'check_suite',
      'issue_comment',
      'team',
      'membership',
      'organization',
    ];
    for (const [name, payload] of examplePayloads(events)) await receive(`x-${name}`, name, payload);
  });
});

describe('migrations', () => {
  const catalogPush = (paths: string[], branch = 'main') =>
    pushPayload({
      installationId: 7,
      owner: 'acme',
      repo: 'callboard-catalog',
      before: 'b1',
      after: 'h1',
      modified: paths,
      baseUrl: BASE,
      branch,
    });

  it('a spec pushed to the catalog repository gets its check, and runs the campaigns it touched', async () => {
    await receive(
      'd1',
      'push',
      catalogPush(['migrations/node-24.yaml', 'migrations/onboarding/catalog-info.yaml', 'README.md']),
    );
    const migrationJobs = queued().filter(
      (j) => !['validate-descriptors', 'score-commit', 'templates-changed'].includes(j.name),
    );
    expect(migrationJobs).toEqual([
      { name: 'check-migrations', id: 'd1:check-migrations', group: 'acme/callboard-catalog@h1', coalesce: undefined },
      {
        name: 'run-campaign',
        id: 'd1:run-campaign:node-24',
        group: 'migration:7:node-24',
        coalesce: 'migration:7:node-24',
      },
      {
        name: 'run-campaign',
        id: 'd1:run-campaign:onboarding',
        group: 'migration:7:onboarding',
        coalesce: 'migration:7:onboarding',
      },
    ]);
  });

  it('a spec pushed to another branch is checked, not run', async () => {
    await receive('d2', 'push', catalogPush(['migrations/node-24.yaml'], 'try-node-24'));
    expect(names().filter((n) => n.includes('migration') || n.includes('campaign'))).toEqual(['check-migrations']);
  });

  it('a person’s push to a migration branch moves that repository; Callboard’s own does not', async () => {
    const push = (bot?: string) =>
      pushPayload({
        installationId: 7,
        owner: 'acme',
        repo: 'svc',
        before: 'b1',
        after: 'h2',
        modified: ['NOTES.md'],
        baseUrl: BASE,
        branch: 'callboard/migrate/node-24',
        ...(bot ? { bot } : {}),
      });
    await receive('d3', 'push', push('callboard[bot]'));
    expect(names()).not.toContain('migrate-repository');
    await receive('d4', 'push', push());
    expect(queued().find((j) => j.name === 'migrate-repository')).toEqual({
      name: 'migrate-repository',
      id: 'd4:migrate-repository',
      group: 'acme/svc',
      coalesce: '7:node-24:acme/svc:',
    });
  });

  it('a migration’s pull request closed or merged moves its repository', async () => {
    await receive(
      'd5',
      'pull_request',
      pullRequestPayload('closed', { ...pr, head: 'callboard/migrate/node-24', merged: true }),
    );
    expect(queue.added.find((j) => j.name === 'migrate-repository')?.data).toEqual({
      installationId: 7,
      organization: 'acme',
      campaign: 'node-24',
      repository: { owner: 'acme', name: 'svc' },
    });
    queue.added.length = 0;
    await receive('d6', 'pull_request', pullRequestPayload('closed', pr));
    expect(names()).not.toContain('migrate-repository');
  });

  it('an edited dashboard is read by a job, which asks GitHub who edited it', async () => {
    const edited = issueEditedPayload({
      installationId: 7,
      owner: 'acme',
      repo: 'callboard-catalog',
      number: 3,
      body: ' - [x] <!-- callboard-retry=acme/svc -->`acme/svc`\n<!-- callboard:migration-dashboard:node-24 -->',
      login: 'ana',
      baseUrl: BASE,
    });
    await receive('d7', 'issues', edited);
    expect(queue.added.map((j) => [j.name, j.data])).toEqual([
      [
        'migration-dashboard-edited',
        {
          installationId: 7,
          organization: 'acme',
          campaign: 'node-24',
          login: 'ana',
          body: (edited.issue as { body: string }).body,
          catalogRepository: 'callboard-catalog',
        },
      ],
    ]);
  });
});
