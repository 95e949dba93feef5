/**
 * The one reader of catalog repositories: a part is read once per commit, concurrent readers share
 * the read, the previous commit's value is handed to the next read, a failed read is not kept, a
 * commit this process made carries the parts it did not touch, and only the organisations used most
 * recently are kept.
 */
import { describe, expect, it } from 'vitest';
import { createCatalogRepositories, known, type CatalogPart } from '../../app/catalog-repo/catalog-repositories.ts';
import type { Forge } from '../../app/forge/types.ts';

/** A part that counts its reads and says what it was given. */
function countingPart(name: string) {
  const reads: { commit: string | undefined; previous: string | undefined }[] = [];
  const part: CatalogPart<string> = {
    name,
    async read(snapshot, previous) {
      reads.push({ commit: snapshot.commit, previous });
      return `${name}@${snapshot.commit}`;
    },
  };
  return { part, reads };
}
const forge = {} as Forge;

describe('catalog repositories', () => {
  it('read a part once per commit, shared by concurrent readers, with the previous value handed on', async () => {
    const repos = createCatalogRepositories('callboard-catalog');
    const { part, reads } = countingPart('index');
    const at1 = repos.at(forge, 'Acme', 'c1');
    expect(await Promise.all([at1.read(part), at1.read(part), repos.at(forge, 'acme', 'c1').read(part)])).toEqual([
      'index@c1',
      'index@c1',
      'index@c1',
    ]);
    expect(await repos.at(forge, 'acme', 'c2').read(part)).toBe('index@c2');
    expect(reads).toEqual([
      { commit: 'c1', previous: undefined },
      { commit: 'c2', previous: 'index@c1' },
    ]);
  });

  it('read again after a failed read', async () => {
    const repos = createCatalogRepositories('callboard-catalog');
    let calls = 0;
    const flaky: CatalogPart<number> = {
      name: 'flaky',
      read: async () => {
        if (++calls === 1) throw new Error('GitHub is down');
        return calls;
      },
    };
    await expect(repos.at(forge, 'acme', 'c1').read(flaky)).rejects.toThrow('GitHub is down');
    expect(await repos.at(forge, 'acme', 'c1').read(flaky)).toBe(2);
  });

  it("carry the parts a commit of this process left alone, and take the writer's known values", async () => {
    const repos = createCatalogRepositories('callboard-catalog');
    const config = countingPart('config');
    const index = countingPart('index');
    const state = countingPart('state');
    const before = repos.at(forge, 'acme', 'c1');
    await Promise.all([before.read(config.part), before.read(index.part), before.read(state.part)]);
    repos.advance('acme', 'c1', 'c2', [config.part], [known(state.part, 'state the build made')]);
    const after = repos.at(forge, 'acme', 'c2');
    expect(await after.read(config.part)).toBe('config@c1');
    expect(await after.read(state.part)).toBe('state the build made');
    expect(await after.read(index.part)).toBe('index@c2');
    expect(config.reads).toHaveLength(1);
    expect(state.reads).toHaveLength(1);
    expect(index.reads.at(-1)).toEqual({ commit: 'c2', previous: 'index@c1' });
  });

  it('carry nothing from a commit that is not the one kept (another replica wrote meanwhile)', async () => {
    const repos = createCatalogRepositories('callboard-catalog');
    const config = countingPart('config');
    await repos.at(forge, 'acme', 'c1').read(config.part);
    await repos.at(forge, 'acme', 'c9').read(config.part);
    repos.advance('acme', 'c1', 'c2', [config.part]);
    await repos.at(forge, 'acme', 'c2').read(config.part);
    expect(config.reads.map((r) => r.commit)).toEqual(['c1', 'c9', 'c2']);
  });

  it('keep only the organisations used most recently, and none with a capacity of 0', async () => {
    const repos = createCatalogRepositories('callboard-catalog', 2);
    const { part, reads } = countingPart('index');
    for (const org of ['a', 'b', 'c', 'a']) await repos.at(forge, org, 'c1').read(part);
    expect(reads).toHaveLength(4);
    const none = createCatalogRepositories('callboard-catalog', 0);
    const counted = countingPart('index');
    await none.at(forge, 'a', 'c1').read(counted.part);
    await none.at(forge, 'a', 'c1').read(counted.part);
    expect(counted.reads).toHaveLength(2);
  });
});
