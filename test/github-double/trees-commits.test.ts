/** Git trees as GitHub lists them (recursive, cut short past its limit) and commits made over the git data API. */
import { describe, expect, it } from 'vitest';
import { useDouble } from './fixture.ts';

let installation = 0;
const files = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [`docs/${String(i).padStart(2, '0')}.md`, `# ${i}\n`]),
);

const fixture = useDouble(
  (double) => {
    double.addOrganization('acme');
    double.addRepository({ owner: 'acme', name: 'big', files: { ...files, 'README.md': 'hi\n' } });
    installation = double.addInstallation({ account: 'acme' }).id;
  },
  { treeEntryLimit: 10 },
);

describe('git trees', () => {
  it('lists one level, or every level, of a commit or of a tree by its sha', async () => {
    const client = fixture.client(installation);
    const top = await client.rest.git.getTree({ owner: 'acme', repo: 'big', tree_sha: 'main' });
    expect(top.data.tree.map((e) => `${e.type}:${e.path}`)).toEqual(['blob:README.md', 'tree:docs']);
    const docs = top.data.tree.find((e) => e.path === 'docs')!;
    const inside = await client.rest.git.getTree({ owner: 'acme', repo: 'big', tree_sha: docs.sha!, recursive: '1' });
    expect(inside.data.tree.map((e) => e.path)).toHaveLength(10);
    expect(inside.data.truncated).toBe(true); // 12 entries, past the limit of 10
  });

  it('cuts a recursive listing past the entry limit, saying so', async () => {
    const { data } = await fixture
      .client(installation)
      .rest.git.getTree({ owner: 'acme', repo: 'big', tree_sha: 'main', recursive: 'true' });
    expect(data.truncated).toBe(true);
    expect(data.tree).toHaveLength(10);
  });
});

describe('git commits', () => {
  it('makes a commit of an existing tree on a parent, which a ref can then fast-forward to', async () => {
    const client = fixture.client(installation);
    const double = fixture.double;
    const base = double.branchHead('acme', 'big', 'main')!;
    const side = double.pushCommit({ owner: 'acme', repo: 'big', branch: 'side', files: { 'new.md': 'new\n' } });
    const tree = (await client.rest.git.getTree({ owner: 'acme', repo: 'big', tree_sha: side })).data.sha;
    const made = await client.rest.git.createCommit({
      owner: 'acme',
      repo: 'big',
      message: 'Squashed',
      tree,
      parents: [base],
    });
    expect(made.status).toBe(201);
    expect(made.data).toMatchObject({
      message: 'Squashed',
      tree: { sha: tree },
      parents: [{ sha: base }],
      verification: { verified: true },
    });
    await client.rest.git.updateRef({ owner: 'acme', repo: 'big', ref: 'heads/main', sha: made.data.sha });
    expect(double.readFile('acme', 'big', 'new.md')).toBe('new\n');
    await expect(
      client.rest.git.createCommit({ owner: 'acme', repo: 'big', message: 'x', tree: '0'.repeat(40), parents: [base] }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
