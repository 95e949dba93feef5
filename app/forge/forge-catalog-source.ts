/**
 * The catalog's source on any forge: GitHub (an installation's repositories) or a folder of
 * repositories on disk. One adapter, so `callboard catalog build` writes what the app commits.
 */
import type { CatalogSource } from '../core/catalog/read-organization.ts';
import type { ListedRepository } from '../core/catalog/types.ts';
import { forgeDescriptorRepository } from './forge-descriptor-repository.ts';
import type { Forge, ForgeRepository } from './types.ts';

const listed = (r: ForgeRepository): ListedRepository => ({
  owner: r.owner,
  name: r.name,
  fullName: r.fullName,
  defaultBranch: r.defaultBranch,
  archived: r.archived,
  htmlUrl: r.htmlUrl,
  ...(r.pushedAt ? { pushedAt: r.pushedAt } : {}),
});

/** The listing is made once per source: a job that looks for the catalog repository and then builds lists once. */
export function forgeCatalogSource(forge: Forge, organization: string): CatalogSource {
  let listing: Promise<ListedRepository[]> | undefined;
  const ours = (r: ForgeRepository | undefined): r is ForgeRepository =>
    !!r && r.owner.toLowerCase() === organization.toLowerCase();
  return {
    listRepositories() {
      return (listing ??= forge.listRepositories().then((repos) => repos.filter(ours).map(listed)));
    },
    async getRepositories(fullNames) {
      const ids = fullNames.map((fullName) => ({
        owner: fullName.slice(0, fullName.indexOf('/')),
        name: fullName.slice(fullName.indexOf('/') + 1),
      }));
      return (await forge.getRepositories(ids)).filter(ours).map(listed);
    },
    async readMany(requests) {
      const files = await forge.readFiles(
        requests.map(({ repository, path }) => ({ repository, path, ref: repository.defaultBranch })),
      );
      return files.map((f) => f.text);
    },
    open: (repository, primed) => forgeDescriptorRepository(forge, repository, repository.defaultBranch, primed),
    async teams() {
      return forge.listTeams(organization);
    },
  };
}
