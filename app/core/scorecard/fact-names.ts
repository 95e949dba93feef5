/**
 * The facts a check may name: what each holds, where it comes from, and how it is read from a
 * scoring subject. This table is what scorecard files are validated against (an unknown name is an
 * error with a "did you mean"), what evaluation reads, and what docs/scorecards.md documents.
 *
 * A fact whose source is absent (no catalog, no GitHub settings, no CI report) is "not reported";
 * a source that is present but says nothing of the value gives `undefined`.
 */
import { refFrom } from '../model/entity-ref.ts';
import { isRecord } from '../model/entity.ts';
import { codeownersFacts } from './codeowners.ts';
import type { Condition, Track } from './scorecard-model.ts';
import type { SettingsPart } from './repository-settings.ts';
import type { ScoringSubject } from './scoring-subject.ts';

export type FactSource = 'entity' | 'files' | 'catalog' | 'github' | 'ci';

export type FactReading = { reported: true; value: unknown } | { reported: false; why: string };

export interface FactName {
  name: string;
  source: FactSource;
  describes: string;
  read(subject: ScoringSubject, now: Date): unknown;
}

/** Why a source is absent, said where the result is shown. */
const ABSENT: Record<FactSource, string | undefined> = {
  entity: undefined,
  files: undefined,
  catalog: 'no catalog to resolve it against (build one with `callboard catalog build`)',
  github: 'no GitHub settings known here (the app reads them)',
  ci: 'no CI facts reported for this commit (run the callboard scorecard action in a workflow)',
};

const spec = (s: ScoringSubject) => (isRecord(s.entity.spec) ? s.entity.spec : {});
const DAY = 86_400_000;

const fact = (source: FactSource, name: string, describes: string, read: FactName['read']): FactName => ({
  name,
  source,
  describes,
  read,
});

export const FACT_NAMES: readonly FactName[] = [
  fact(
    'entity',
    'entity',
    'the descriptor as written (apiVersion, kind, metadata, spec); use `path`, e.g. `$.metadata.annotations["backstage.io/techdocs-ref"]`',
    (s) => s.entity,
  ),
  fact('entity', 'entity.kind', 'its kind, e.g. Component', (s) => s.entity.kind),
  fact('entity', 'entity.type', '`spec.type`, e.g. service', (s) => spec(s).type),
  fact('entity', 'entity.lifecycle', '`spec.lifecycle`, e.g. production', (s) => spec(s).lifecycle),
  fact('entity', 'entity.owner', '`spec.owner` as a full ref, e.g. group:default/team-a', (s) =>
    refFrom(s.entity, spec(s).owner, 'group'),
  ),
  fact('entity', 'entity.system', '`spec.system` as a full ref', (s) => refFrom(s.entity, spec(s).system, 'system')),
  fact('entity', 'entity.tags', '`metadata.tags`, a list', (s) => s.entity.metadata.tags ?? []),
  fact('entity', 'entity.annotations', '`metadata.annotations`, a mapping', (s) => s.entity.metadata.annotations ?? {}),
  fact(
    'entity',
    'entity.links',
    '`metadata.links`, a list of {url, title, type}',
    (s) => s.entity.metadata.links ?? [],
  ),
  fact('entity', 'entity.description', '`metadata.description`', (s) => s.entity.metadata.description),
  fact(
    'files',
    'github.codeowners',
    "the CODEOWNERS file: {present, path, owners (of the entity's folder), agreesWithCatalog}",
    (s) => codeownersFacts(s.files, s.folder, refFrom(s.entity, spec(s).owner, 'group'), s.organization),
  ),
  fact('files', 'github.dependabot.configured', 'true when the repository has .github/dependabot.yml (or .yaml)', (s) =>
    s.files.paths.some((p) => /^\.github\/dependabot\.ya?ml$/.test(p)),
  ),
  fact('catalog', 'catalog.owner', 'its owner in the catalog: {ref, exists, kind}', (s) => s.catalog?.owner),
  fact(
    'catalog',
    'catalog.dependsOn',
    'what it depends on: a list of {ref, exists, lifecycle}',
    (s) => s.catalog?.dependsOn,
  ),
  fact(
    'catalog',
    'catalog.deprecatedDependencies',
    'the refs it depends on whose lifecycle is deprecated, a list',
    (s) => s.catalog?.dependsOn.filter((d) => d.lifecycle === 'deprecated').map((d) => d.ref),
  ),
  fact('catalog', 'catalog.missingDependencies', 'the refs it depends on that are in no catalog, a list', (s) =>
    s.catalog?.dependsOn.filter((d) => !d.exists).map((d) => d.ref),
  ),
  fact('catalog', 'catalog.dependents', 'how many entities depend on it directly', (s) => s.catalog?.dependents),
  fact('github', 'github.defaultBranch', "the repository's default branch", (s) => s.github?.defaultBranch),
  fact('github', 'github.visibility', 'public, private or internal', (s) => s.github?.visibility),
  fact('github', 'github.archived', 'true when the repository is archived', (s) => s.github?.archived),
  fact('github', 'github.daysSinceLastPush', 'whole days since anything was pushed to the repository', (s, now) =>
    s.github?.pushedAt ? Math.floor((now.getTime() - Date.parse(s.github.pushedAt)) / DAY) : undefined,
  ),
  fact(
    'github',
    'github.branchProtection',
    "the default branch's protection, classic or by rulesets: {enabled, requiredReviews, codeOwnerReviews, requiredChecks, allowsForcePushes, allowsDeletions}",
    (s) => s.github?.branchProtection,
  ),
  fact(
    'github',
    'github.dependabot.alerts',
    'true when Dependabot alerts are enabled',
    (s) => s.github?.dependabot?.alerts,
  ),
  fact(
    'github',
    'github.dependabot.securityUpdates',
    'true when Dependabot security updates are enabled',
    (s) => s.github?.dependabot?.securityUpdates,
  ),
  fact('github', 'github.secretScanning', 'true when secret scanning is enabled', (s) => s.github?.secretScanning),
  fact('ci', 'ci.tests.run', 'true when a workflow reported test results (JUnit XML)', (s) => !!s.ci?.tests),
  fact('ci', 'ci.tests.count', 'test cases in the reported JUnit XML', (s) => s.ci?.tests?.count),
  fact('ci', 'ci.tests.passed', 'test cases that passed', (s) => s.ci?.tests?.passed),
  fact('ci', 'ci.tests.failures', 'test cases that failed', (s) => s.ci?.tests?.failures),
  fact('ci', 'ci.tests.errors', 'test cases that errored', (s) => s.ci?.tests?.errors),
  fact('ci', 'ci.tests.skipped', 'test cases skipped', (s) => s.ci?.tests?.skipped),
  fact('ci', 'ci.coverage.lines', 'line coverage in percent (lcov or Cobertura)', (s) => s.ci?.coverage?.lines),
  fact('ci', 'ci.coverage.branches', 'branch coverage in percent', (s) => s.ci?.coverage?.branches),
  fact('ci', 'ci.coverage.functions', 'function coverage in percent', (s) => s.ci?.coverage?.functions),
  fact(
    'ci',
    'ci.staticAnalysis.run',
    'true when a workflow reported static analysis (SARIF)',
    (s) => !!s.ci?.staticAnalysis,
  ),
  fact('ci', 'ci.staticAnalysis.tools', 'the tools that reported, a list', (s) => s.ci?.staticAnalysis?.tools),
  fact('ci', 'ci.staticAnalysis.results', 'findings reported', (s) => s.ci?.staticAnalysis?.results),
  fact('ci', 'ci.staticAnalysis.errors', 'findings at level error', (s) => s.ci?.staticAnalysis?.errors),
  fact('ci', 'ci.reportedAt', 'when the facts were reported (ISO 8601)', (s) => s.ci?.reportedAt),
  fact('ci', 'ci.commit', 'the commit the facts were reported for', (s) => s.ci?.commit),
];

