/** The facts table at the top of an entity page: what it is, how mature, whose, where it is defined. */
import type { CatalogEntity } from '../../types.ts';
import type { CatalogView } from '../catalog-view.ts';
import { entityYamlPath, relativePath } from '../catalog-paths.ts';
import { entityLink, entityLinks } from './entity-link.ts';
import { kindLabel } from './entity-summary.ts';
import type { EntitySummary } from '../catalog-view.ts';
import { externalLink, pageLink, table, text } from '../../../markdown/markdown-text.ts';
import { lifecycleText } from './related-table.ts';

export function factsTable(view: CatalogView, page: string, e: CatalogEntity, s: EntitySummary): string[] {
  const owners = view.targets(e.ref, 'ownedBy');
  const where = e.source.path ? `${e.source.repository}/${e.source.path}:${e.source.line}` : e.source.repository;
  const rows: [string, string | undefined][] = [
    ['Kind', text(kindLabel(s.kind))],
    ['Type', s.type && text(s.type)],
    ['Lifecycle', s.lifecycle && lifecycleText(s.lifecycle)],
    ['Owner', owners.length ? entityLinks(view, page, owners) : undefined],
    ['System', s.system && entityLink(view, page, s.system)],
    ['Domain', s.domain && entityLink(view, page, s.domain)],
    ['Namespace', text(s.namespace)],
    ['Tags', s.tags.length ? s.tags.map(text).join(', ') : undefined],
    ['Status', statusText(e)],
    ['Source', externalLink(text(where), e.source.url)],
    ['Descriptor', pageLink('normalised YAML', relativePath(page, entityYamlPath(e.ref)))],
  ];
  // The first fact is the table's header row: a GitHub table needs one, and an empty one shows as a blank bar.
  const [first, ...rest] = rows.filter((r): r is [string, string] => !!r[1]).map(([k, v]) => [`**${k}**`, v]);
  return table(first!, rest);
}

function statusText(e: CatalogEntity): string {
  const state = e.status.state === 'stale' ? '⚠️ stale (last good version)' : e.status.state;
  return e.archived ? `${state}, archived repository` : state;
}
