/**
 * `/callboard reconcile`, commented on the catalog repository: the commenter's permission is asked
 * of GitHub here, in a job, so the webhook is answered at once even when GitHub is slow or down.
 * Someone who may write to the catalog repository gets a full reconcile that reads every
 * repository; anyone else is ignored (and the log says so). The job's id comes from the delivery,
 * and the catalog job's from it: a redelivered comment, or a retry of this job, reconciles once.
 */
import type { Forge } from '../../forge/types.ts';
import type { CatalogUpdates } from './catalog-updates.ts';
import type { Job, JobQueue } from '../../queue/job-queue.ts';
import { updateCatalogJob } from './update-catalog.ts';

export interface ReconcileRequestData {
  installationId: number;
  /** The organisation, which owns the catalog repository. */
  organization: string;
  catalogRepository: string;
  /** Who commented. */
  login: string;
}

export const reconcileRequestJob = (deliveryId: string, data: ReconcileRequestData): Job<ReconcileRequestData> => ({
  name: 'reconcile-request',
  id: `${deliveryId}:reconcile-request`,
  data,
});

export function reconcileRequest(deps: {
  forgeFor(installationId: number): Promise<Forge>;
  updates: CatalogUpdates;
  queue: JobQueue;
  log(message: string): void;
}) {
  return async (job: Job<ReconcileRequestData>) => {
    const { installationId, organization, catalogRepository, login } = job.data;
    const forge = await deps.forgeFor(installationId);
    if (!(await forge.canWrite({ owner: organization, name: catalogRepository }, login))) {
      deps.log(
        `/callboard reconcile from @${login} ignored: they may not write to ${organization}/${catalogRepository}`,
      );
      return;
    }
    // Asked for: every repository is read again, pushed to or not.
    deps.updates.add(installationId, { full: true, force: true, reason: `reconcile asked by @${login}` });
    await deps.queue.add(updateCatalogJob(`${job.id}:update-catalog`, installationId, organization));
  };
}