export const FACTS_BY_NAME: ReadonlyMap<string, FactName> = new Map(FACT_NAMES.map((f) => [f.name, f]));

const SOURCE_PRESENT: Record<FactSource, (s: ScoringSubject) => boolean> = {
  entity: () => true,
  files: () => true,
  catalog: (s) => !!s.catalog,
  github: (s) => !!s.github,
  ci: (s) => !!s.ci,
};

export function readFact(name: FactName, subject: ScoringSubject, now: Date): FactReading {
  if (!SOURCE_PRESENT[name.source](subject)) return { reported: false, why: ABSENT[name.source] ?? 'not known' };
  return { reported: true, value: name.read(subject, now) };
}

/**
 * What the tracks need read: each fact source their checks name, `tree` when a check looks at
 * files, and each part of the repository's settings a check names (each costs its own requests).
 */
export function sourcesNeeded(tracks: readonly Track[]): Set<FactSource | 'tree' | SettingsPart> {
  const needed = new Set<FactSource | 'tree' | SettingsPart>();
  const visit = (c: Condition): void => {
    if ('all' in c) return c.all.forEach(visit);
    if ('any' in c) return c.any.forEach(visit);
    if ('not' in c) return visit(c.not);
    if ('file' in c) return void needed.add('tree');
    const fact = FACTS_BY_NAME.get(c.fact);
    if (!fact) return;
    needed.add(fact.source);
    if (fact.source === 'files') needed.add('tree');
    // Settings beyond what the repository listing gives (its branch protection, security features).
    const part = SETTINGS_PART_OF.get(fact.name);
    if (part) needed.add(part);
  };
  for (const track of tracks) for (const level of track.levels) for (const check of level.checks) visit(check.rule);
  return needed;
}

const SETTINGS_PART_OF: ReadonlyMap<string, SettingsPart> = new Map([
  ['github.branchProtection', 'protection'],
  ['github.dependabot.alerts', 'alerts'],
  ['github.dependabot.securityUpdates', 'security'],
  ['github.secretScanning', 'security'],
]);
