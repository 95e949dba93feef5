/**
 * `/callboard reconcile`, commented on the catalog repository: the commenter's permission is asked
 * of GitHub here, in a job, so the webhook is answered at once even when GitHub is slow or down.
 * Someone who may write to the catalog repository gets a full reconcile that reads every
 * repository; anyone else is ignored (and the log says so). The job's id comes from the delivery,
 * and the catalog job's from it: a redelivered comment, or a retry of this job, reconciles once.
 */
import { defineJob } from '../../queue/job-kinds.ts';
import type { Job } from '../../queue/job-queue.ts';
import type { AppServices } from '../feature.ts';
import type { CatalogChange } from './catalog-updates.ts';

export interface ReconcileRequestData {
  installationId: number;
  /** The organisation, which owns the catalog repository. */
  organization: string;
  catalogRepository: string;
  /** Who commented. */
  login: string;
}

export const reconcileRequestJob = defineJob<ReconcileRequestData>('reconcile-request');

interface Deps extends Pick<AppServices, 'forgeFor' | 'log'> {
  /** Takes the change in and queues the catalog job with this id. */
  request(id: string, installationId: number, organization: string, change: CatalogChange): Promise<void>;
}

export function reconcileRequest(deps: Deps) {
  return async (job: Job<ReconcileRequestData>) => {
    const { installationId, organization, catalogRepository, login } = job.data;
    const forge = await deps.forgeFor(installationId);
    if (!(await forge.canWrite({ owner: organization, name: catalogRepository }, login))) {
      deps.log.info(
        `/callboard reconcile from @${login} ignored: they may not write to ${organization}/${catalogRepository}`,
      );
      return;
    }
    // Asked for: every repository is read again, pushed to or not.
    await deps.request(`${job.id}:update-catalog`, installationId, organization, {
      full: true,
      force: true,
      reason: `reconcile asked by @${login}`,
    });
  };
}
