/**
 * A repository's descriptors at one commit (the given paths and what their Locations lead to), checked in the content
 * work's thread.
 */
import type { ContentWork } from '../../core/content-work.ts';
import type { ResolveEntity } from '../../core/validate/check-descriptors.ts';
import type { ValidationReport } from '../../core/validate/validation-report.ts';
import { forgeDescriptorRepository } from '../../forge/forge-descriptor-repository.ts';
import type { FileContent, Forge, RepositoryId } from '../../forge/types.ts';

export interface DescriptorsAt {
  work: ContentWork;
  forge: Forge;
  repository: RepositoryId;
  sha: string;
  paths: string[];
  htmlUrl: string;
  /** Files already read at that commit (a snapshot's), not read again. */
  primed?: readonly FileContent[];
  /** The organisation's catalog, asked about each valid entity. */
  resolve?: ResolveEntity;
}

export async function descriptorsAt({
  work,
  forge,
  repository,
  sha,
  paths,
  htmlUrl,
  primed,
  resolve,
}: DescriptorsAt): Promise<ValidationReport> {
  const repo = forgeDescriptorRepository(forge, repository, sha, new Map(primed?.map((f) => [f.path, f.text])));
  return (await work.checkDescriptors(repo, { paths, repositoryUrl: htmlUrl }, resolve)).report;
}
