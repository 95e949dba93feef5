/**
 * The catalog repository, kept current. Everything that changes the catalog becomes a pending
 * update and one catalog job (the job takes all that is pending, so bursts coalesce): installations
 * and their repositories, repository changes, pushes that touch descriptors, the catalog
 * repository's own config, teams, recorded scores (entity pages show levels), the scheduled
 * reconcile, and `/callboard reconcile` on the catalog repository (a job checks who asked).
 */
import { CONFIG_PATH } from '../../core/catalog/catalog-config.ts';
import { runs } from '../../queue/job-kinds.ts';
import { onCallboard, onWebhook, type AppServices, type Feature } from '../feature.ts';
import { touchesDescriptors } from '../shared/descriptor-paths.ts';
import { accountLogin, isCatalogRepository, isDefaultBranchPush, ownerOf, pushedPaths } from '../shared/payload.ts';
import { createCatalogUpdates, type CatalogChange } from './catalog-updates.ts';
import { reconcileRequest, reconcileRequestJob } from './reconcile-request.ts';
import { updateCatalog, updateCatalogJob } from './update-catalog.ts';

const RECONCILE_COMMAND = /^\/callboard\s+reconcile\b/;

export function catalog(services: AppServices): Feature {
  const updates = createCatalogUpdates();
  const isCatalog = (name: string) => isCatalogRepository(name, services.settings.catalogRepository);
  /** Takes the change in, and queues the installation's catalog job (`id` de-duplicates redeliveries). */
  const update = async (
    id: string,
    installationId: number | undefined,
    organization: string,
    change: CatalogChange,
  ) => {
    if (installationId === undefined) return;
    updates.add(installationId, change);
    await services.jobs.add(updateCatalogJob, id, { installationId, organization });
  };

  return {
    name: 'catalog',
    events: [
      onWebhook(
        ['installation.created', 'installation.new_permissions_accepted', 'installation.unsuspend'],
        ({ id, payload: { installation, action } }) =>
          update(`${id}:update-catalog`, installation.id, accountLogin(installation.account), {
            full: true,
            reason: `installation ${action}`,
          }),
      ),
      onWebhook(['installation_repositories.added', 'installation_repositories.removed'], ({ id, payload }) => {
        const { installation, repositories_added: added, repositories_removed: removed, action } = payload;
        // A removed repository is looked up, not found, and its entities leave the catalog.
        const repositories = [...added, ...removed].flatMap((r) => (r.full_name ? [r.full_name] : []));
        return update(`${id}:update-catalog`, installation.id, accountLogin(installation.account), {
          repositories,
          reason: `repositories ${action}`,
        });
      }),
      onWebhook(
        [
          'repository.created',
          'repository.deleted',
          'repository.renamed',
          'repository.transferred',
          'repository.archived',
          'repository.unarchived',
          'repository.edited',
        ],
        ({ id, payload }) => {
          const { repository, installation, action } = payload;
          // Under its old name it is gone: both names are looked up, so its entities move with it.
          const before = formerName(payload);
          const repositories = before ? [repository.full_name, before] : [repository.full_name];
          return update(`${id}:update-catalog`, installation?.id, repository.owner.login, {
            repositories,
            reason: `${repository.full_name} ${action}`,
          });
        },
      ),
      onWebhook(['push'], ({ id, payload }) => {
        const { repository, installation } = payload;
        if (!isDefaultBranchPush(payload)) return Promise.resolve();
        const paths = pushedPaths(payload, { removed: true });
        const owner = ownerOf(repository);
        if (isCatalog(repository.name))
          return paths.includes(CONFIG_PATH)
            ? update(`${id}:update-catalog`, installation?.id, owner, { full: true, reason: `${CONFIG_PATH} changed` })
            : Promise.resolve();
        if (!touchesDescriptors(paths)) return Promise.resolve();
        return update(`${id}:update-catalog`, installation?.id, owner, {
          repositories: [repository.full_name],
          reason: `push to ${repository.full_name}`,
        });
      }),
      onWebhook(['team', 'membership', 'organization.member_added', 'organization.member_removed'], (event) => {
        const payload = event.payload as {
          installation?: { id: number };
          organization?: { login: string };
          action?: string;
        };
        return update(`${event.id}:update-catalog`, payload.installation?.id, payload.organization?.login ?? '', {
          teams: true,
          reason: `teams ${event.name} ${payload.action ?? ''}`.trim(),
        });
      }),
      onWebhook(['issue_comment.created'], async ({ id, payload: { comment, repository, installation, sender } }) => {
        if (!isCatalog(repository.name) || !RECONCILE_COMMAND.test(comment.body.trim()) || !installation) return;
        // Whether they may ask is a request to GitHub: the job asks it, so this answers at once.
        await services.jobs.add(reconcileRequestJob, `${id}:reconcile-request`, {
          installationId: installation.id,
          organization: repository.owner.login,
          catalogRepository: repository.name,
          login: sender.login,
        });
      }),
      onCallboard('callboard.repository_created', ({ installationId, organization, repository }) =>
        update(`created:${installationId}:${repository}:${Date.now()}`, installationId, organization, {
          repositories: [repository],
          reason: `${repository} created`,
        }),
      ),
      // Entity pages show the levels: recorded scores update the catalog. No repository is read again
      // (their descriptors did not change); only the pages whose levels moved are rendered.
      onCallboard('callboard.scores_recorded', ({ installationId, organization, commit }) =>
        update(`scores:${installationId}:${commit}`, installationId, organization, { reason: 'scores recorded' }),
      ),
    ],
    jobs: [
      runs(updateCatalogJob, updateCatalog(services, updates)),
      runs(reconcileRequestJob, reconcileRequest({ ...services, request: update })),
    ],
    // What no event announces (a repository deleted: GitHub Apps are not told), and anything an event missed.
    reconcile: ({ installationId, organization, id }) =>
      update(`reconcile:${installationId}:${id}`, installationId, organization, {
        full: true,
        reason: 'scheduled reconcile',
      }),
  };
}

/** A renamed or transferred repository's former full name. */
function formerName(payload: { repository: { owner: { login: string }; name: string } }): string | undefined {
  const { changes } = payload as {
    changes?: {
      repository?: { name?: { from?: string } };
      owner?: { from?: { user?: { login: string }; organization?: { login: string } } };
    };
  };
  const oldName = changes?.repository?.name?.from;
  const oldOwner = changes?.owner?.from?.organization?.login ?? changes?.owner?.from?.user?.login;
  const { repository } = payload;
  return oldName ? `${repository.owner.login}/${oldName}` : oldOwner ? `${oldOwner}/${repository.name}` : undefined;
}
