import { describe, expect, it } from 'vitest';
import { useDouble } from './fixture.ts';

let installation = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({
    owner: 'acme',
    name: 'svc',
    files: { 'catalog-info.yaml': 'kind: Component\n', 'docs/guide/a.md': '# A\n', 'docs/b.md': '# B\n' },
  });
  double.addRepository({ owner: 'acme', name: 'old', archived: true, files: { 'x.txt': 'x' } });
  double.addRepository({ owner: 'acme', name: 'refs' });
  installation = double.addInstallation({ account: 'acme' }).id;
});

describe('repositories and contents', () => {
  it('describes a repository as GitHub does', async () => {
    const { data } = await fixture.client(installation).rest.repos.get({ owner: 'acme', repo: 'old' });
    expect(data).toMatchObject({
      full_name: 'acme/old',
      archived: true,
      fork: false,
      private: false,
      visibility: 'public',
      default_branch: 'main',
    });
    expect(data.owner.login).toBe('acme');
    expect(data.owner.type).toBe('Organization');
  });

  it('returns a file base64-encoded, or raw on request, at a branch or a sha', async () => {
    const client = fixture.client(installation);
    const { data } = await client.rest.repos.getContent({ owner: 'acme', repo: 'svc', path: 'docs/guide/a.md' });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString()).toBe('# A\n');
    expect(data).toMatchObject({ encoding: 'base64', size: 4, name: 'a.md', path: 'docs/guide/a.md' });
    const oldHead = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    fixture.double.pushCommit({
      owner: 'acme',
      repo: 'svc',
      branch: 'main',
      files: { 'docs/guide/a.md': '# A, again\n' },
    });
    const before = await client.rest.repos.getContent({
      owner: 'acme',
      repo: 'svc',
      path: 'docs/guide/a.md',
      ref: oldHead,
    });
    expect(
      Array.isArray(before.data)
        ? ''
        : before.data.type === 'file' && Buffer.from(before.data.content, 'base64').toString(),
    ).toBe('# A\n');
    const raw = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'acme',
      repo: 'svc',
      path: 'docs/guide/a.md',
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toBe('# A, again\n');
  });

  it('lists a folder, and answers 404 for a missing file or ref', async () => {
    const client = fixture.client(installation);
    const { data } = await client.rest.repos.getContent({ owner: 'acme', repo: 'svc', path: 'docs' });
    expect(Array.isArray(data) && data.map((e) => `${e.type}:${e.path}`)).toEqual(['file:docs/b.md', 'dir:docs/guide']);
    await expect(client.rest.repos.getContent({ owner: 'acme', repo: 'svc', path: 'nope.yaml' })).rejects.toMatchObject(
      { status: 404 },
    );
    await expect(
      client.rest.repos.getContent({ owner: 'acme', repo: 'svc', path: 'docs/b.md', ref: 'no-such-branch' }),
    ).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('No commit found for the ref no-such-branch'),
    });
  });

  it('answers a conditional GET with 304, which costs no rate limit', async () => {
    const token = await fixture.token(installation);
    const first = await fixture.fetch('/api/v3/repos/acme/svc/contents/catalog-info.yaml', { token });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/);
    const second = await fixture.fetch('/api/v3/repos/acme/svc/contents/catalog-info.yaml', {
      token,
      headers: { 'if-none-match': etag },
    });
    expect(second.status).toBe(304);
    expect(second.headers.get('x-ratelimit-remaining')).toBe(first.headers.get('x-ratelimit-remaining'));
    fixture.double.pushCommit({
      owner: 'acme',
      repo: 'svc',
      branch: 'main',
      files: { 'catalog-info.yaml': 'kind: System\n' },
    });
    const changed = await fixture.fetch('/api/v3/repos/acme/svc/contents/catalog-info.yaml', {
      token,
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
  });

  it('refuses writes to an archived repository', async () => {
    const client = fixture.client(installation);
    await expect(client.rest.issues.create({ owner: 'acme', repo: 'old', title: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Repository was archived so is read-only.'),
    });
  });
});

describe('git refs', () => {
  it('reads, creates and deletes a branch ref', async () => {
    const client = fixture.client(installation);
    const main = fixture.double.branchHead('acme', 'refs', 'main') ?? '';
    const { data } = await client.rest.git.getRef({ owner: 'acme', repo: 'refs', ref: 'heads/main' });
    expect(data).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit', sha: main } });
    const created = await client.rest.git.createRef({
      owner: 'acme',
      repo: 'refs',
      ref: 'refs/heads/feature/x',
      sha: main,
    });
    expect(created.status).toBe(201);
    expect(fixture.double.branchHead('acme', 'refs', 'feature/x')).toBe(main);
    expect((await client.rest.git.getRef({ owner: 'acme', repo: 'refs', ref: 'heads/feature/x' })).data.ref).toBe(
      'refs/heads/feature/x',
    );
    await expect(
      client.rest.git.createRef({ owner: 'acme', repo: 'refs', ref: 'refs/heads/feature/x', sha: main }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });
    await expect(
      client.rest.git.createRef({ owner: 'acme', repo: 'refs', ref: 'refs/heads/y', sha: 'f'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });
    expect((await client.rest.git.deleteRef({ owner: 'acme', repo: 'refs', ref: 'heads/feature/x' })).status).toBe(204);
    expect(fixture.double.branchHead('acme', 'refs', 'feature/x')).toBeUndefined();
    await expect(client.rest.git.getRef({ owner: 'acme', repo: 'refs', ref: 'heads/feature/x' })).rejects.toMatchObject(
      { status: 404 },
    );
    await expect(
      client.rest.git.deleteRef({ owner: 'acme', repo: 'refs', ref: 'heads/feature/x' }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('updates a ref by fast-forward only, unless forced (compare-and-swap)', async () => {
    const client = fixture.client(installation);
    const base = fixture.double.branchHead('acme', 'refs', 'main') ?? '';
    await client.rest.git.createRef({ owner: 'acme', repo: 'refs', ref: 'refs/heads/cas', sha: base });
    const ahead = fixture.double.pushCommit({
      owner: 'acme',
      repo: 'refs',
      branch: 'side',
      files: { 'side.txt': 'side\n' },
    });
    const ff = await client.rest.git.updateRef({ owner: 'acme', repo: 'refs', ref: 'heads/cas', sha: ahead });
    expect(ff.data.object.sha).toBe(ahead);
    const diverged = fixture.double.pushCommit({
      owner: 'acme',
      repo: 'refs',
      branch: 'main',
      files: { 'main.txt': 'main\n' },
    });
    await expect(
      client.rest.git.updateRef({ owner: 'acme', repo: 'refs', ref: 'heads/cas', sha: diverged }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(fixture.double.branchHead('acme', 'refs', 'cas')).toBe(ahead);
    await client.rest.git.updateRef({ owner: 'acme', repo: 'refs', ref: 'heads/cas', sha: diverged, force: true });
    expect(fixture.double.branchHead('acme', 'refs', 'cas')).toBe(diverged);
  });
});
