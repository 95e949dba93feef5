/**
 * Everything that changes the catalog, turned into pending updates and one catalog job per event
 * (the job takes all that is pending, so bursts coalesce): installations and their repositories,
 * repository changes, pushes that touch descriptors, the catalog repository's own config, teams,
 * and `/callboard reconcile` on the catalog repository (a job checks who asked: see reconcile-request).
 */
import { posix } from 'node:path';
import type { Probot } from 'probot';
import { CONFIG_PATH } from '../../core/catalog/catalog-config.ts';
import type { CatalogUpdates } from './catalog-updates.ts';
import type { JobQueue } from '../../queue/job-queue.ts';
import { reconcileRequestJob } from './reconcile-request.ts';
import { updateCatalogJob } from './update-catalog.ts';

export interface CatalogHandlerDeps {
  queue: JobQueue;
  updates: CatalogUpdates;
  catalogRepository: string;
}

/**
 * Descriptors, Location targets and most placeholder targets are YAML or JSON; other files wait for the next reconcile.
 */
export const touchesDescriptors = (paths: string[]) =>
  paths.some((p) => /^catalog-info\.ya?ml$/.test(posix.basename(p)) || /\.(?:ya?ml|json)$/.test(p));

export function onCatalogEvents(app: Probot, deps: CatalogHandlerDeps) {
  const update = async (
    context: { id: string },
    installationId: number | undefined,
    organization: string,
    change: Parameters<CatalogUpdates['add']>[1],
  ) => {
    if (installationId === undefined) return;
    deps.updates.add(installationId, change);
    await deps.queue.add(updateCatalogJob(`${context.id}:update-catalog`, installationId, organization));
  };
  const isCatalog = (name: string) => name.toLowerCase() === deps.catalogRepository.toLowerCase();

  app.on(['installation.created', 'installation.new_permissions_accepted', 'installation.unsuspend'], (context) =>
    update(context, context.payload.installation.id, accountLogin(context.payload.installation.account), {
      full: true,
      reason: `installation ${context.payload.action}`,
    }),
  );
  app.on(['installation_repositories.added', 'installation_repositories.removed'], (context) => {
    const { installation, repositories_added: added, repositories_removed: removed, action } = context.payload;
    // A removed repository is looked up, not found, and its entities leave the catalog.
    const repositories = [...added, ...removed].flatMap((r) => (r.full_name ? [r.full_name] : []));
    return update(context, installation.id, accountLogin(installation.account), {
      repositories,
      reason: `repositories ${action}`,
    });
  });
  app.on(
    [
      'repository.created',
      'repository.deleted',
      'repository.renamed',
      'repository.transferred',
      'repository.archived',
      'repository.unarchived',
      'repository.edited',
    ],
    (context) => {
      const { repository, installation, action } = context.payload;
      // Under its old name it is gone: both names are looked up, so its entities move with it.
      const changes = (
        context.payload as {
          changes?: {
            repository?: { name?: { from?: string } };
            owner?: { from?: { user?: { login: string }; organization?: { login: string } } };
          };
        }
      ).changes;
      const oldName = changes?.repository?.name?.from;
      const oldOwner = changes?.owner?.from?.organization?.login ?? changes?.owner?.from?.user?.login;
      const before = oldName
        ? `${repository.owner.login}/${oldName}`
        : oldOwner
          ? `${oldOwner}/${repository.name}`
          : undefined;
      const repositories = before ? [repository.full_name, before] : [repository.full_name];
      return update(context, installation?.id, repository.owner.login, {
        repositories,
        reason: `${repository.full_name} ${action}`,
      });
    },
  );
  app.on('push', (context) => {
    const { repository, installation, ref, deleted, commits } = context.payload;
    const owner = repository.owner?.login ?? repository.full_name.split('/')[0]!;
    if (deleted || ref !== `refs/heads/${repository.default_branch}`) return;
    const paths = commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]);
    if (isCatalog(repository.name)) {
      if (paths.includes(CONFIG_PATH))
        return update(context, installation?.id, owner, { full: true, reason: `${CONFIG_PATH} changed` });
      return;
    }
    if (touchesDescriptors(paths))
      return update(context, installation?.id, owner, {
        repositories: [repository.full_name],
        reason: `push to ${repository.full_name}`,
      });
  });
  app.on(['team', 'membership', 'organization.member_added', 'organization.member_removed'], (context) => {
    const payload = context.payload as {
      installation?: { id: number };
      organization?: { login: string };
      action?: string;
    };
    return update(context, payload.installation?.id, payload.organization?.login ?? '', {
      teams: true,
      reason: `teams ${context.name} ${payload.action ?? ''}`.trim(),
    });
  });
  app.on('issue_comment.created', async (context) => {
    const { comment, repository, installation, sender } = context.payload;
    if (!isCatalog(repository.name) || !/^\/callboard\s+reconcile\b/.test(comment.body.trim()) || !installation) return;
    // Whether they may ask is a request to GitHub: the job asks it, so this answers at once.
    await deps.queue.add(
      reconcileRequestJob(context.id, {
        installationId: installation.id,
        organization: repository.owner.login,
        catalogRepository: repository.name,
        login: sender.login,
      }),
    );
  });
}

/** An installation's account is a user or organisation (with a login) or an enterprise (with a slug). */
const accountLogin = (account: unknown) => {
  const a = (account ?? {}) as { login?: string; slug?: string };
  return a.login ?? a.slug ?? '';
};
