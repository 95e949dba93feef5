/**
 * What a change to one repository means for the organisation: the entities it touches, each with
 * its owner and how to reach them, where it sits (system, domain, lifecycle, APIs), who depends on
 * it (directly and through others, with their owners), and what the change does to its descriptor.
 * Pure: the catalog index, the repository's entities before and after, and the changed paths in;
 * the report out. The app's pull request comment and `callboard impact` both render it.
 */
import type { Entity } from '../model/entity.ts';
import type { ValidationReport } from '../validate/validation-report.ts';
import type { CatalogIndex, IndexEntity } from '../catalog-index/catalog-index.ts';
import { dependentsOf } from './dependents.ts';
import { apiChangeNotes, definitionChanges } from './api-change-notes.ts';
import { describeChanges, type ChangeNote } from './descriptor-changes.ts';
import { entityReferences } from './entity-references.ts';
import { touchedEntities, type ClaimingEntity } from './touched-entities.ts';

/** An entity of the changed repository as one side of the change has it. */
export interface RepositoryEntity {
  ref: string;
  /** Its descriptor, relative to the repository root. */
  path: string;
  entity: Entity;
}

/**
 * The entities a validation report found valid, as one side of a change: `repositoryPath` turns a
 * report's path (as shown to people) into the path relative to the repository root.
 */
export function reportEntities(
  report: ValidationReport,
  repositoryPath: (shown: string) => string = (p) => p,
): RepositoryEntity[] {
  return report.files.flatMap((f) =>
    f.entities.filter((e) => e.valid).map((e) => ({ ref: e.ref, path: repositoryPath(f.path), entity: e.entity })),
  );
}

export interface ImpactInput {
  index: CatalogIndex;
  /** `owner/name` */
  repository: string;
  /** `https://github.com/owner/name`, to read `backstage.io/source-location` claims. */
  repositoryUrl: string;
  changedPaths: readonly string[];
  /** The repository's entities before the change (the base), as far as they were read. */
  before: readonly RepositoryEntity[];
  /** And after it (the head). */
  after: readonly RepositoryEntity[];
}

export interface Contact {
  ref: string;
  title: string;
  exists: boolean;
  email?: string;
  links: { url: string; title: string }[];
  members: { ref: string; title: string; email?: string }[];
  /** How many members there are in all (`members` may be the first few). */
  memberCount: number;
}

export interface Dependent {
  ref: string;
  title: string;
  owner?: string;
  ownerTitle?: string;
  deprecated: boolean;
}

export interface ImpactedEntity {
  ref: string;
  title: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  deprecated: boolean;
  /** Added by the change, removed by it, its descriptor changed in a way the notes say, or only files it claims. */
  change: 'added' | 'removed' | 'descriptor' | 'files';
  /** Its page in the catalog folder, when the catalog has it. */
  page?: string;
  owner?: Contact;
  system?: { ref: string; title: string };
  domain?: { ref: string; title: string };
  providesApis: { ref: string; title: string }[];
  consumesApis: { ref: string; title: string }[];
  dependents: { direct: Dependent[]; transitive: Dependent[]; truncated: boolean };
  notes: ChangeNote[];
  /** The changed paths that touched it. */
  paths: string[];
}

export interface ImpactReport {
  organization: string;
  repository: string;
  entities: ImpactedEntity[];
}

/** Members listed per owner; the rest are counted. */
const MEMBERS_SHOWN = 10;

export function impactOf(input: ImpactInput): ImpactReport {
  const { index } = input;
  const before = new Map(input.before.map((e) => [e.ref, e]));
  const after = new Map(input.after.map((e) => [e.ref, e]));
  const readPaths = new Set([...input.before, ...input.after].map((e) => e.path));
  const claims: ClaimingEntity[] = [
    ...[...after.values(), ...[...before.values()].filter((e) => !after.has(e.ref))].map(claimOf),
    // What the catalog knows of descriptors this change did not read (monorepo folders from callboard.yaml).
    ...index
      .ofRepository(input.repository)
      .filter((e) => !readPaths.has(e.source.path) && e.status !== 'imported')
      .map((e) => ({ ref: e.ref, path: e.source.path })),
  ];
  const touched = touchedEntities(claims, input.changedPaths, input.repositoryUrl);
  const lookup = {
    exists: (ref: string) => after.has(ref) || !!index.get(ref),
    deprecated: (ref: string) =>
      after.get(ref) ? isDeprecated(after.get(ref)!.entity) : index.get(ref)?.lifecycle?.toLowerCase() === 'deprecated',
  };
  const entities = [...touched].map(([ref, paths]) =>
    impactedEntity(input, ref, paths, before.get(ref)?.entity, after.get(ref)?.entity, lookup),
  );
  return { organization: index.organization, repository: input.repository, entities };
}

