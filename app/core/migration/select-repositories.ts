/**
 * Which repositories a migration is for, decided from the catalog alone (its index) and the
 * repository's name: archived repositories never, excluded ones never, included ones always, then
 * the catalogued switch, the name globs and the entity query, each field narrowing the entities
 * left. A repository that does not apply gets the reason, worded for the dashboard ("no entity of
 * kind Component"). The entity found is what templates see as `entity`.
 */
import type { IndexEntity } from '../catalog-index/catalog-index.ts';
import { ROOT_DESCRIPTOR } from '../descriptor/descriptor-files.ts';
import { parseEntityRef, stringifyEntityRef } from '../model/entity-ref.ts';
import { globOrNothing } from '../patterns/linear-glob.ts';
import type { EntityQuery, MigrationSpec, MigrationTargets, TemplateContext } from './migration-model.ts';
import type { RepositoryGuesses } from './guess-repository.ts';

export interface TargetRepository {
  /** `owner/name`. */
  fullName: string;
  archived: boolean;
  /** The entities the repository's descriptors define, from the catalog index. */
  entities: readonly IndexEntity[];
  /** Whether the entity fails (or has not reported) the check; absent when no scorecard results are known. */
  failing?(ref: string, track: string, check: string): boolean;
}

export type Targeting = { applies: true; entity?: IndexEntity } | { applies: false; reason: string };

export function selectRepository(targets: MigrationTargets, repository: TargetRepository): Targeting {
  const fullName = repository.fullName.toLowerCase();
  if (repository.archived) return { applies: false, reason: 'archived' };
  if (targets.exclude.some((n) => n.toLowerCase() === fullName)) return { applies: false, reason: 'excluded' };
  // Locations only point at other descriptors: templates want the component, system or API itself.
  const described = repository.entities.filter((e) => e.kind.toLowerCase() !== 'location');
  if (targets.include.some((n) => n.toLowerCase() === fullName)) return applying(first(described));
  if (targets.catalogued === false && repository.entities.length)
    return { applies: false, reason: 'already in the catalog' };
  if (targets.catalogued === true && !repository.entities.length)
    return { applies: false, reason: 'not in the catalog' };
  if (targets.repositories && !targets.repositories.some((glob) => nameMatches(glob, repository.fullName)))
    return { applies: false, reason: `its name matches none of ${targets.repositories.join(', ')}` };
  if (!targets.entities) return applying(first(described));
  const found = matching(targets.entities, described, repository);
  return 'reason' in found ? { applies: false, reason: found.reason } : applying(first(found.entities));
}

const applying = (entity: IndexEntity | undefined): Targeting =>
  entity ? { applies: true, entity } : { applies: true };

/** A glob with a slash is matched against `owner/name`, one without against the name; case is ignored. */
function nameMatches(glob: string, fullName: string): boolean {
  const subject = glob.includes('/') ? fullName : fullName.slice(fullName.indexOf('/') + 1);
  return globOrNothing(glob, { nocase: true })(subject);
}

/** The root descriptor's first entity, else the first by ref. */
function first(entities: readonly IndexEntity[]): IndexEntity | undefined {
  const root = entities.filter((e) => e.source.path === ROOT_DESCRIPTOR);
  if (root.length) return [...root].sort((a, b) => a.source.line - b.source.line)[0];
  return [...entities].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))[0];
}

type Field = { [K in keyof EntityQuery]-?: [K, NonNullable<EntityQuery[K]>] }[keyof EntityQuery];

/** The entities every field of the query matches, or why none is left (the first field that left none). */
function matching(
  query: EntityQuery,
  entities: readonly IndexEntity[],
  repository: TargetRepository,
): { entities: IndexEntity[] } | { reason: string } {
  if (!entities.length) return { reason: 'no entity in the catalog' };
  let left = [...entities];
  for (const [field, values] of Object.entries(query) as Field[]) {
    const test = fieldTest(field, values, repository);
    left = left.filter(test.matches);
    if (!left.length) return { reason: `no entity ${test.says}` };
  }
  return { entities: left };
}

function fieldTest(
  field: Field[0],
  values: Field[1],
  repository: TargetRepository,
): { matches: (e: IndexEntity) => boolean; says: string } {
  const list = (words: readonly string[]) => words.join(' or ');
  if (field === 'failing') {
    const checks = values as NonNullable<EntityQuery['failing']>;
    return {
      matches: (e) => checks.some((c) => repository.failing?.(e.ref, c.track, c.check) ?? false),
      says: `failing ${list(checks.map((c) => `${c.track}/${c.check}`))}`,
    };
  }
  const wanted = values as string[];
  if (field === 'tags')
    return {
      matches: (e) => e.tags.some((t) => wanted.some((w) => w.toLowerCase() === t.toLowerCase())),
      says: `tagged ${list(wanted)}`,
    };
  const refKind = ({ system: 'system', owner: 'group', domain: 'domain' } as Record<string, string>)[field];
  const norm = refKind ? (v: string) => refOf(v, refKind) : (v: string) => v.toLowerCase();
  const expected = new Set(wanted.map(norm));
  const actual = (e: IndexEntity): string | null =>
    field === 'kind'
      ? e.kind
      : (e[field as 'type' | 'lifecycle' | 'system' | 'owner' | 'domain' | 'namespace'] ?? null);
  const words: Record<string, string> = {
    kind: 'of kind',
    type: 'of type',
    lifecycle: 'in lifecycle',
    system: 'in system',
    owner: 'owned by',
    domain: 'in domain',
    namespace: 'in namespace',
  };
  return {
    matches: (e) => {
      const value = actual(e);
      return value !== null && expected.has(norm(value));
    },
    says: `${words[field]} ${list(wanted)}`,
  };
}

/** A ref as the index writes it (`system:default/audio`), from a full ref or a bare name. */
function refOf(value: string, defaultKind: string): string {
  const parsed = parseEntityRef(value, { defaultKind });
  return parsed.ok ? stringifyEntityRef(parsed.ref) : value.toLowerCase();
}

/** What a template sees for one repository: the spec's values (rendered later), the entity, the repository. */
export function templateContextOf(
  spec: Pick<MigrationSpec, 'id' | 'title' | 'version' | 'values'>,
  repository: { fullName: string; defaultBranch: string },
  entity: IndexEntity | undefined,
  guesses: RepositoryGuesses,
): TemplateContext {
  const [owner = '', name = ''] = repository.fullName.split('/');
  return {
    values: spec.values,
    ...(entity
      ? {
          entity: {
            ref: entity.ref,
            kind: entity.kind,
            namespace: entity.namespace,
            name: entity.name,
            title: entity.title,
            type: entity.type,
            lifecycle: entity.lifecycle,
            owner: entity.owner,
            system: entity.system,
            domain: entity.domain,
            tags: entity.tags,
          },
        }
      : {}),
    repository: {
      owner,
      name,
      fullName: repository.fullName,
      defaultBranch: repository.defaultBranch,
      language: guesses.language,
      type: guesses.type,
      guessedOwner: guesses.owner,
    },
    migration: { id: spec.id, title: spec.title, version: spec.version },
  };
}
