/**
 * Incremental builds render only what can have changed; this proves they lose nothing: after every
 * one of many random edits, the catalog repository an incremental build leaves (its changes applied
 * to the previous files) is byte for byte what a build from nothing produces, state included.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../app/core/catalog/build-catalog.ts';
import { DEFAULT_CONFIG } from '../../../app/core/catalog/catalog-config.ts';
import { emptyState } from '../../../app/core/catalog/catalog-state.ts';
import { forgeCatalogSource } from '../../../app/forge/forge-catalog-source.ts';
import { createLocalForge } from '../../../app/forge/local/local-forge.ts';
import { stateOf, taken } from '../../support/built-catalog.ts';
import { tempRepo } from '../../support/temp-repo.ts';
import { inThisThread } from '../../../app/core/content-work.ts';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- descriptors edited freely

/** A seeded PRNG, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function organisation(): Record<string, Doc[]> {
  const repos: Record<string, Doc[]> = {
    people: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'engineering' },
        spec: { type: 'department', profile: { email: 'eng@acme.example' }, children: ['team-a', 'team-b'] },
      },
      ...['team-a', 'team-b'].map((t) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: t, title: `Team ${t}` },
        spec: { type: 'team', parent: 'engineering', children: [], members: [`${t}-lead`] },
      })),
      ...['team-a', 'team-b'].map((t) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: `${t}-lead` },
        spec: { profile: { email: `${t}@acme.example` }, memberOf: [t] },
      })),
    ],
    platform: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Domain',
        metadata: { name: 'music', title: 'Music' },
        spec: { owner: 'engineering' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: 'player', title: 'Player' },
        spec: { owner: 'team-a', domain: 'music' },
      },
    ],
  };
  for (let i = 0; i < 8; i++) {
    repos[`svc-${i}`] = [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `svc-${i}`, description: `Service ${i}` },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: i % 2 ? 'team-a' : 'team-b',
          system: 'player',
          dependsOn: i ? [`component:svc-${i - 1}`] : [],
          providesApis: [`api-${i}`],
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'API',
        metadata: { name: `api-${i}` },
        spec: {
          type: 'openapi',
          lifecycle: 'production',
          owner: 'team-a',
          system: 'player',
          definition: 'openapi: 3.0.0',
        },
      },
    ];
  }
  return repos;
}

/** One random edit of the kind that changes what other pages show. */
function edit(repos: Record<string, Doc[]>, rand: () => number): string {
  const names = Object.keys(repos);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const docs = () => Object.values(repos).flat();
  const kinds = [
    () => {
      const d = pick(docs());
      d.metadata.title = `Title ${Math.floor(rand() * 100)}`;
      return `retitle ${d.metadata.name}`;
    },
    () => {
      const c = pick(docs().filter((d) => d.kind === 'Component'));
      c.spec.owner = pick(['team-a', 'team-b', 'engineering']);
      return `owner of ${c.metadata.name}`;
    },
    () => {
      const u = pick(docs().filter((d) => d.kind === 'User'));
      u.spec.profile.email = `x${Math.floor(rand() * 100)}@acme.example`;
      return `email of ${u.metadata.name}`;
    },
    () => {
      const s = docs().find((d) => d.kind === 'System')!;
      s.spec.domain = pick(['music', 'nowhere']);
      return 'domain of the system';
    },
    () => {
      const d = docs().find((x) => x.kind === 'Domain')!;
      d.metadata.title = `Domain ${Math.floor(rand() * 100)}`;
      return 'retitle the domain';
    },
    () => {
      const c = pick(docs().filter((d) => d.kind === 'Component'));
      c.spec.lifecycle = pick(['production', 'deprecated', 'experimental']);
      return `lifecycle of ${c.metadata.name}`;
    },
    () => {
      const name = pick(names.filter((n) => n.startsWith('svc-')));
      delete repos[name];
      return `remove ${name}`;
    },
    () => {
      const n = `svc-new-${Math.floor(rand() * 1000)}`;
      repos[n] = [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: n },
          spec: {
            type: 'service',
            lifecycle: 'production',
            owner: 'team-b',
            system: 'player',
            dependsOn: ['component:svc-1'],
          },
        },
      ];
      return `add ${n}`;
    },
    () => {
      const g = docs().find((d) => d.metadata.name === 'engineering')!;
      g.spec.profile.email = `eng${Math.floor(rand() * 100)}@acme.example`;
      return 'parent group email';
    },
    () => {
      const a = pick(docs().filter((d) => d.kind === 'API'));
      a.spec.type = pick(['openapi', 'grpc', 'graphql']);
      return `API type of ${a.metadata.name}`;
    },
  ];
  return pick(kinds)();
}

function writeOrg(root: string, repos: Record<string, Doc[]>) {
  rmSync(root, { recursive: true, force: true });
  for (const [name, docs] of Object.entries(repos)) {
    mkdirSync(dirname(join(root, name, 'catalog-info.yaml')), { recursive: true });
    writeFileSync(join(root, name, 'catalog-info.yaml'), docs.map((d) => stringify(d)).join('---\n'));
  }
}

describe('incremental catalog builds', () => {
  it('leave exactly the files a full build produces, after each of 40 random edits', async () => {
    const root = join(tempRepo({}), 'org');
    const repos = organisation();
    const rand = random(7);
    // A source per build, as a job makes one: a source lists the organisation's repositories once.
    const sourceOf = () =>
      forgeCatalogSource(createLocalForge({ root, owner: 'acme', webUrl: 'https://github.com' }), 'acme');
    const build = async (before?: Map<string, string>) => {
      const result = await buildCatalog({
        organization: 'acme',
        source: sourceOf(),
        work: inThisThread,
        config: DEFAULT_CONFIG,
        state: before ? stateOf(before) : emptyState(),
      });
      return taken(result, before);
    };

    writeOrg(root, repos);
    let repository = (await build()).files;
    let skipped = 0;
    for (let step = 0; step < 40; step++) {
      const what = edit(repos, rand);
      writeOrg(root, repos);
      const incremental = await build(repository);
      repository = incremental.files;
      skipped += incremental.stats.entities - incremental.stats.rendered;
      const full = await build();
      // Everything, the state included: the next build must start from the same place either way.
      expect(repository, `after "${what}" (step ${step})`).toEqual(full.files);
      // And the state the build says it left is the state the next build reads from the files.
      expect(incremental.nextState(), `state after "${what}" (step ${step})`).toEqual(stateOf(repository));
    }
    // Incremental builds did skip pages: the test is not comparing two full builds.
    expect(skipped).toBeGreaterThan(0);
  });
});
