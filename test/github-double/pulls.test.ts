import { describe, expect, it } from 'vitest';
import { useDouble } from './fixture.ts';

let installation = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'svc',
    files: { 'a.txt': 'one\ntwo\nthree\n', 'old-name.txt': 'moved\n', 'gone.txt': 'bye\n' },
  });
  installation = double.addInstallation({ account: 'acme' }).id;
});

describe('pull requests', () => {
  it('go through their lifecycle: create, refuse a duplicate, list by head, update', async () => {
    const client = fixture.client(installation);
    fixture.double.pushCommit({
      owner: 'acme',
      repo: 'svc',
      branch: 'callboard/catalog',
      files: { 'catalog-info.yaml': 'kind: Component\n' },
    });
    const created = await client.rest.pulls.create({
      owner: 'acme',
      repo: 'svc',
      head: 'callboard/catalog',
      base: 'main',
      title: 'Add catalog-info.yaml',
      body: 'Hello',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      state: 'open',
      title: 'Add catalog-info.yaml',
      user: { login: 'callboard[bot]', type: 'Bot' },
      head: {
        ref: 'callboard/catalog',
        label: 'acme:callboard/catalog',
        sha: fixture.double.branchHead('acme', 'svc', 'callboard/catalog'),
      },
      base: { ref: 'main' },
      commits: 1,
      changed_files: 1,
      additions: 1,
    });
    await expect(
      client.rest.pulls.create({ owner: 'acme', repo: 'svc', head: 'callboard/catalog', base: 'main', title: 'again' }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: 'A pull request already exists for acme:callboard/catalog.',
            },
          ],
        },
      },
    });
    const listed = await client.rest.pulls.list({
      owner: 'acme',
      repo: 'svc',
      head: 'acme:callboard/catalog',
      state: 'open',
    });
    expect(listed.data.map((p) => p.number)).toEqual([created.data.number]);
    expect((await client.rest.pulls.list({ owner: 'acme', repo: 'svc', head: 'acme:nothing' })).data).toEqual([]);

    const updated = await client.rest.pulls.update({
      owner: 'acme',
      repo: 'svc',
      pull_number: created.data.number,
      title: 'Catalog',
      body: 'Updated',
      state: 'closed',
    });
    expect(updated.data).toMatchObject({ title: 'Catalog', body: 'Updated', state: 'closed' });
    expect(updated.data.closed_at).not.toBeNull();
    expect((await client.rest.pulls.list({ owner: 'acme', repo: 'svc' })).data).toEqual([]);
    expect(
      (await client.rest.pulls.list({ owner: 'acme', repo: 'svc', state: 'closed' })).data.map((p) => p.title),
    ).toEqual(['Catalog']);
    expect(fixture.double.pullRequests('acme', 'svc')).toContainEqual({
      number: created.data.number,
      head: 'callboard/catalog',
      base: 'main',
      title: 'Catalog',
      body: 'Updated',
      state: 'closed',
      merged: false,
      draft: false,
      author: 'callboard[bot]',
      labels: [],
      requestedTeams: [],
    });
  });

  it('refuse a head with no commits beyond base, and a missing branch', async () => {
    const client = fixture.client(installation);
    await client.rest.git.createRef({
      owner: 'acme',
      repo: 'svc',
      ref: 'refs/heads/empty',
      sha: fixture.double.branchHead('acme', 'svc', 'main') ?? '',
    });
    await expect(
      client.rest.pulls.create({ owner: 'acme', repo: 'svc', head: 'empty', base: 'main', title: 'x' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and empty' }] } },
    });
    await expect(
      client.rest.pulls.create({ owner: 'acme', repo: 'svc', head: 'absent', base: 'main', title: 'x' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] } },
    });
  });

  it('list their files: added, modified, removed and renamed, in pages', async () => {
    const client = fixture.client(installation);
    const { number, headSha } = fixture.double.openPullRequest({
      owner: 'acme',
      repo: 'svc',
      head: 'change',
      title: 'Change things',
      author: 'dev',
      files: {
        'a.txt': 'one\n2\nthree\n',
        'new.txt': 'n\n',
        'gone.txt': null,
        'old-name.txt': null,
        'new-name.txt': 'moved\n',
      },
    });
    // The base moving on does not change the pull request's files (three-dot diff).
    fixture.double.pushCommit({ owner: 'acme', repo: 'svc', branch: 'main', files: { 'unrelated.txt': 'u\n' } });
    const pull = await client.rest.pulls.get({ owner: 'acme', repo: 'svc', pull_number: number });
    expect(pull.data).toMatchObject({ user: { login: 'dev' }, head: { sha: headSha }, changed_files: 4 });
    const files = await client.paginate(client.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'svc',
      pull_number: number,
      per_page: 2,
    });
    expect(
      files.map((f) => ({
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        previous: f.previous_filename,
      })),
    ).toEqual([
      { filename: 'a.txt', status: 'modified', additions: 1, deletions: 1, previous: undefined },
      { filename: 'gone.txt', status: 'removed', additions: 0, deletions: 1, previous: undefined },
      { filename: 'new-name.txt', status: 'renamed', additions: 0, deletions: 0, previous: 'old-name.txt' },
      { filename: 'new.txt', status: 'added', additions: 1, deletions: 0, previous: undefined },
    ]);
    const firstPage = await client.rest.pulls.listFiles({
      owner: 'acme',
      repo: 'svc',
      pull_number: number,
      per_page: 2,
    });
    expect(firstPage.headers.link).toMatch(/page=2>; rel="next", <[^>]+page=2>; rel="last"/);
  });

  it('follow pushes to their head branch, and accept a head in a fork', async () => {
    const client = fixture.client(installation);
    const { number } = fixture.double.openPullRequest({
      owner: 'acme',
      repo: 'svc',
      head: 'patch',
      headOwner: 'contributor',
      files: { 'fix.txt': 'fix\n' },
    });
    const pushed = fixture.double.pushCommit({
      owner: 'contributor',
      repo: 'svc',
      branch: 'patch',
      files: { 'fix.txt': 'fix 2\n' },
    });
    const { data } = await client.rest.pulls.get({ owner: 'acme', repo: 'svc', pull_number: number });
    expect(data.head).toMatchObject({
      label: 'contributor:patch',
      sha: pushed,
      repo: { full_name: 'contributor/svc', fork: true },
    });
    expect(
      (await client.rest.pulls.list({ owner: 'acme', repo: 'svc', head: 'contributor:patch' })).data.map(
        (p) => p.number,
      ),
    ).toEqual([number]);
  });
});

