/** A repository's descriptors at one commit (the given paths and what their Locations lead to), read once, to validate as often as asked. */
import { collectDescriptorSources } from '../core/validate/collect-descriptor-sources.ts';
import { validateDescriptorFiles, type ValidateFilesOptions } from '../core/validate/validate-descriptor-files.ts';
import type { ValidationReport } from '../core/validate/validation-report.ts';
import type { EntityValidator } from '../core/validation/validate-entity.ts';
import { forgeDescriptorRepository } from '../forge/forge-descriptor-repository.ts';
import type { FileContent, Forge, RepositoryId } from '../forge/types.ts';

/** `primed`: files already read at that commit (a snapshot's), not read again. */
export async function descriptorsAt(forge: Forge, repository: RepositoryId, sha: string, paths: string[], primed?: readonly FileContent[]) {
  const repo = forgeDescriptorRepository(forge, repository, sha, new Map(primed?.map((f) => [f.path, f.text])));
  const sources = await collectDescriptorSources(repo, paths);
  return {
    validate: (validator: EntityValidator, htmlUrl: string, resolve?: ValidateFilesOptions['resolve']): Promise<ValidationReport> =>
      validateDescriptorFiles(sources, { validator, read: repo.read, locate: repo.locate, repositoryUrl: htmlUrl, ...(resolve ? { resolve } : {}) }),
  };
}

