/**
 * A Location's target globs come from any repository's descriptors and are matched over every path
 * of the repository: on disk (the CLI), through the forge (the app), and when targets are checked.
 * A glob built to backtrack finds its files in linear time; one that cannot be matched that way (a
 * negation) is a located problem, not a hang and not a silent miss.
 */
import { describe, expect, it } from 'vitest';
import { forgeDescriptorRepository } from '../../../app/forge/forge-descriptor-repository.ts';
import { createLocalForge } from '../../../app/forge/local/local-forge.ts';
import { repositoryOnDisk } from '../../../app/forge/local/repository-files.ts';
import { validateDescriptorFiles } from '../../../app/core/validate/validate-descriptor-files.ts';
import { createEntityValidator } from '../../../app/core/validation/validate-entity.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { tempRepo } from '../../support/temp-repo.ts';

/** Six wildcards in one segment: picomatch's expression tries every way to place them (about n^6/720 steps). */
const HOSTILE = 'services/**/*a*a*a*a*a*a*b.yaml';
/** Names as long as a file system allows, made of the glob's own character. */
const longNames = Object.fromEntries(
  Array.from({ length: 20 }, (_, i) => [`services/s${i}/${'a'.repeat(240)}.yaml`, componentYaml(`s${i}`)]),
);
const org = tempRepo({
  'playback/.git/HEAD': 'ref: refs/heads/main\n',
  ...Object.fromEntries(Object.entries(longNames).map(([p, t]) => [`playback/${p}`, t])),
  'playback/services/x/aaaaaab.yaml': componentYaml('x'),
});
const GENEROUS_MS = 10_000;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

describe('Location target globs', () => {
  it('on disk (the CLI): the hostile glob finds its one file in linear time', async () => {
    const { result, ms } = await timed(() => repositoryOnDisk(`${org}/playback`, org).locate(HOSTILE));
    expect(result).toEqual(['services/x/aaaaaab.yaml']);
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('through the forge (the app): the same', async () => {
    const forge = createLocalForge({ root: org, owner: 'acme' });
    const { result, ms } = await timed(() =>
      forgeDescriptorRepository(forge, { owner: 'acme', name: 'playback' }, 'HEAD').locate(HOSTILE),
    );
    expect(result).toEqual(['services/x/aaaaaab.yaml']);
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('a negation glob is a located location-target problem saying why', async () => {
    const location =
      'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets:\n    - ./services/!(legacy)/catalog-info.yaml\n';
    const report = await validateDescriptorFiles(
      [{ path: 'catalog-info.yaml', repositoryPath: 'catalog-info.yaml', text: location }],
      {
        validator: createEntityValidator(),
        read: async () => undefined,
        locate: async () => [],
      },
    );
    expect(report.files[0]!.problems).toEqual([
      expect.objectContaining({
        rule: 'location-target',
        line: 7,
        message: expect.stringContaining('uses a negation'),
        fix: expect.stringContaining('braces'),
      }),
    ]);
  });
});
