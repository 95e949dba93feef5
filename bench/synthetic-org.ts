/**
 * A deterministic synthetic organisation for benchmarks: entities of every common kind in realistic
 * proportions and shapes (tags, links, labels, annotations, references), about 1% of them broken.
 */
import { stringify } from 'yaml';

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['artist', 'playback', 'podcast', 'search', 'billing', 'queue', 'lookup', 'archive', 'ingest', 'storage', 'auth', 'profile', 'catalog', 'media', 'events', 'payments'];
const TAGS = ['java', 'go', 'typescript', 'python', 'grpc', 'rest', 'kafka', 'postgres', 'c++', 'aws:lambda'];

export function syntheticEntities(count: number, seed = 42): Record<string, unknown>[] {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const teams = Math.max(4, Math.floor(count / 400));
  const name = (prefix: string, i: number) => `${pick(WORDS)}-${prefix}-${i}`;
  const meta = (n: string, i: number) => ({
    name: n,
    description: `The ${n} of the ${pick(WORDS)} platform`,
    tags: [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j),
    labels: { 'acme.io/tier': pick(['gold', 'silver', 'bronze']) },
    annotations: { 'github.com/project-slug': `acme/${n}`, 'backstage.io/techdocs-ref': 'dir:.' },
    links: [{ url: `https://runbooks.acme.io/${n}`, title: 'Runbook', icon: 'docs' }],
    ...(i % 100 === 99 ? { name: `${n} broken` } : {}),
  });
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    const team = `team-${i % teams}`;
    const v = 'backstage.io/v1alpha1';
    if (r < 0.4) {
      out.push({ apiVersion: v, kind: 'Component', metadata: meta(name('svc', i), i), spec: { type: pick(['service', 'website', 'library']), lifecycle: pick(['production', 'experimental', 'deprecated']), owner: team, system: `system-${i % 50}`, providesApis: [`api-${i}`], consumesApis: [`api-${Math.floor(rand() * count)}`], dependsOn: [`resource:db-${i % 300}`, `component:svc-${Math.floor(rand() * count)}`] } });
    } else if (r < 0.55) {
      out.push({ apiVersion: v, kind: 'API', metadata: meta(name('api', i), i), spec: { type: pick(['openapi', 'grpc', 'graphql']), lifecycle: 'production', owner: team, system: `system-${i % 50}`, definition: 'openapi: 3.0.0\ninfo: { title: x, version: "1" }\npaths: {}\n' } });
    } else if (r < 0.65) {
      out.push({ apiVersion: v, kind: 'Resource', metadata: meta(name('db', i), i), spec: { type: 'database', owner: team, system: `system-${i % 50}` } });
    } else if (r < 0.7) {
      out.push({ apiVersion: v, kind: 'System', metadata: meta(name('system', i), i), spec: { owner: team, domain: `domain-${i % 10}` } });
    } else if (r < 0.72) {
      out.push({ apiVersion: v, kind: 'Domain', metadata: meta(name('domain', i), i), spec: { owner: team } });
    } else if (r < 0.8) {
      out.push({ apiVersion: v, kind: 'Group', metadata: meta(name('group', i), i), spec: { type: 'team', profile: { displayName: `Group ${i}`, email: `g${i}@acme.io` }, parent: 'engineering', children: [], members: [`user-${i}`] } });
    } else {
      out.push({ apiVersion: v, kind: 'User', metadata: meta(`user.${i}`, i), spec: { profile: { displayName: `User ${i}`, email: `u${i}@acme.io` }, memberOf: [team] } });
    }
  }
  return out;
}

/** The same entities as descriptor files of one to four documents each. */
export function syntheticFiles(entities: readonly Record<string, unknown>[], seed = 7): { path: string; text: string }[] {
  const rand = random(seed);
  const files: { path: string; text: string }[] = [];
  for (let i = 0; i < entities.length; ) {
    const n = 1 + Math.floor(rand() * 4);
    files.push({ path: `repo-${files.length}/catalog-info.yaml`, text: entities.slice(i, i + n).map((e) => stringify(e)).join('---\n') });
    i += n;
  }
  return files;
}
