/**
 * Builds a `Catalog` by hand for the renderer's tests. Each entity is validated with the project's own
 * validator (so fixtures are valid Backstage input) and its relations are stitched as the assembly
 * does: every relation either side declares, kept on its source, sorted by type then target.
 */
import type { Entity } from '../../../../app/core/model/entity.ts';
import type { Relation } from '../../../../app/core/model/relations.ts';
import type { Catalog, CatalogProblem, CatalogRepository, EntityStatus } from '../../../../app/core/catalog/types.ts';
import { createEntityValidator } from '../../../../app/core/validation/validate-entity.ts';

const validator = createEntityValidator();

export interface Entry {
  entity: Entity;
  repository?: string;
  path?: string;
  line?: number;
  status?: EntityStatus;
  archived?: boolean;
  /** Skip validation (hostile fixtures Backstage would reject); relations are then not derived. */
  unchecked?: boolean;
}

export interface CatalogParts {
  organization?: string;
  problems?: CatalogProblem[];
  repositories?: CatalogRepository[];
}

export const repositoryOf = (fullName: string, archived = false): CatalogRepository => {
  const [owner = '', name = ''] = fullName.split('/');
  return { owner, name, fullName, defaultBranch: 'main', archived, htmlUrl: `https://github.com/${fullName}` };
};

export function catalogOf(entries: Entry[], parts: CatalogParts = {}): Catalog {
  const verdicts = entries.map((entry) => {
    const verdict = validator(entry.entity);
    const errors = verdict.problems.filter((p) => p.severity === 'error');
    if (!entry.unchecked && errors.length)
      throw new Error(`fixture ${entry.entity.metadata.name}: ${errors.map((p) => p.message).join('; ')}`);
    const ref =
      `${entry.entity.kind}:${entry.entity.metadata.namespace ?? 'default'}/${entry.entity.metadata.name}`.toLowerCase();
    return { entry, ref, relations: verdict.relations };
  });
  const all: Relation[] = verdicts.flatMap((v) => v.relations);
  const entities = verdicts.map(({ entry, ref }) => {
    const repository = entry.repository ?? `acme/${entry.entity.metadata.name}`;
    const path = entry.path ?? 'catalog-info.yaml';
    const line = entry.line ?? 1;
    const seen = new Set<string>();
    const relations = all
      .filter((r) => r.source === ref)
      .filter((r) => !seen.has(`${r.type} ${r.target}`) && !!seen.add(`${r.type} ${r.target}`))
      .sort((a, b) => (a.type + ' ' + a.target < b.type + ' ' + b.target ? -1 : 1));
    return {
      ref,
      entity: entry.entity,
      source: {
        repository,
        path,
        document: 1,
        line,
        url: `https://github.com/${repository}/blob/main/${path}#L${line}`,
      },
      relations,
      status: entry.status ?? { state: 'current' as const },
      archived: entry.archived ?? false,
    };
  });
  return {
    organization: parts.organization ?? 'acme',
    entities,
    problems: parts.problems ?? [],
    repositories: parts.repositories ?? [],
    removed: [],
  };
}

/** A descriptor with Backstage's usual envelope. */
export const entityOf = (
  kind: string,
  name: string,
  spec: Record<string, unknown>,
  metadata: Partial<Entity['metadata']> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, ...metadata },
  spec,
});
