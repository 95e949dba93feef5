import type { CatalogRepository } from '../../types.ts';
import type { CatalogView } from '../catalog-view.ts';

/**
 * Repositories no descriptor describes (archived ones aside): what the onboarding migration offers a
 * `catalog-info.yaml` to, until none is left. The overview counts them; the processing status lists them apart
 * from the repositories read without problems, which they are not: nothing was read.
 */
export function uncataloguedRepositories(view: CatalogView): CatalogRepository[] {
  const described = new Set(view.entities.map((e) => e.source?.repository.toLowerCase()));
  return view.repositories.filter((r) => !r.archived && !described.has(r.fullName.toLowerCase()));
}