describe('what a migration campaign does with pull requests', () => {
  const branchState = `query($ref: String!, $branch: String!) { repository(owner: "acme", name: "svc") {
    id
    ref(qualifiedName: $ref) { target { oid ... on Commit { parents(first: 2) { nodes { oid } } author { name email user { login } } } } }
    pullRequests(headRefName: $branch, first: 5, orderBy: { field: CREATED_AT, direction: DESC }, states: [OPEN, CLOSED, MERGED]) {
      nodes { number state mergeable closedAt labels(first: 20) { nodes { name } } }
    }
  } }`;
  type State = {
    repository: {
      id: string;
      ref: {
        target: {
          oid: string;
          parents: { nodes: { oid: string }[] };
          author: { name: string; user: { login: string } | null };
        };
      } | null;
      pullRequests: {
        nodes: { number: number; state: string; mergeable: string; labels: { nodes: { name: string }[] } }[];
      };
    };
  };

  it('labels, team reviews, GraphQL states, a person’s commit, conflicts, compare-and-swap refs and a squash merge', async () => {
    const { double } = fixture;
    const client = fixture.client(installation);
    double.addTeam({ org: 'acme', slug: 'team-a' });
    double.pushCommit({
      owner: 'acme',
      repo: 'svc',
      branch: 'callboard/migrate/x',
      files: { 'a.txt': 'one\nTWO\nthree\n' },
      author: 'callboard[bot]',
    });
    const { data: pull } = await client.rest.pulls.create({
      owner: 'acme',
      repo: 'svc',
      head: 'callboard/migrate/x',
      base: 'main',
      title: 'X',
    });
    await client.rest.issues.addLabels({
      owner: 'acme',
      repo: 'svc',
      issue_number: pull.number,
      labels: ['callboard-migration'],
    });
    await client.rest.pulls.requestReviewers({
      owner: 'acme',
      repo: 'svc',
      pull_number: pull.number,
      team_reviewers: ['team-a'],
    });
    await expect(
      client.rest.pulls.requestReviewers({
        owner: 'acme',
        repo: 'svc',
        pull_number: pull.number,
        team_reviewers: ['nobody'],
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(double.pullRequests('acme', 'svc').find((p) => p.number === pull.number)).toMatchObject({
      labels: ['callboard-migration'],
      requestedTeams: ['team-a'],
    });
    const { data: teams } = await client.rest.repos.listTeams({ owner: 'acme', repo: 'svc' });
    expect(teams.map((t) => [t.slug, t.permission])).toEqual([['team-a', 'push']]);

    const read = () =>
      client.graphql<State>(branchState, { ref: 'refs/heads/callboard/migrate/x', branch: 'callboard/migrate/x' });
    let state = await read();
    expect(state.repository.ref!.target.author).toEqual({
      name: 'callboard[bot]',
      email: 'callboard[bot]@users.noreply.github.com',
      user: null,
    });
    expect(state.repository.pullRequests.nodes).toEqual([
      {
        number: pull.number,
        state: 'OPEN',
        mergeable: 'MERGEABLE',
        closedAt: null,
        labels: { nodes: [{ name: 'callboard-migration' }] },
      },
    ]);
    // The base branch changes the same line: a conflict. A person pushes to the branch: their commit.
    double.pushCommit({ owner: 'acme', repo: 'svc', branch: 'main', files: { 'a.txt': 'one\ntwo!\nthree\n' } });
    double.pushCommit({
      owner: 'acme',
      repo: 'svc',
      branch: 'callboard/migrate/x',
      files: { 'b.txt': 'b\n' },
      author: 'lin',
    });
    state = await read();
    expect(state.repository.pullRequests.nodes[0]!.mergeable).toBe('CONFLICTING');
    expect(state.repository.ref!.target.author).toMatchObject({ name: 'lin', user: { login: 'lin' } });

    // updateRefs: refused unless the ref is where the caller says; a forced move; a deletion.
    const head = state.repository.ref!.target.oid;
    const parent = state.repository.ref!.target.parents.nodes[0]!.oid;
    const move = (beforeOid: string, afterOid: string) =>
      client.graphql(`mutation($input: UpdateRefsInput!) { updateRefs(input: $input) { clientMutationId } }`, {
        input: {
          repositoryId: state.repository.id,
          refUpdates: [{ name: 'refs/heads/callboard/migrate/x', beforeOid, afterOid, force: true }],
        },
      });
    await expect(move(parent, parent)).rejects.toMatchObject({
      errors: [expect.objectContaining({ type: 'STALE_DATA' })],
    });
    await move(head, parent);
    expect(double.branchHead('acme', 'svc', 'callboard/migrate/x')).toBe(parent);
    await move(parent, '0'.repeat(40));
    expect(double.branches('acme', 'svc')).not.toContain('callboard/migrate/x');

    // A squash merge of another pull request lands its changes on main, as one commit.
    const other = double.openPullRequest({
      owner: 'acme',
      repo: 'svc',
      head: 'other',
      files: { 'c.txt': 'c\n' },
      author: 'lin',
    });
    double.mergePullRequest({ owner: 'acme', repo: 'svc', number: other.number });
    expect(double.readFile('acme', 'svc', 'c.txt')).toBe('c\n');
    const merged = (await client.rest.pulls.get({ owner: 'acme', repo: 'svc', pull_number: other.number })).data;
    expect(merged).toMatchObject({ state: 'closed', merged_at: expect.any(String) });
  });
});
