/**
 * The services a feature is given, for tests that run a feature's jobs or handlers without the
 * server: the forge is the real GitHub forge against the GitHub double (or none), the queue records
 * what is added (or runs it, with `createMemoryJobQueue`), and Callboard's own events are recorded.
 */
import { createCatalogRepositories } from '../../app/catalog-repo/catalog-repositories.ts';
import { inThisThread } from '../../app/core/content-work.ts';
import type { AppServices, Logger } from '../../app/features/feature.ts';
import type { Forge } from '../../app/forge/types.ts';
import { jobsOn } from '../../app/queue/job-kinds.ts';
import type { Job, JobQueue } from '../../app/queue/job-queue.ts';

/** A queue that keeps what is added, in order, and runs nothing. */
export function recordingQueue(): JobQueue & { added: Job[] } {
  const added: Job[] = [];
  const seen = new Set<string>();
  return {
    added,
    async add(job) {
      if (seen.has(job.id)) return 'duplicate';
      seen.add(job.id);
      added.push(job);
      return 'queued';
    },
    process: () => {},
    drain: async () => {},
    close: async () => ({ dropped: added.length, unfinished: 0, peak: added.length }),
  };
}

export const quietLog: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export interface TestServices extends AppServices {
  emitted: { event: string; payload: unknown }[];
}

export function testServices(
  options: { forge?: Forge; queue?: JobQueue; catalogRepository?: string; webUrl?: string; log?: Logger } = {},
): TestServices {
  const emitted: TestServices['emitted'] = [];
  const catalogRepository = options.catalogRepository ?? 'callboard-catalog';
  return {
    emitted,
    forgeFor: async () => {
      if (!options.forge) throw new Error('This test gave no forge');
      return options.forge;
    },
    work: inThisThread,
    jobs: jobsOn(options.queue ?? recordingQueue()),
    catalogRepositories: createCatalogRepositories(catalogRepository),
    emit: async (event, payload) => void emitted.push({ event, payload }),
    settings: { catalogRepository, webUrl: options.webUrl ?? 'https://github.com' },
    log: options.log ?? quietLog,
  };
}
