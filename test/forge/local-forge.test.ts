import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalForge } from '../../app/forge/local/local-forge.ts';
import { tempRepo } from '../support/temp-repo.ts';

const org = tempRepo({
  'artist-lookup/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\n',
  'artist-lookup/.git/HEAD': 'ref: refs/heads/trunk\n',
  'playback/catalog-info.yaml': 'kind: Location\n',
  'secret.txt': 'outside any repository',
});
const forge = createLocalForge({ root: org, owner: 'acme' });
const repo = { owner: 'acme', name: 'artist-lookup' };

describe('the local forge (a folder of repositories)', () => {
  it('lists one repository per folder, with its checked-out branch', async () => {
    const repos = await forge.listRepositories();
    expect(repos.map((r) => [r.fullName, r.defaultBranch])).toEqual([
      ['acme/artist-lookup', 'trunk'],
      ['acme/playback', 'main'],
    ]);
  });

  it('reads files with git blob ids, missing files without text, nothing outside a repository', async () => {
    const [found, missing, escaping] = await forge.readFiles([
      { repository: repo, path: 'catalog-info.yaml' },
      { repository: repo, path: 'nope.yaml' },
      { repository: repo, path: '../secret.txt' },
    ]);
    // `git hash-object` of "apiVersion: backstage.io/v1alpha1\n"
    expect(found).toMatchObject({
      text: 'apiVersion: backstage.io/v1alpha1\n',
      sha: '5b8109c6b9ab4099a79bf2670dfb66cc6c20471b',
    });
    expect(missing!.text).toBeUndefined();
    expect(escaping!.text).toBeUndefined();
    await expect(forge.readFiles([{ repository: { owner: 'acme', name: '..' }, path: 'secret.txt' }])).rejects.toThrow(
      /No repository/,
    );
  });

  it('commits only what changes, and refuses paths outside the repository', async () => {
    const first = await forge.commitFiles({
      repository: repo,
      branch: 'main',
      message: 'm',
      changes: () => [
        { path: 'docs/a.md', content: 'A' },
        { path: 'catalog-info.yaml', content: 'apiVersion: backstage.io/v1alpha1\n' },
      ],
    });
    expect(first.outcome).toBe('updated');
    expect(readFileSync(join(org, 'artist-lookup/docs/a.md'), 'utf8')).toBe('A');
    const again = await forge.commitFiles({
      repository: repo,
      branch: 'main',
      message: 'm',
      changes: () => [{ path: 'docs/a.md', content: 'A' }],
    });
    expect(again.outcome).toBe('unchanged');
    await expect(
      forge.commitFiles({
        repository: repo,
        branch: 'main',
        message: 'm',
        changes: () => [{ path: '../../x', content: 'x' }],
      }),
    ).rejects.toThrow(/Refusing to write \.\.\/\.\.\/x: it is outside/);
  });

  it('keeps what only GitHub can hold in an outbox, once', async () => {
    const check = {
      repository: repo,
      headSha: 'abc',
      name: 'Callboard / descriptors',
      status: 'completed' as const,
      conclusion: 'success' as const,
      title: 't',
      summary: 's',
    };
    expect((await forge.ensureCheckRun(check)).outcome).toBe('created');
    expect((await forge.ensureCheckRun(check)).outcome).toBe('unchanged');
    expect(forge.outbox()).toEqual([{ kind: 'check-run', request: check }]);
  });
});
