/**
 * What a feature is: the events it listens to and the jobs it runs, declared in its folder's
 * index.ts (as Renovate's managers declare themselves). The app composes the list; one dispatcher
 * per event fans out to every feature that asked for it (app/features/dispatch.ts), so no feature
 * depends on another's registration order.
 *
 * Events are GitHub's webhooks and Callboard's own (`callboard.*`): a feature that wants another to
 * act says what happened (scores were recorded, the catalog was rebuilt) instead of calling into it.
 */
import type { EmitterWebhookEvent, EmitterWebhookEventName } from '@octokit/webhooks';
import type { CatalogRepositories } from '../catalog-repo/catalog-repositories.ts';
import type { ContentWork } from '../core/content-work.ts';
import type { Forge } from '../forge/types.ts';
import type { JobRoute, Jobs } from '../queue/job-kinds.ts';

/** Callboard's own events, with what each carries. */
export interface CallboardEvents {
  /** A full build of the organisation's catalog landed (or found nothing to change). */
  'callboard.catalog_rebuilt': { installationId: number; organization: string; id: string };
  /** Callboard created a repository (from a template): the catalog takes it in. */
  'callboard.repository_created': { installationId: number; organization: string; repository: string };
  /** Scores landed in the catalog repository, in the commit `commit`. */
  'callboard.scores_recorded': { installationId: number; organization: string; commit: string };
}
export type CallboardEventName = keyof CallboardEvents;

export type WebhookEvent<E extends EmitterWebhookEventName = EmitterWebhookEventName> = EmitterWebhookEvent<E>;

export interface EventRoute {
  readonly events: readonly string[];
  readonly handle: (event: never) => Promise<void>;
}

/** A route for GitHub's events: the handler gets the delivery's id, name and payload. */
export const onWebhook = <E extends EmitterWebhookEventName>(
  events: readonly E[],
  handle: (event: WebhookEvent<E>) => Promise<void>,
): EventRoute => ({ events, handle });

/** A route for one of Callboard's own events. */
export const onCallboard = <E extends CallboardEventName>(
  event: E,
  handle: (payload: CallboardEvents[E]) => Promise<void>,
): EventRoute => ({ events: [event], handle });

export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** What the app gives every feature: its ports to GitHub, the queue, the catalog repository, settings. */
export interface AppServices {
  forgeFor(installationId: number): Promise<Forge>;
  /** Where repository content is checked and scored: worker threads with budgets (app/workers). */
  work: ContentWork;
  jobs: Jobs;
  /** The one reader and writer of each organisation's catalog repository. */
  catalogRepositories: CatalogRepositories;
  /** Says what happened to the features that listen (Callboard's own events). */
  emit<E extends CallboardEventName>(event: E, payload: CallboardEvents[E]): Promise<void>;
  settings: AppSettings;
  log: Logger;
}

export interface AppSettings {
  /** The catalog repository's name in each organisation. */
  catalogRepository: string;
  /** The forge's web address, for links (https://github.com, or the GHES host). */
  webUrl: string;
  /** Least time between two updates of a migration's dashboard, in ms (five minutes when absent). */
  dashboardIntervalMs?: number;
}

export interface Feature {
  readonly name: string;
  readonly events: readonly EventRoute[];
  readonly jobs: readonly JobRoute[];
  /** Work to do for each installation on a scheduled reconcile (finding what no event announces). */
  readonly reconcile?: (installation: { installationId: number; organization: string; id: string }) => Promise<void>;
}

export type FeatureFactory = (services: AppServices) => Feature;
