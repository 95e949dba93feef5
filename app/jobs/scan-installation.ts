/**
 * Scans what an installation can see: every repository, its root descriptor read in batches (a
 * few GraphQL requests for hundreds of repositories), each validated. The catalog (#4) builds on
 * this; for now the result is logged, so an installation shows at once how healthy its descriptors are.
 */
import { validateDescriptorFiles } from '../core/validate/validate-descriptor-files.ts';
import { createEntityValidator } from '../core/validation/validate-entity.ts';
import { forgeDescriptorRepository } from '../forge/forge-descriptor-repository.ts';
import type { Job } from './job-queue.ts';
import type { JobDeps } from './validate-descriptors.ts';

export interface ScanInstallationData {
  installationId: number;
  /** Only these repositories (`owner/name`); all when absent. */
  repositories?: string[];
}

export interface ScanResult {
  repositories: number;
  withDescriptors: number;
  entities: number;
  errors: number;
}

export function scanInstallation(deps: JobDeps & { log(result: ScanResult & { installationId: number }): void }) {
  const validator = createEntityValidator();
  return async (job: Job<ScanInstallationData>) => {
    const forge = await deps.forgeFor(job.data.installationId);
    const wanted = job.data.repositories?.map((r) => r.toLowerCase());
    const repositories = (await forge.listRepositories()).filter((r) => !r.archived && (!wanted || wanted.includes(r.fullName.toLowerCase())));
    const files = await forge.readFiles(repositories.map((r) => ({ repository: r, path: 'catalog-info.yaml' })));
    const present = files.filter((f) => f.text !== undefined);
    let entities = 0;
    let errors = 0;
    for (const file of present) {
      const path = `${file.repository.owner}/${file.repository.name}/${file.path}`;
      const repository = repositories.find((r) => r.owner === file.repository.owner && r.name === file.repository.name)!;
      const report = await validateDescriptorFiles([{ path, repositoryPath: file.path, text: file.text! }], {
        validator,
        // Placeholders ($text: ./openapi.yaml) are read on demand, one file at a time; most descriptors have none.
        read: forgeDescriptorRepository(forge, repository, repository.defaultBranch).read,
      });
      entities += report.summary.entities;
      errors += report.summary.errors;
    }
    deps.log({ installationId: job.data.installationId, repositories: repositories.length, withDescriptors: present.length, entities, errors });
  };
}
