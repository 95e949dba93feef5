/**
 * A campaign's dashboard: one issue in the catalog repository, updated in place (Renovate's
 * dependency dashboard is the anchor): counts, then a list per state and a table per owning team,
 * with a checkbox to retry a failed repository or re-open a declined one. A tick comes back as an
 * `issues.edited` event; the boxes carry hidden markers so the ticked repositories are read back
 * whatever else the person edited.
 */
import type { MigrationSpec } from '../migration-model.ts';
import type { CampaignRequest, CampaignStatus } from './campaign-status.ts';

export interface CampaignRow {
  /** `owner/name`. */
  repository: string;
  /** The owner of the repository's entity, for the per-team table; null when uncatalogued or unowned. */
  team: string | null;
  status: CampaignStatus;
  detail?: string;
  pullRequest?: { number: number; url: string };
}

/** In the dashboard's order, with each section's heading. */
export const SECTIONS: readonly { status: CampaignStatus; title: string; box?: CampaignRequest; blurb?: string }[] = [
  { status: 'failed', title: 'Failed', box: 'retry', blurb: 'Tick a box to try the repository again.' },
  { status: 'open', title: 'Pull request open' },
  {
    status: 'waiting',
    title: 'Waiting for GitHub’s rate limits',
    blurb: 'Queued: Callboard paces its writes under GitHub’s secondary limits.',
  },
  {
    status: 'declined',
    title: 'Declined (closed unmerged)',
    box: 'reopen',
    blurb: 'Tick a box to open the pull request again.',
  },
  { status: 'merged', title: 'Merged' },
  { status: 'migrated-by-hand', title: 'Migrated without the pull request' },
  { status: 'not-applicable', title: 'Not applicable' },
];

/** Rows listed per section; the rest are counted (the catalog's page lists every one). */
export const SECTION_LIMIT = 200;

export const dashboardMarker = (id: string) => `migration-dashboard:${id}`;
export const dashboardTitle = (spec: Pick<MigrationSpec, 'title'>) => `Migration: ${spec.title}`;

export interface DashboardInput {
  spec: Pick<MigrationSpec, 'id' | 'title' | 'owner' | 'deadline' | 'version' | 'source'>;
  rows: readonly CampaignRow[];
  /** The campaign's page in the catalog repository (burndown, every repository). */
  pageUrl?: string;
  /** A problem that keeps the campaign from running (the spec's errors), shown first. */
  problem?: string;
}

export function countByStatus(rows: readonly CampaignRow[]): Record<CampaignStatus, number> {
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.status, 0])) as Record<CampaignStatus, number>;
  for (const row of rows) counts[row.status]++;
  return counts;
}

export function renderDashboard({ spec, rows, pageUrl, problem }: DashboardInput): string {
  const counts = countByStatus(rows);
  const applicable = rows.length - counts['not-applicable'];
  const done = counts.merged + counts['migrated-by-hand'];
  const lines = [
    `Callboard opens the pull requests of the migration \`${spec.id}\` (version ${spec.version}, \`${spec.source}\`) and keeps count here.` +
      ` Asked by ${spec.owner}${spec.deadline ? `, deadline ${spec.deadline}` : ''}.`,
    '',
    ...(problem ? [`> [!CAUTION]`, `> ${problem}`, ''] : []),
    `**${done} of ${applicable} migrated** (${percent(done, applicable)})${pageUrl ? ` · [burndown and every repository](${pageUrl})` : ''}`,
    '',
    '| state | repositories |',
    '| --- | ---: |',
    ...SECTIONS.map((s) => `| ${s.title} | ${counts[s.status]} |`),
    '',
    ...teamTable(rows),
    ...SECTIONS.flatMap((section) => sectionLines(section, rows)),
  ];
  return lines.join('\n');
}

function sectionLines(section: (typeof SECTIONS)[number], rows: readonly CampaignRow[]): string[] {
  const mine = rows.filter((r) => r.status === section.status);
  if (!mine.length || section.status === 'not-applicable') return [];
  const shown = mine.slice(0, SECTION_LIMIT);
  return [
    `## ${section.title}`,
    '',
    ...(section.blurb ? [section.blurb, ''] : []),
    ...shown.map((r) => rowLine(r, section.box)),
    ...(mine.length > shown.length ? [`- … and ${mine.length - shown.length} more`] : []),
    '',
  ];
}

function rowLine(row: CampaignRow, box: CampaignRequest | undefined): string {
  const pr = row.pullRequest ? ` [#${row.pullRequest.number}](${row.pullRequest.url})` : '';
  const detail = row.detail ? ` — ${oneLine(row.detail)}` : '';
  const team = row.team ? ` (${row.team})` : '';
  return box
    ? ` - [ ] <!-- callboard-${box}=${row.repository} -->\`${row.repository}\`${team}${pr}${detail}`
    : ` - \`${row.repository}\`${team}${pr}${detail}`;
}

function teamTable(rows: readonly CampaignRow[]): string[] {
  const teams = new Map<string, CampaignRow[]>();
  for (const row of rows) {
    if (row.status === 'not-applicable') continue;
    const team = row.team ?? '(no owner)';
    teams.set(team, [...(teams.get(team) ?? []), row]);
  }
  if (!teams.size) return [];
  return [
    '| owner | migrated | open | waiting | declined | failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...[...teams]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([team, mine]) => {
        const c = countByStatus(mine);
        return `| ${team} | ${c.merged + c['migrated-by-hand']} of ${mine.length} | ${c.open} | ${c.waiting} | ${c.declined} | ${c.failed} |`;
      }),
    '',
  ];
}

const BOX = /^ *- \[[xX]\] <!-- callboard-(retry|reopen)=([\w.-]{1,100}\/[\w.-]{1,100}) -->/;

/** The repositories whose boxes are ticked in an edited dashboard, with what each asks. */
export function tickedRequests(body: string): Map<string, CampaignRequest> {
  const ticked = new Map<string, CampaignRequest>();
  for (const line of body.split('\n')) {
    const found = BOX.exec(line);
    if (found) ticked.set(found[2]!, found[1] as CampaignRequest);
  }
  return ticked;
}

const percent = (part: number, whole: number) => (whole ? `${Math.floor((part / whole) * 100)}%` : '–');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 300);