function claimOf(e: RepositoryEntity): ClaimingEntity {
  const location = e.entity.metadata.annotations?.['backstage.io/source-location'];
  return { ref: e.ref, path: e.path, ...(typeof location === 'string' ? { sourceLocation: location } : {}) };
}

function impactedEntity(
  input: ImpactInput,
  ref: string,
  paths: string[],
  before: Entity | undefined,
  after: Entity | undefined,
  lookup: Parameters<typeof describeChanges>[2],
): ImpactedEntity {
  const { index } = input;
  const known = index.get(ref);
  const entity = after ?? before;
  const references = entity ? entityReferences(entity) : [];
  const refsOf = (field: string, relation: string) =>
    entity ? references.filter((r) => r.field.field === field).map((r) => r.target) : index.targets(ref, relation);
  const owner = refsOf('owner', 'ownedBy')[0];
  const system = refsOf('system', 'partOf').find((r) => r.startsWith('system:'));
  const domain =
    (entity?.kind.toLowerCase() === 'system' ? refsOf('domain', 'partOf')[0] : undefined) ??
    (system ? index.get(system)?.domain : known?.domain) ??
    undefined;
  const lifecycle = entity ? stringOf(entity.spec?.lifecycle) : (known?.lifecycle ?? undefined);
  const dependents = dependentsOf(index, ref);
  const consumers = dependents.direct.map((r) => dependentOf(index, r));
  const notes = [
    ...describeChanges(before, after, lookup),
    ...apiChangeNotes(definitionChanges(before, after), consumers),
  ];
  return {
    ref,
    title: entity ? (stringOf(entity.metadata.title) ?? entity.metadata.name) : (known?.title ?? known?.name ?? ref),
    kind: entity?.kind ?? known?.kind ?? ref.slice(0, ref.indexOf(':')),
    ...optional('type', entity ? stringOf(entity.spec?.type) : known?.type),
    ...optional('lifecycle', lifecycle),
    deprecated: lifecycle?.toLowerCase() === 'deprecated',
    change: !before && after ? 'added' : before && !after ? 'removed' : notes.length ? 'descriptor' : 'files',
    ...(known ? { page: known.page } : {}),
    ...(owner ? { owner: contactOf(index, owner) } : {}),
    ...(system ? { system: named(index, system) } : {}),
    ...(domain ? { domain: named(index, domain) } : {}),
    providesApis: refsOf('providesApis', 'providesApi').map((r) => named(index, r)),
    consumesApis: refsOf('consumesApis', 'consumesApi').map((r) => named(index, r)),
    dependents: {
      direct: consumers,
      transitive: dependents.transitive.map((r) => dependentOf(index, r)),
      truncated: dependents.truncated,
    },
    notes,
    paths,
  };
}

function contactOf(index: CatalogIndex, ref: string): Contact {
  const e = index.get(ref);
  const members = index.targets(ref, 'hasMember');
  return {
    ref,
    title: titleOf(e, ref),
    exists: !!e,
    ...(e?.email ? { email: e.email } : {}),
    links: (e?.links ?? []).map((l) => ({ url: l.url, title: l.title ?? l.url })),
    members: members.slice(0, MEMBERS_SHOWN).map((m) => ({
      ref: m,
      title: titleOf(index.get(m), m),
      ...(index.get(m)?.email ? { email: index.get(m)!.email! } : {}),
    })),
    memberCount: members.length,
  };
}

function dependentOf(index: CatalogIndex, ref: string): Dependent {
  const e = index.get(ref);
  return {
    ref,
    title: titleOf(e, ref),
    ...(e?.owner ? { owner: e.owner, ownerTitle: titleOf(index.get(e.owner), e.owner) } : {}),
    deprecated: e?.lifecycle?.toLowerCase() === 'deprecated',
  };
}

const named = (index: CatalogIndex, ref: string) => ({ ref, title: titleOf(index.get(ref), ref) });
/** As Backstage presents an entity: its title, else a Group's or User's display name, else its name. */
const titleOf = (e: IndexEntity | undefined, ref: string) =>
  e?.title ?? e?.displayName ?? e?.name ?? ref.slice(ref.indexOf('/') + 1);
const stringOf = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isDeprecated = (e: Entity) => stringOf(e.spec?.lifecycle)?.toLowerCase() === 'deprecated';
const optional = <K extends string>(key: K, value: string | null | undefined) =>
  value ? ({ [key]: value } as Record<K, string>) : {};
