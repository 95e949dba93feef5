import { describe, expect, it } from 'vitest';
import { APP_ID, useDouble } from './fixture.ts';

let installation = 0;
let pullNumber = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'a.txt': 'a\n' } });
  installation = double.addInstallation({ account: 'acme' }).id;
  pullNumber = double.openPullRequest({
    owner: 'acme',
    repo: 'svc',
    head: 'feature',
    author: 'dev',
    files: { 'b.txt': 'b\n' },
  }).number;
});

describe('comments', () => {
  it('are created by the app, listed in pages, edited and deleted', async () => {
    const client = fixture.client(installation);
    const ids: number[] = [];
    for (const n of [1, 2, 3]) {
      const { status, data } = await client.rest.issues.createComment({
        owner: 'acme',
        repo: 'svc',
        issue_number: pullNumber,
        body: `comment ${n}`,
      });
      expect(status).toBe(201);
      expect(data.user).toMatchObject({ login: 'callboard[bot]', type: 'Bot' });
      expect(data.performed_via_github_app).toMatchObject({ id: APP_ID, slug: 'callboard' });
      ids.push(data.id);
    }
    const page = await client.rest.issues.listComments({
      owner: 'acme',
      repo: 'svc',
      issue_number: pullNumber,
      per_page: 2,
    });
    expect(page.data.map((c) => c.body)).toEqual(['comment 1', 'comment 2']);
    expect(page.headers.link).toContain('rel="next"');
    const all = await client.paginate(client.rest.issues.listComments, {
      owner: 'acme',
      repo: 'svc',
      issue_number: pullNumber,
      per_page: 2,
    });
    expect(all.map((c) => c.id)).toEqual(ids);

    const edited = await client.rest.issues.updateComment({
      owner: 'acme',
      repo: 'svc',
      comment_id: ids[1] ?? 0,
      body: 'edited',
    });
    expect(edited.data.body).toBe('edited');
    expect(
      (await client.rest.issues.deleteComment({ owner: 'acme', repo: 'svc', comment_id: ids[0] ?? 0 })).status,
    ).toBe(204);
    await expect(
      client.rest.issues.deleteComment({ owner: 'acme', repo: 'svc', comment_id: ids[0] ?? 0 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(fixture.double.comments('acme', 'svc', pullNumber)).toEqual([
      { id: ids[1], body: 'edited', author: 'callboard[bot]' },
      { id: ids[2], body: 'comment 3', author: 'callboard[bot]' },
    ]);
  });

  it('refuse a body over 65536 characters, and a missing issue', async () => {
    const client = fixture.client(installation);
    await expect(
      client.rest.issues.createComment({
        owner: 'acme',
        repo: 'svc',
        issue_number: pullNumber,
        body: 'x'.repeat(65_537),
      }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', message: 'Body is too long (maximum is 65536 characters)' }],
        },
      },
    });
    expect(
      (
        await client.rest.issues.createComment({
          owner: 'acme',
          repo: 'svc',
          issue_number: pullNumber,
          body: 'x'.repeat(65_536),
        })
      ).status,
    ).toBe(201);
    await expect(
      client.rest.issues.createComment({ owner: 'acme', repo: 'svc', issue_number: 999, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('issues', () => {
  it('are created with labels, filtered by state, creator and labels, with pull requests among them', async () => {
    const client = fixture.client(installation);
    const bug = await client.rest.issues.create({
      owner: 'acme',
      repo: 'svc',
      title: 'Broken descriptor',
      body: 'details',
      labels: ['callboard', 'bug'],
    });
    expect(bug.status).toBe(201);
    expect(bug.data).toMatchObject({
      title: 'Broken descriptor',
      state: 'open',
      user: { login: 'callboard[bot]' },
      performed_via_github_app: { id: APP_ID },
    });
    expect(bug.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['callboard', 'bug']);
    await client.rest.issues.create({
      owner: 'acme',
      repo: 'svc',
      title: 'Migration',
      labels: [{ name: 'callboard' }],
    });

    const all = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'svc' });
    expect(all.data.map((i) => [i.number, Boolean(i.pull_request)])).toEqual([
      [bug.data.number + 1, false],
      [bug.data.number, false],
      [pullNumber, true],
    ]);
    const mine = await client.rest.issues.listForRepo({
      owner: 'acme',
      repo: 'svc',
      creator: 'callboard[bot]',
      labels: 'callboard,bug',
    });
    expect(mine.data.map((i) => i.title)).toEqual(['Broken descriptor']);
    const byDev = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'svc', creator: 'dev' });
    expect(byDev.data.map((i) => i.number)).toEqual([pullNumber]);

    const closed = await client.rest.issues.update({
      owner: 'acme',
      repo: 'svc',
      issue_number: bug.data.number,
      state: 'closed',
      labels: ['callboard'],
      title: 'Fixed',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', title: 'Fixed' });
    expect(
      (await client.rest.issues.listForRepo({ owner: 'acme', repo: 'svc', state: 'closed' })).data.map((i) => i.title),
    ).toEqual(['Fixed']);
    expect(
      (await client.rest.issues.get({ owner: 'acme', repo: 'svc', issue_number: pullNumber })).data.pull_request,
    ).toBeTruthy();
    expect(fixture.double.issues('acme', 'svc')).toEqual([
      {
        number: bug.data.number,
        title: 'Fixed',
        body: 'details',
        state: 'closed',
        labels: ['callboard'],
        author: 'callboard[bot]',
      },
      {
        number: bug.data.number + 1,
        title: 'Migration',
        body: '',
        state: 'open',
        labels: ['callboard'],
        author: 'callboard[bot]',
      },
    ]);
  });
});
