/**
 * Builds with scorecard levels: an entity's levels are part of what its page shows, and of its page
 * alone, so a level that moved renders that one page again (not its owner's or its dependents'),
 * a level that did not renders nothing, and an incremental build still leaves what a full one would.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../app/core/catalog/build-catalog.ts';
import { DEFAULT_CONFIG } from '../../../app/core/catalog/catalog-config.ts';
import { emptyState } from '../../../app/core/catalog/catalog-state.ts';
import type { CatalogScores } from '../../../app/core/catalog/render/catalog-view.ts';
import type { TrackLevel } from '../../../app/core/scorecard/score-results.ts';
import { forgeCatalogSource } from '../../../app/forge/forge-catalog-source.ts';
import { createLocalForge } from '../../../app/forge/local/local-forge.ts';
import { stateOf, taken, type Built } from '../../support/built-catalog.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { tempRepo } from '../../support/temp-repo.ts';
import { inThisThread } from '../../../app/core/content-work.ts';

const GROUP =
  'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n';
// b depends on a; both are owned by team-a: a change to a's descriptor would render all three pages.
const org = tempRepo({
  'a/catalog-info.yaml': componentYaml('a'),
  'b/catalog-info.yaml': componentYaml('b', '\n  dependsOn: [component:a]'),
  'people/catalog-info.yaml': GROUP,
});

const certified = (level: number): TrackLevel => ({
  track: 'test-certified',
  title: 'Test Certified',
  level,
  levels: 2,
  levelName: [null, 'Tests run on CI', 'Tests passed on CI'][level]!,
});
const scoresOf = (level: number | undefined): CatalogScores =>
  new Map(level === undefined ? [] : [['component:default/a', [certified(level)]]]);

async function build(scores: CatalogScores, previous?: Built): Promise<Built> {
  const source = {
    ...forgeCatalogSource(createLocalForge({ root: org, owner: 'acme', webUrl: 'https://github.com' }), 'acme'),
    teams: async () => [],
  };
  const state = previous ? stateOf(previous.files) : emptyState();
  // Only the scores change here: no repository is read again, as after the app records scores.
  const result = await buildCatalog({
    organization: 'acme',
    source,
    work: inThisThread,
    config: DEFAULT_CONFIG,
    state,
    scores,
    ...(previous ? { only: [] } : {}),
  });
  return taken(result, previous?.files);
}

const page = (built: Built) => built.files.get('catalog/component/default/a.md') ?? '';
/** The changes, the entity state shard named by its folder. */
const changed = (built: Built) =>
  built.changes
    .map((c) => c.path.replace(/\/\.callboard\/entities\/[0-9a-f]+\.json$/, '/.callboard/entities/<shard>.json'))
    .sort();

describe('a build with scorecard levels', () => {
  it('shows them on the entity page, linked to the track page', async () => {
    const first = await build(scoresOf(1));
    expect(page(first)).toContain(
      '## Scorecards\n\n| track | level |\n|---|---|\n| [Test Certified](../../scorecards/test-certified.md) | level 1 of 2 (Tests run on CI) |',
    );
    expect(first.files.get('catalog/component/default/b.md')).not.toContain('## Scorecards');
  });

  it('renders nothing again when no level moved', async () => {
    const first = await build(scoresOf(1));
    const again = await build(scoresOf(1), first);
    expect(again.changes).toEqual([]);
    expect(again.stats.rendered).toBe(0);
  });

  it("renders the one page whose level moved, not its neighbours', and leaves what a full build would", async () => {
    const first = await build(scoresOf(1));
    const moved = await build(scoresOf(2), first);
    expect(moved.stats.rendered).toBe(1);
    expect(changed(moved)).toEqual(['catalog/.callboard/entities/<shard>.json', 'catalog/component/default/a.md']);
    expect(page(moved)).toContain(
      '| [Test Certified](../../scorecards/test-certified.md) | level 2 of 2 (Tests passed on CI) |',
    );
    expect(moved.files).toEqual((await build(scoresOf(2))).files);
  });

  it('takes the section away with the scores, again on that page alone', async () => {
    const first = await build(scoresOf(0));
    expect(page(first)).toContain('| [Test Certified](../../scorecards/test-certified.md) | no level of 2 |');
    const gone = await build(scoresOf(undefined), first);
    expect(gone.stats.rendered).toBe(1);
    expect(page(gone)).not.toContain('## Scorecards');
    expect(gone.files).toEqual((await build(scoresOf(undefined))).files);
  });
});
