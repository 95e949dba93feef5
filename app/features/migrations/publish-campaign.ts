/**
 * A campaign's dashboard issue in the catalog repository, updated in place (only when its text
 * changed), and its page and daily counts in the catalog (one commit, only when they changed).
 */
import {
  configPart,
  entityScoresPart,
  indexPart,
  resultsPart,
  scorecardsPart,
  statePart,
  catalogFolderOf,
} from '../../catalog-repo/catalog-parts.ts';
import {
  campaignCsvPath,
  campaignPagePath,
  renderCampaignPage,
  updateHistory,
} from '../../core/migration/campaign/burndown.ts';
import {
  dashboardMarker,
  dashboardTitle,
  renderDashboard,
  type CampaignRow,
} from '../../core/migration/campaign/dashboard.ts';
import type { AppServices } from '../feature.ts';
import { day, type Campaign } from './campaign.ts';

export const DASHBOARD_LABEL = 'callboard-migration';

export async function publishCampaign(
  services: Pick<AppServices, 'catalogRepositories' | 'settings'>,
  campaign: Campaign,
  organization: string,
  rows: readonly CampaignRow[],
  now: Date,
  how: { problem?: string; closed?: boolean; title?: string } = {},
) {
  const { forge, snapshot, id } = campaign;
  const spec = campaign.spec ?? {
    id,
    // A removed spec's title is its pull requests' (the dashboard keeps its name).
    title: how.title ?? id,
    owner: '',
    version: '?',
    source: campaign.path ?? `migrations/${id}.yaml`,
    description: '',
  };
  const body = how.closed
    ? `The migration \`${id}\` was removed from the catalog repository: Callboard closed its open pull requests.`
    : renderDashboard({
        spec,
        rows,
        pageUrl: campaign.pageUrl,
        ...(how.problem ? { problem: how.problem } : {}),
      });
  const issue = await forge.ensureIssue({
    repository: snapshot.repository,
    marker: dashboardMarker(id),
    title: dashboardTitle(spec),
    body,
    labels: [DASHBOARD_LABEL],
    state: how.closed ? 'closed' : 'open',
  });
  if (how.closed || !campaign.spec) return issue;
  const spec2 = campaign.spec;
  await services.catalogRepositories.write(forge, organization, {
    message: `Migration ${id}: ${rows.filter((r) => r.status === 'merged' || r.status === 'migrated-by-hand').length} migrated`,
    unchanged: [configPart, indexPart, scorecardsPart, resultsPart, entityScoresPart, statePart],
    changes: async (head) => {
      const folder = await catalogFolderOf(head);
      const [previous] = await forge.readFiles([
        { repository: head.repository, path: `${folder}/${campaignCsvPath(id)}`, ref: head.commit! },
      ]);
      const history = updateHistory(previous?.text, rows, day(now));
      return [
        { path: `${folder}/${campaignCsvPath(id)}`, content: history },
        {
          path: `${folder}/${campaignPagePath(id)}`,
          content: renderCampaignPage({ spec: spec2, rows, history, dashboardUrl: issue.url }),
        },
      ];
    },
  });
  return issue;
}
