/**
 * A deterministic synthetic organisation for benchmarks: entities of every common kind in realistic
 * proportions and shapes (tags, links, labels, annotations, references), about 1% of them broken.
 */
import { stringify } from 'yaml';

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'artist',
  'playback',
  'podcast',
  'search',
  'billing',
  'queue',
  'lookup',
  'archive',
  'ingest',
  'storage',
  'auth',
  'profile',
  'catalog',
  'media',
  'events',
  'payments',
];
const TAGS = ['java', 'go', 'typescript', 'python', 'grpc', 'rest', 'kafka', 'postgres', 'c++', 'aws:lambda'];

/**
 * Entities of every common kind whose references resolve, as in an organisation that uses its
 * catalog: components own their APIs and depend on earlier components and on databases, every owner
 * is a team, systems belong to domains, users are members of teams. 5% of components are
 * deprecated; 1% of entities are broken (a name with a space).
 */
export function syntheticEntities(count: number, seed = 42): Record<string, unknown>[] {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const teams = Math.max(4, Math.floor(count / 400));
  const systems = Math.max(2, Math.floor(count / 200));
  const domains = Math.max(1, Math.floor(systems / 10));
  const v = 'backstage.io/v1alpha1';
  const meta = (name: string, i: number) => ({
    name: i % 100 === 99 ? `${name} broken` : name,
    description: `The ${name} of the ${pick(WORDS)} platform`,
    tags: [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j),
    labels: { 'acme.io/tier': pick(['gold', 'silver', 'bronze']) },
    annotations: { 'github.com/project-slug': `acme/${name}`, 'backstage.io/techdocs-ref': 'dir:.' },
    links: [{ url: `https://runbooks.acme.io/${name}`, title: 'Runbook', icon: 'docs' }],
  });
  const out: Record<string, unknown>[] = [];
  for (let t = 0; t < teams; t++) {
    out.push({
      apiVersion: v,
      kind: 'Group',
      metadata: meta(`team-${t}`, 0),
      spec: { type: 'team', profile: { displayName: `Team ${t}`, email: `team-${t}@acme.io` }, children: [] },
    });
  }
  for (let d = 0; d < domains; d++)
    out.push({ apiVersion: v, kind: 'Domain', metadata: meta(`domain-${d}`, 0), spec: { owner: `team-${d % teams}` } });
  for (let s = 0; s < systems; s++)
    out.push({
      apiVersion: v,
      kind: 'System',
      metadata: meta(`system-${s}`, 0),
      spec: { owner: `team-${s % teams}`, domain: `domain-${s % domains}` },
    });
  let components = 0;
  let resources = 0;
  for (let i = out.length; i < count; i++) {
    const r = rand();
    const team = `team-${i % teams}`;
    const system = `system-${i % systems}`;
    if (r < 0.45) {
      const n = components++;
      const deps = [
        ...(n > 0 ? [`component:svc-${Math.floor(rand() * n)}`] : []),
        ...(resources > 0 ? [`resource:db-${n % resources}`] : []),
      ];
      out.push({
        apiVersion: v,
        kind: 'Component',
        metadata: meta(`svc-${n}`, i),
        spec: {
          type: pick(['service', 'website', 'library']),
          lifecycle: rand() < 0.05 ? 'deprecated' : pick(['production', 'experimental']),
          owner: team,
          system,
          providesApis: [`api-${n}`],
          consumesApis: n > 0 ? [`api-${Math.floor(rand() * n)}`] : [],
          dependsOn: deps,
        },
      });
      out.push({
        apiVersion: v,
        kind: 'API',
        metadata: meta(`api-${n}`, i),
        spec: {
          type: pick(['openapi', 'grpc', 'graphql']),
          lifecycle: 'production',
          owner: team,
          system,
          definition: 'openapi: 3.0.0\ninfo: { title: x, version: "1" }\npaths: {}\n',
        },
      });
      i++;
    } else if (r < 0.5 && resources < 500) {
      out.push({
        apiVersion: v,
        kind: 'Resource',
        metadata: meta(`db-${resources++}`, i),
        spec: { type: 'database', owner: team, system },
      });
    } else {
      out.push({
        apiVersion: v,
        kind: 'User',
        metadata: meta(`user.${i}`, i),
        spec: { profile: { displayName: `User ${i}`, email: `u${i}@acme.io` }, memberOf: [team] },
      });
    }
  }
  return out.slice(0, count);
}

/** The same entities as descriptor files of one to four documents each. */
export function syntheticFiles(
  entities: readonly Record<string, unknown>[],
  seed = 7,
): { path: string; text: string }[] {
  const rand = random(seed);
  const files: { path: string; text: string }[] = [];
  for (let i = 0; i < entities.length;) {
    const n = 1 + Math.floor(rand() * 4);
    files.push({
      path: `repo-${files.length}/catalog-info.yaml`,
      text: entities
        .slice(i, i + n)
        .map((e) => stringify(e))
        .join('---\n'),
    });
    i += n;
  }
  return files;
}
