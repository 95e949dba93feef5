/**
 * What a large catalog repository needs of the GitHub forge, against the double with GitHub's
 * limits scaled down: listings of trees GitHub cuts short, folder listings, and change sets too
 * large for one commit request, staged and squashed so the branch sees one commit or none.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Forge } from '../../app/forge/types.ts';
import type { FileChange } from '../../app/core/file-change.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { forgeAgainst, startDouble } from '../support/github.ts';

let double: GithubDouble;
let forge: Forge;
const big = { owner: 'acme', name: 'big' };
const tree = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`${['docs', 'src/a', 'src/b'][i % 3]}/f${i}.md`, `# ${i}\n`]),
);

beforeAll(async () => {
  // A recursive listing past 10 entries is cut short, as GitHub does past 100,000.
  double = await startDouble({ treeEntryLimit: 10 });
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'big', files: tree });
  double.addRepository({ owner: 'acme', name: 'catalog', files: { 'README.md': 'catalog\n' } });
  const { id } = double.addInstallation({ account: 'acme' });
  // A commit request carries at most 8 files here.
  forge = forgeAgainst(double, id, undefined, { files: 8, bytes: 1024 * 1024 }).forge;
});
afterEach(() => {
  double.reset();
});
afterAll(() => double.close());

describe('listing files', () => {
  it('lists a tree GitHub cuts short a level at a time, with every blob id', async () => {
    const listing = (await forge.listFiles(big))!;
    expect(listing.truncated).toBe(false);
    expect(listing.paths).toEqual(Object.keys(tree).sort());
    expect(listing.shas?.size).toBe(30);
  });

  it('lists only a folder, with repository-relative paths; nothing for a missing folder; undefined for a missing ref', async () => {
    expect((await forge.listFiles(big, undefined, 'src/a'))!.paths).toEqual(
      Object.keys(tree)
        .filter((p) => p.startsWith('src/a/'))
        .sort(),
    );
    expect(await forge.listFiles(big, 'main', 'nowhere')).toEqual({ paths: [], shas: new Map(), truncated: false });
    expect(await forge.listFiles(big, 'no-such-branch', 'docs')).toBeUndefined();
  });
});

describe('committing a change set too large for one request', () => {
  /** 40 new files, 2 changed, 2 removed, 1 unchanged: taken as they come. */
  function* changes(round: number): Generator<FileChange> {
    for (let i = 0; i < 40; i++) yield { path: `pages/p${i}.md`, content: `page ${i}, round ${round}\n` };
    yield { path: 'README.md', content: `catalog, round ${round}\n` };
    yield { path: 'README.md', content: `catalog, round ${round}, last word\n` };
    yield { path: 'index.json', content: '{}\n' };
    if (round > 1) yield* ['pages/p0.md', 'pages/p1.md'].map((path) => ({ path, content: null }));
  }

  it('lands as one commit on the branch, on top of its head, and leaves no staging branch', async () => {
    const base = double.branchHead('acme', 'catalog', 'main')!;
    const result = await forge.commitFiles({
      repository: { owner: 'acme', name: 'catalog' },
      branch: 'main',
      message: 'Build the catalog\n\nAll of it.',
      changes: () => changes(1),
    });
    expect(result).toMatchObject({ outcome: 'updated', retries: 0 });
    const [top, ...older] = double.commits('acme', 'catalog', 'main');
    expect(top).toMatchObject({ sha: result.sha, message: 'Build the catalog\n\nAll of it.', parents: [base] });
    expect(older[0]!.sha).toBe(base);
    const files = double.files('acme', 'catalog');
    expect(files.get('pages/p39.md')).toBe('page 39, round 1\n');
    expect(files.get('README.md')).toBe('catalog, round 1, last word\n');
    expect(files.size).toBe(42);
    expect(double.branches('acme', 'catalog')).toEqual(['main']);
    // Parts of at most 8 files each went to the staging branch: 43 changes, 6 parts.
    expect(double.requests.filter((r) => r.graphql?.rootFields.includes('createCommitOnBranch'))).toHaveLength(6);
  });

  it('commits only what changes, removes files, and starts over when the branch moves before it lands', async () => {
    double.faults.add({ kind: 'move-ref', owner: 'acme', repo: 'catalog', branch: 'main', count: 1 });
    const result = await forge.commitFiles({
      repository: { owner: 'acme', name: 'catalog' },
      branch: 'main',
      message: 'Round two',
      changes: () => changes(2),
    });
    expect(result).toMatchObject({ outcome: 'updated', retries: 1 });
    const files = double.files('acme', 'catalog');
    expect(files.has('pages/p0.md')).toBe(false);
    expect(files.get('pages/p2.md')).toBe('page 2, round 2\n');
    expect(files.get('concurrent/1.txt')).toBe('concurrent write 1\n'); // the other writer's commit is kept
    expect(
      double
        .commits('acme', 'catalog', 'main')
        .slice(0, 2)
        .map((c) => c.message),
    ).toEqual(['Round two', 'Concurrent write 1']);
    expect(double.branches('acme', 'catalog')).toEqual(['main']);
  });

  it('commits nothing when nothing changes', async () => {
    const head = double.branchHead('acme', 'catalog', 'main');
    const result = await forge.commitFiles({
      repository: { owner: 'acme', name: 'catalog' },
      branch: 'main',
      message: 'Again',
      changes: () => [...changes(2)].filter((c) => !['pages/p0.md', 'pages/p1.md'].includes(c.path)),
    });
    expect(result).toMatchObject({ outcome: 'unchanged', sha: head });
    expect(double.branches('acme', 'catalog')).toEqual(['main']);
  });
});
