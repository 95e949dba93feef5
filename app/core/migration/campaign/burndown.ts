/**
 * A campaign's page in the catalog (`<catalog folder>/migrations/<id>.md`): the burndown as a Mermaid
 * chart GitHub renders, the daily counts as CSV beside it (`<id>.csv`, one row per day, today's
 * replaced as the day goes on), and every repository by state. The CSV is the history: git keeps it,
 * so nothing else has to.
 */
import type { MigrationSpec } from '../migration-model.ts';
import { countByStatus, SECTIONS, type CampaignRow } from './dashboard.ts';

export const campaignPagePath = (id: string) => `migrations/${id}.md`;
export const campaignCsvPath = (id: string) => `migrations/${id}.csv`;

const COLUMNS = ['date', 'applicable', 'migrated', 'merged', 'by_hand', 'open', 'waiting', 'declined', 'failed'];
const HEADER = COLUMNS.join(',');
/** Days the chart shows; the CSV keeps them all. */
const CHART_DAYS = 60;

interface DayCounts {
  date: string;
  values: number[];
}

/** Today's row in the history: earlier days kept, today's replaced. A history Callboard cannot read starts over. */
export function updateHistory(previous: string | undefined, rows: readonly CampaignRow[], today: string): string {
  const c = countByStatus(rows);
  const applicable = rows.length - c['not-applicable'];
  const row = [
    today,
    applicable,
    c.merged + c['migrated-by-hand'],
    c.merged,
    c['migrated-by-hand'],
    c.open,
    c.waiting,
    c.declined,
    c.failed,
  ].join(',');
  const kept = readHistory(previous)
    .filter((d) => d.date < today)
    .map((d) => [d.date, ...d.values].join(','));
  return [HEADER, ...kept, row, ''].join('\n');
}

function readHistory(text: string | undefined): DayCounts[] {
  const lines = (text ?? '').split('\n');
  if (lines[0]?.trim() !== HEADER) return [];
  return lines.slice(1).flatMap((line) => {
    const [date, ...rest] = line.trim().split(',');
    const values = rest.map(Number);
    return date &&
      /^\d{4}-\d{2}-\d{2}$/.test(date) &&
      values.length === COLUMNS.length - 1 &&
      values.every(Number.isFinite)
      ? [{ date, values }]
      : [];
  });
}

export interface CampaignPageInput {
  spec: Pick<MigrationSpec, 'id' | 'title' | 'description' | 'owner' | 'deadline' | 'version' | 'source'>;
  rows: readonly CampaignRow[];
  history: string;
  dashboardUrl?: string;
}

export function renderCampaignPage({ spec, rows, history, dashboardUrl }: CampaignPageInput): string {
  const days = readHistory(history).slice(-CHART_DAYS);
  const max = Math.max(1, ...days.map((d) => d.values[0]!));
  const lines = [
    `# Migration: ${spec.title}`,
    '',
    `\`${spec.id}\`, version ${spec.version}, declared in \`${spec.source}\`. Asked by ${spec.owner}` +
      `${spec.deadline ? `; deadline ${spec.deadline}` : ''}.` +
      `${dashboardUrl ? ` [The dashboard](${dashboardUrl}) lists what to retry.` : ''}`,
    '',
    firstParagraph(spec.description),
    '',
    '## Burndown',
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Migrated repositories (of those it applies to)"`,
    `  x-axis [${days.map((d) => `"${d.date}"`).join(', ')}]`,
    `  y-axis "Repositories" 0 --> ${max}`,
    `  line [${days.map((d) => d.values[0]).join(', ')}]`,
    `  line [${days.map((d) => d.values[1]).join(', ')}]`,
    '```',
    '',
    `The upper line is how many repositories the migration applies to, the lower how many have migrated. Daily counts: [${spec.id}.csv](${spec.id}.csv).`,
    '',
    ...SECTIONS.flatMap(({ status, title }) => {
      const mine = rows.filter((r) => r.status === status);
      if (!mine.length) return [];
      return [
        `## ${title} (${mine.length})`,
        '',
        '| repository | owner | pull request | detail |',
        '| --- | --- | --- | --- |',
        ...mine.map(
          (r) =>
            `| ${r.repository} | ${r.team ?? ''} | ${r.pullRequest ? `[#${r.pullRequest.number}](${r.pullRequest.url})` : ''} | ${cell(r.detail ?? '')} |`,
        ),
        '',
      ];
    }),
  ];
  return lines.join('\n');
}

const firstParagraph = (markdown: string) => markdown.trim().split(/\n\s*\n/)[0] ?? '';
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 300);
