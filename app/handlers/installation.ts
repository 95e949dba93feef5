/** An installation, new repositories and repository changes: scan what the installation can see. */
import type { Probot } from 'probot';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { ScanInstallationData } from '../jobs/scan-installation.ts';

export function onInstallation(app: Probot, queue: JobQueue) {
  const scan = (context: { id: string }, installationId: number, repositories?: string[]) =>
    queue.add<ScanInstallationData>({
      name: 'scan-installation',
      id: `${context.id}:scan-installation`,
      group: `installation:${installationId}`,
      data: { installationId, ...(repositories ? { repositories } : {}) },
    });
  app.on(['installation.created', 'installation.new_permissions_accepted', 'installation.unsuspend'], async (context) => {
    await scan(context, context.payload.installation.id);
  });
  app.on('installation_repositories.added', async (context) => {
    await scan(context, context.payload.installation.id, context.payload.repositories_added.map((r) => r.full_name));
  });
  app.on(['repository.created', 'repository.renamed', 'repository.transferred', 'repository.unarchived'], async (context) => {
    const { installation, repository } = context.payload;
    if (installation) await scan(context, installation.id, [repository.full_name]);
  });
}
