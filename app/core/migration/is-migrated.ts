/**
 * Whether a repository has migrated: the spec's `migrated` condition (the scorecard rule language)
 * evaluated on the repository's files, at its root, so that one migrated by hand or before the
 * campaign gets no pull request. Pure: the listing and the texts the condition needs are read
 * beforehand (conditionFiles says which).
 */
import type { IndexEntity } from '../catalog-index/catalog-index.ts';
import type { Entity } from '../model/entity.ts';
import { evaluateCondition, filesToRead, type Evaluated } from '../scorecard/evaluate-condition.ts';
import type { RepositoryFiles, ScoringSubject } from '../scorecard/scoring-subject.ts';
import type { MigrationSpec } from './migration-model.ts';

export interface MigratedRepository {
  /** `owner/name`. */
  fullName: string;
  /** The entity targeting found, if any. */
  entity?: IndexEntity;
  files: RepositoryFiles;
}

/** The condition's verdict with its evidence; undefined when the spec has no `migrated` condition. */
export function isMigrated(
  spec: Pick<MigrationSpec, 'migrated'>,
  repository: MigratedRepository,
  now: Date,
): Evaluated | undefined {
  return spec.migrated ? evaluateCondition(spec.migrated, subjectOf(repository), now) : undefined;
}

/** The files whose text the condition needs, among the repository's paths. */
export function conditionFiles(spec: Pick<MigrationSpec, 'migrated'>, paths: readonly string[]): string[] {
  if (!spec.migrated) return [];
  return [...new Set(filesToRead(spec.migrated, { folder: '', files: { paths, text: () => undefined } }))];
}

/**
 * The repository as the scorecard evaluator sees a subject. Its folder is the root whatever the
 * entity's descriptor: a migration changes the repository, not one entity of a monorepo. A
 * repository without an entity (onboarding) gets a minimal synthetic Component named after it, only
 * so that the evaluator has a subject; the catalog never sees it, and an `entity` fact about it says
 * little more than its name.
 */
function subjectOf(repository: MigratedRepository): ScoringSubject {
  const [organization = '', name = repository.fullName] = repository.fullName.split('/');
  const { entity } = repository;
  return {
    ref: entity?.ref ?? `component:default/${name.toLowerCase()}`,
    entity: entity
      ? descriptorOf(entity)
      : { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name } },
    folder: '',
    organization,
    files: repository.files,
  };
}

/** The index's entity in the descriptor shape facts read (`entity` + `$.spec.owner`). */
function descriptorOf(e: IndexEntity): Entity {
  const spec = Object.fromEntries(
    Object.entries({ type: e.type, lifecycle: e.lifecycle, owner: e.owner, system: e.system, domain: e.domain }).filter(
      ([, v]) => v !== null,
    ),
  );
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: e.kind,
    metadata: {
      name: e.name,
      namespace: e.namespace,
      ...(e.title !== null ? { title: e.title } : {}),
      ...(e.description !== null ? { description: e.description } : {}),
      tags: e.tags,
    },
    spec,
  };
}
