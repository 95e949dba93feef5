/**
 * What features read from webhook payloads, written once: whose repository it is, whether a push
 * landed on the default branch, which paths it changed.
 */
import type { RepositoryId } from '../../forge/types.ts';

interface RepositoryPayload {
  owner?: { login: string } | null;
  name: string;
  full_name: string;
  default_branch?: string;
}

/** The repository's owner: a payload's `owner` can be null (GitHub's schema allows it), its full name cannot. */
export const ownerOf = (repository: RepositoryPayload): string =>
  repository.owner?.login ?? repository.full_name.slice(0, repository.full_name.indexOf('/'));

export const repositoryIdOf = (repository: RepositoryPayload): RepositoryId => ({
  owner: ownerOf(repository),
  name: repository.name,
});

/** `owner/name`: a repository's full name, for job groups and keys. */
export const fullNameOf = (repository: RepositoryId): string => `${repository.owner}/${repository.name}`;

/** An installation's account is a user or organisation (with a login) or an enterprise (with a slug). */
export const accountLogin = (account: unknown): string => {
  const a = (account ?? {}) as { login?: string; slug?: string };
  return a.login ?? a.slug ?? '';
};

interface PushPayload {
  ref: string;
  deleted: boolean;
  repository: RepositoryPayload & { default_branch: string };
  commits: { added?: string[]; modified?: string[]; removed?: string[] }[];
}

/** A push that moved the default branch forward (not one that deleted it). */
export const isDefaultBranchPush = (push: PushPayload): boolean =>
  !push.deleted && push.ref === `refs/heads/${push.repository.default_branch}`;

/** The paths a push added or modified and, with `removed`, removed: each once. */
export const pushedPaths = (push: PushPayload, { removed = false } = {}): string[] => [
  ...new Set(
    push.commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(removed ? (c.removed ?? []) : [])]),
  ),
];

/** Whether the repository is the organisation's catalog repository (GitHub names are case-insensitive). */
export const isCatalogRepository = (name: string, catalogRepository: string): boolean =>
  name.toLowerCase() === catalogRepository.toLowerCase();
