/**
 * The catalog job of one installation against the GitHub double, as the app runs it: `run(reason)`
 * is a full build (an installation, a reconcile), `run(reason, repositories)` a build for a push.
 */
import { createCatalogUpdates } from '../../app/features/catalog/catalog-updates.ts';
import { updateCatalog } from '../../app/features/catalog/update-catalog.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { testServices } from './app-services.ts';
import { forgeAgainst } from './github.ts';

export function catalogJob(double: GithubDouble, installationId: number, organization = 'acme') {
  const { forge } = forgeAgainst(double, installationId);
  const updates = createCatalogUpdates();
  const job = updateCatalog(testServices({ forge, webUrl: double.url }), updates);
  return async (reason: string, repositories?: string[]) => {
    updates.add(installationId, repositories ? { repositories, reason } : { full: true, reason });
    await job({ name: 'update-catalog', id: reason, data: { installationId, organization } });
  };
}
