/**
 * An entity's relation graph, to the depth the reader chooses: the neighbours' own relations are
 * read from their buckets as the walk reaches them, each relation drawn once (in its forward
 * direction, as Backstage's catalog graph merges pairs), laid out by dagre (the layout library
 * Backstage's graph uses), drawn as SVG whose nodes are links.
 */
import { graphlib, layout } from '@dagrejs/dagre';
import { entityHref, type EntityDetail, type RelatedEntity } from '../core/site/site-format.ts';
import { count } from '../core/words.ts';
import { entity } from './data.ts';
import { h, s } from './dom.ts';

/** Drawn in this direction only; their reverses are the same edges. */
const FORWARD = new Set(['ownedBy', 'providesApi', 'consumesApi', 'dependsOn', 'partOf', 'childOf', 'memberOf']);
export const MAX_NODES = 80;

interface Node {
  ref: string;
  name: string;
  kind: string;
  known: boolean;
}

/** Walks out from `root` to `depth` relations away, as far as MAX_NODES. */
async function neighbourhood(root: EntityDetail, depth: number) {
  const nodes = new Map<string, Node>([[root.ref, { ref: root.ref, name: root.title, kind: root.kind, known: true }]]);
  const edges = new Map<string, { from: string; to: string; type: string }>();
  let frontier: EntityDetail[] = [root];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length; level++) {
    const next: RelatedEntity[] = [];
    for (const e of frontier)
      for (const r of e.relations) {
        if (!nodes.has(r.ref)) {
          if (nodes.size >= MAX_NODES) {
            truncated = true;
            continue;
          }
          nodes.set(r.ref, { ref: r.ref, name: r.name, kind: r.kind, known: r.known });
          if (r.known) next.push(r);
        }
        const forward = FORWARD.has(r.type);
        const [from, to] = forward ? [e.ref, r.ref] : [r.ref, e.ref];
        const type = forward ? r.type : reverseName(r.type);
        edges.set(`${from} ${type} ${to}`, { from, to, type });
      }
    frontier = (await Promise.all(next.map((r) => entity(r.ref)))).filter((d): d is EntityDetail => !!d);
  }
  return { nodes, edges: [...edges.values()], truncated };
}

const REVERSE: Record<string, string> = {
  ownerOf: 'ownedBy',
  apiProvidedBy: 'providesApi',
  apiConsumedBy: 'consumesApi',
  dependencyOf: 'dependsOn',
  hasPart: 'partOf',
  parentOf: 'childOf',
  hasMember: 'memberOf',
};
const reverseName = (type: string) => REVERSE[type] ?? type;

const NODE_W = 170;
const NODE_H = 44;

export async function renderGraph(container: HTMLElement, root: EntityDetail, depth: number): Promise<void> {
  const { nodes, edges, truncated } = await neighbourhood(root, depth);
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 70, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes.values()) g.setNode(n.ref, { width: NODE_W, height: NODE_H });
  for (const e of edges)
    if (nodes.has(e.from) && nodes.has(e.to))
      g.setEdge(e.from, e.to, { label: e.type, width: 60, height: 14, labelpos: 'c' }, `${e.type}`);
  layout(g);
  const { width = 400, height = 200 } = g.graph();
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      width: Math.ceil(width),
      height: Math.ceil(height),
      role: 'group',
      'aria-labelledby': 'graph-title',
    },
    s(
      'title',
      { id: 'graph-title' },
      `Relations of ${root.title}, ${count(depth, 'step')} away: ${count(nodes.size, 'entity', 'entities')}`,
    ),
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 10,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
      ),
    ),
    g.edges().map((id: { v: string; w: string; name?: string }) => {
      const e = g.edge(id) as { points: { x: number; y: number }[]; x: number; y: number; label: string };
      const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
      return s(
        'g',
        { class: 'edge' },
        s('path', { d, 'marker-end': 'url(#arrow)' }),
        s('text', { x: e.x, y: e.y + 4, 'text-anchor': 'middle' }, e.label),
      );
    }),
    g.nodes().map((ref: string) => {
      const n = nodes.get(ref)!;
      const p = g.node(ref) as { x: number; y: number };
      const box = s(
        'g',
        {
          class: `node${ref === root.ref ? ' focus' : ''}${n.known ? '' : ' missing'}`,
          transform: `translate(${(p.x - NODE_W / 2).toFixed(1)},${(p.y - NODE_H / 2).toFixed(1)})`,
        },
        s('rect', { width: NODE_W, height: NODE_H, rx: 6 }),
        s('text', { x: NODE_W / 2, y: 18, 'text-anchor': 'middle', class: 'name' }, clip(n.name, 24)),
        s(
          'text',
          { x: NODE_W / 2, y: 34, 'text-anchor': 'middle', class: 'kind' },
          n.known ? n.kind : `${n.kind} (not in the catalog)`,
        ),
      );
      return n.known && ref !== root.ref
        ? s('a', { href: entityHref(ref), 'aria-label': `${n.name} (${n.kind})` }, box)
        : box;
    }),
  );
  container.replaceChildren(
    h('div', { class: 'graph-scroll' }, svg),
    truncated
      ? h(
          'p',
          { class: 'note' },
          `Only the first ${MAX_NODES} entities are drawn; choose a smaller depth, or open a neighbour's page.`,
        )
      : '',
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
