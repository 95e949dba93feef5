import { describe, expect, it } from 'vitest';
import { createCatalogView } from '../../../../app/core/catalog/render/catalog-view.ts';
import {
  MAX_GRAPH_EDGES,
  MAX_GRAPH_NODES,
  mermaidGraph,
  mermaidLabel,
} from '../../../../app/core/catalog/render/pages/mermaid-graph.ts';
import { acmeCatalog } from './acme-catalog.ts';
import { catalogOf, entityOf } from './catalog-of.ts';

const graphOf = (lines: string[]) => {
  const body = lines.slice(lines.indexOf('```mermaid') + 1, lines.indexOf('```', lines.indexOf('```mermaid') + 1));
  return { body, nodes: body.filter((l) => /^ {2}n\d+\["/.test(l)), edges: body.filter((l) => / -->\|/.test(l)) };
};

describe('mermaidGraph', () => {
  it('draws the entity and its direct relations, each once and in its forward direction', () => {
    const view = createCatalogView(acmeCatalog());
    const { body, nodes, edges } = graphOf(mermaidGraph(view, 'component:default/artist-lookup'));
    expect(body[0]).toBe('flowchart LR');
    // Named as the pages name it (the title, then the kind); escaped, as every label is.
    expect(nodes[0]).toBe('  n0["Artist Lookup #40;Component#41;"]');
    expect(nodes).toHaveLength(6);
    expect(edges).toEqual([
      '  n0 -->|ownedBy| n1',
      '  n0 -->|partOf| n2',
      '  n0 -->|providesApi| n3',
      '  n0 -->|dependsOn| n4',
      '  n5 -->|dependsOn| n0',
    ]);
  });

  it(`keeps at most ${MAX_GRAPH_NODES} nodes and ${MAX_GRAPH_EDGES} edges, and counts the rest`, () => {
    const components = Array.from({ length: 60 }, (_, i) => ({
      entity: entityOf('Component', `c${String(i).padStart(2, '0')}`, {
        type: 'service',
        lifecycle: 'production',
        owner: 'big',
      }),
    }));
    const view = createCatalogView(
      catalogOf([{ entity: entityOf('Group', 'big', { type: 'team', children: [] }) }, ...components]),
    );
    const lines = mermaidGraph(view, 'group:default/big');
    const { nodes, edges } = graphOf(lines);
    expect(nodes).toHaveLength(MAX_GRAPH_NODES);
    expect(edges.length).toBeLessThanOrEqual(MAX_GRAPH_EDGES);
    expect(nodes[1]).toBe('  n1["c00 #40;Component#41;"]');
    expect(lines.at(-1)).toBe('… and 36 more relations, not drawn to keep the graph readable (all are listed above).');
  });

  it('caps edges when a few neighbours have many relations', () => {
    // One component that depends on and is depended on by the same 30 others: 60 relations, 31 nodes.
    const names = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}`);
    const view = createCatalogView(
      catalogOf([
        {
          entity: entityOf('Component', 'hub', {
            type: 'service',
            lifecycle: 'production',
            owner: 'g',
            dependsOn: names.map((n) => `component:${n}`),
          }),
        },
        ...names.map((n) => ({
          entity: entityOf('Component', n, {
            type: 'service',
            lifecycle: 'production',
            owner: 'g',
            dependsOn: ['component:hub'],
          }),
        })),
      ]),
    );
    const { nodes, edges } = graphOf(mermaidGraph(view, 'component:default/hub'));
    expect(nodes.length).toBeLessThanOrEqual(MAX_GRAPH_NODES);
    expect(edges).toHaveLength(MAX_GRAPH_EDGES);
  });

  it("names a node by a repository's title without letting it out of its label", () => {
    const title = 'Evil"] --> x["<script>alert(1)</script>\n```';
    const view = createCatalogView(
      catalogOf([
        { entity: entityOf('Group', 'team', { type: 'team', children: [] }) },
        {
          entity: entityOf('Component', 'evil', { type: 'service', lifecycle: 'production', owner: 'team' }, { title }),
        },
      ]),
    );
    const { body, nodes } = graphOf(mermaidGraph(view, 'group:default/team'));
    expect(nodes[1]).toBe(
      '  n1["Evil#34;#93; --#62; x#91;#34;#60;script#62;alert#40;1#41;#60;/script#62; #96;#96;#96; #40;Component#41;"]',
    );
    expect(body.filter((l) => l.includes('-->|')).length).toBe(1);
  });

  it('escapes labels to entity codes: no quote, bracket or angle bracket survives', () => {
    expect(mermaidLabel('a"b]<c>`d')).toBe('a#34;b#93;#60;c#62;#96;d');
    expect(mermaidLabel('x\ny  z')).toBe('x y z');
    expect(mermaidLabel('🎵')).toBe('#127925;');
  });
});
