/**
 * Creating a repository as an app does: `POST /orgs/{org}/repos` (GitHub's first commit with
 * `auto_init`, a taken name refused), then its first real commit built over the git data API —
 * blobs (binary too), a tree with modes, a root commit — with topics and branch protection set.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDouble } from './fixture.ts';

let installation = 0;
const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'catalog' });
  installation = double.addInstallation({ account: 'acme', repositories: ['catalog'] }).id;
});

/** What `git hash-object` names these bytes: the double hashes as git does. */
function gitBlobSha(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'blob-')), 'f');
  writeFileSync(file, bytes);
  return execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim();
}

describe('creating a repository', () => {
  it('creates it with its settings and GitHub first commit, and refuses a name taken', async () => {
    const client = fixture.client(installation);
    const made = await client.rest.repos.createInOrg({
      org: 'acme',
      name: 'orders',
      description: 'Takes orders',
      visibility: 'private',
      auto_init: true,
      delete_branch_on_merge: true,
      has_wiki: false,
    });
    expect(made.status).toBe(201);
    expect(made.data).toMatchObject({ full_name: 'acme/orders', visibility: 'private', delete_branch_on_merge: true });
    expect(fixture.double.readFile('acme', 'orders', 'README.md')).toBe('# orders\nTakes orders\n');
    // The installation, given only some repositories, can see the one it made.
    const seen = await client.rest.apps.listReposAccessibleToInstallation();
    expect(seen.data.repositories.map((r) => r.name).sort()).toEqual(['catalog', 'orders']);
    const again = await client.rest.repos
      .createInOrg({ org: 'acme', name: 'orders' })
      .catch((e: { status: number; response: { data: unknown } }) => e);
    expect(again).toMatchObject({
      status: 422,
      response: { data: { errors: [{ field: 'name', message: 'name already exists on this account' }] } },
    });
  });

  it('makes a root commit of blobs and a tree with modes, moves the branch to it, and sets topics and protection', async () => {
    const client = fixture.client(installation);
    await client.rest.repos.createInOrg({ org: 'acme', name: 'tool', auto_init: true });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    const blob = await client.rest.git.createBlob({
      owner: 'acme',
      repo: 'tool',
      content: png.toString('base64'),
      encoding: 'base64',
    });
    expect(blob.data.sha).toBe(gitBlobSha(png));
    const tree = await client.rest.git.createTree({
      owner: 'acme',
      repo: 'tool',
      tree: [
        { path: 'logo.png', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'bin/run', mode: '100755', type: 'blob', content: '#!/bin/sh\necho hi\n' },
        { path: 'README.md', mode: '100644', type: 'blob', content: '# tool\n' },
      ],
    });
    const commit = await client.rest.git.createCommit({
      owner: 'acme',
      repo: 'tool',
      message: 'Create tool',
      tree: tree.data.sha,
      parents: [],
    });
    await client.rest.git.updateRef({
      owner: 'acme',
      repo: 'tool',
      ref: 'heads/main',
      sha: commit.data.sha,
      force: true,
    });
    const listed = await client.rest.git.getTree({ owner: 'acme', repo: 'tool', tree_sha: 'main', recursive: '1' });
    expect(listed.data.tree.map((e) => `${e.mode} ${e.path}`)).toEqual([
      '100644 README.md',
      '040000 bin',
      '100755 bin/run',
      '100644 logo.png',
    ]);
    expect(fixture.double.commits('acme', 'tool', 'main')).toHaveLength(1);
    const read = await client.rest.git.getBlob({ owner: 'acme', repo: 'tool', file_sha: blob.data.sha });
    expect(Buffer.from(read.data.content, 'base64')).toEqual(png);
    await client.rest.repos.replaceAllTopics({ owner: 'acme', repo: 'tool', names: ['Node', 'service'] });
    await client.rest.repos.updateBranchProtection({
      owner: 'acme',
      repo: 'tool',
      branch: 'main',
      required_status_checks: null,
      enforce_admins: true,
      required_pull_request_reviews: { required_approving_review_count: 1 },
      restrictions: null,
    });
    const repo = await client.rest.repos.get({ owner: 'acme', repo: 'tool' });
    expect(repo.data.topics).toEqual(['node', 'service']);
    const protection = await client.rest.repos.getBranchProtection({ owner: 'acme', repo: 'tool', branch: 'main' });
    expect(protection.data.required_pull_request_reviews?.required_approving_review_count).toBe(1);
  });
});
