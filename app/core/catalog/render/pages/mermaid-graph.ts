/**
 * The neighbourhood of an entity as a Mermaid flowchart, which GitHub renders in Markdown: the entity
 * and its direct relations, each drawn once in its forward direction (A ownedBy B, not also B ownerOf
 * A). Capped so GitHub can lay it out: beyond the caps, the first relations in a stable order are
 * drawn and the rest counted. Node ids are generated (n0, n1…); labels are escaped to entity codes.
 */
import type { Relation, RelationType } from '../../../model/relations.ts';
import { compareBy } from '../compare.ts';
import { INVERSE, type CatalogView } from '../catalog-view.ts';
import { displayName, kindLabel, kindOfRef } from './entity-summary.ts';
import { fence } from '../../../markdown/markdown-text.ts';

export const MAX_GRAPH_NODES = 25;
export const MAX_GRAPH_EDGES = 40;

/** What matters most is drawn first when the graph is cut: ownership and structure, then APIs and dependencies. */
const RELATION_ORDER: readonly RelationType[] = [
  'ownedBy',
  'partOf',
  'childOf',
  'memberOf',
  'providesApi',
  'consumesApi',
  'apiProvidedBy',
  'apiConsumedBy',
  'dependsOn',
  'dependencyOf',
  'hasPart',
  'parentOf',
  'hasMember',
  'ownerOf',
];
const FORWARD: ReadonlySet<RelationType> = new Set([
  'ownedBy',
  'providesApi',
  'consumesApi',
  'dependsOn',
  'childOf',
  'memberOf',
  'partOf',
]);

const byImportance = compareBy<Relation>(
  (r) => RELATION_ORDER.indexOf(r.type),
  (r) => r.target,
);

/**
 * Anything but plain characters becomes a Mermaid entity code (`#34;`), so no label can end its quotes or the fence.
 */
export const mermaidLabel = (label: string): string =>
  label.replace(/\s+/g, ' ').replace(/[^\w .:/-]/gu, (c) => `#${c.codePointAt(0) ?? 0};`);

/** A node as the pages name it, `Artist Lookup (Component)`; a ref not in the catalog, as its ref. */
function nodeLabel(view: CatalogView, ref: string): string {
  const e = view.entity(ref);
  return e ? `${displayName(view, ref)} (${kindLabel(e.entity.kind ?? kindOfRef(ref))})` : displayName(view, ref);
}

interface Edge {
  from: string;
  type: RelationType;
  to: string;
}

export function mermaidGraph(view: CatalogView, ref: string): string[] {
  const ids = new Map<string, string>([[ref, 'n0']]);
  const edges = new Map<string, Edge>();
  let omitted = 0;
  for (const r of [...view.relations(ref)].sort(byImportance)) {
    const edge: Edge = FORWARD.has(r.type)
      ? { from: ref, type: r.type, to: r.target }
      : { from: r.target, type: INVERSE[r.type], to: ref };
    const key = `${edge.from}\0${edge.type}\0${edge.to}`;
    if (edges.has(key)) continue;
    const fits = (ids.has(r.target) || ids.size < MAX_GRAPH_NODES) && edges.size < MAX_GRAPH_EDGES;
    if (!fits) {
      omitted++;
      continue;
    }
    if (!ids.has(r.target)) ids.set(r.target, `n${ids.size}`);
    edges.set(key, edge);
  }
  const id = (node: string) => ids.get(node) ?? 'n0';
  const lines = [
    'flowchart LR',
    ...[...ids].map(([node, nodeId]) => `  ${nodeId}["${mermaidLabel(nodeLabel(view, node))}"]`),
    ...[...edges.values()].map((e) => `  ${id(e.from)} -->|${e.type}| ${id(e.to)}`),
    '  style n0 stroke-width:3px',
  ];
  const note =
    omitted > 0
      ? ['', `… and ${omitted} more relations, not drawn to keep the graph readable (all are listed above).`]
      : [];
  return ['## Graph', '', ...fence(lines.join('\n'), 'mermaid'), ...note];
}
