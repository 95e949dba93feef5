/**
 * Callboard's features, composed once for every way it runs: the GitHub App (Probot routes GitHub's
 * webhooks to `dispatch` and schedules `reconcile`) and the reconcile action (a workflow runs
 * `reconcile` once with its token, then waits for the queue). It builds what every feature shares
 * (the job table, the catalog repositories, Callboard's own events) from the ports it is given: how
 * to reach GitHub for an installation, where content is worked on, the queue and the log.
 */
import { createCatalogRepositories } from '../catalog-repo/catalog-repositories.ts';
import type { ContentWork } from '../core/content-work.ts';
import type { Forge } from '../forge/types.ts';
import { jobsOn, registerJobs } from '../queue/job-kinds.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';
import { catalog } from './catalog/index.ts';
import { descriptorChecks } from './descriptor-checks/index.ts';
import type { AppSettings, Feature, FeatureFactory, Logger } from './feature.ts';
import { goldenPaths } from './golden-paths/index.ts';
import { migrations } from './migrations/index.ts';
import { scorecards } from './scorecards/index.ts';

/** Callboard's features. Adding one is a folder under app/features and a line here. */
export const FEATURES: readonly FeatureFactory[] = [descriptorChecks, catalog, scorecards, migrations, goldenPaths];

export interface CallboardOptions {
  forgeFor(installationId: number): Promise<Forge>;
  work: ContentWork;
  queue: JobQueue;
  settings: AppSettings;
  log: Logger;
  /** How many organisations' catalog repositories are kept read (CALLBOARD_STATE_CACHE); 0 keeps none. */
  stateCacheSize?: number;
  /** The features to run; all of them by default. */
  features?: readonly FeatureFactory[];
  /** Of those, only the ones with these names (a workflow that runs some of them). */
  only?: readonly string[];
}

export interface Callboard {
  readonly features: readonly Feature[];
  /** The GitHub events some feature listens to (`push`, `pull_request.opened`…). */
  readonly webhookEvents: readonly string[];
  /** Hands an event to every feature that listens to it. */
  readonly dispatch: Dispatch;
  /** A full reconcile of one installation by every feature that has one: what no event announces, found. */
  reconcile(installation: { installationId: number; organization: string; id: string }): Promise<void>;
}

export function createCallboard(options: CallboardOptions): Callboard {
  let dispatch: Dispatch = async () => {};
  const features = (options.features ?? FEATURES)
    .map((feature) =>
      feature({
        forgeFor: options.forgeFor,
        work: options.work,
        jobs: jobsOn(options.queue),
        catalogRepositories: createCatalogRepositories(options.settings.catalogRepository, options.stateCacheSize),
        emit: (event, payload) => dispatch(event, payload),
        settings: options.settings,
        log: options.log,
      }),
    )
    .filter((feature) => !options.only || options.only.includes(feature.name));
  registerJobs(
    options.queue,
    features.flatMap((f) => f.jobs),
  );
  const dispatcher = createDispatcher(features.flatMap((f) => f.events));
  dispatch = dispatcher.dispatch;
  return {
    features,
    webhookEvents: dispatcher.names.filter((name) => !name.startsWith('callboard.')),
    dispatch,
    async reconcile(installation) {
      for (const feature of features) await feature.reconcile?.(installation);
    },
  };
}
