/**
 * An entity page's scorecard levels: each track it is scored on, linked to the track's page, with
 * the level it reached; nothing for an entity that is not scored. Track titles and level names come
 * from a repository anyone may write to, so they are escaped like any other text.
 */
import { describe, expect, it } from 'vitest';
import { renderCatalog } from '../../../../app/core/catalog/render/render-catalog.ts';
import type { TrackLevel } from '../../../../app/core/scorecard/score-results.ts';
import { acmeCatalog } from './acme-catalog.ts';

const certified: TrackLevel = {
  track: 'test-certified',
  title: 'Test Certified',
  level: 2,
  levels: 2,
  levelName: 'Tests passed on CI',
};
const documented: TrackLevel = { track: 'documented', title: 'Documented', level: 0, levels: 3, levelName: null };
const scores = new Map([['component:default/artist-lookup', [certified, documented]]]);
const files = renderCatalog(acmeCatalog(), { folder: 'catalog', scores });
const page = (path: string) => files.get(`catalog/${path}`) ?? '';
/** The text of one `## ` section. */
const section = (content: string, heading: string) =>
  content.split(/^(?=## )/m).find((s) => s.startsWith(`## ${heading}\n`)) ?? '';

describe("an entity page's scorecards", () => {
  it('lists each track by name, linked to its page, with the level reached or none', () => {
    expect(section(page('component/default/artist-lookup.md'), 'Scorecards')).toBe(
      [
        '## Scorecards',
        '',
        '| track | level |',
        '|---|---|',
        '| [Documented](../../scorecards/documented.md) | no level of 3 |',
        '| [Test Certified](../../scorecards/test-certified.md) | level 2 of 2 (Tests passed on CI) |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('is not there for an entity without scores, whose page is what it was without any', () => {
    expect(page('component/default/www-artist.md')).not.toContain('## Scorecards');
    const unscored = renderCatalog(acmeCatalog(), { folder: 'catalog' });
    expect([...files].filter(([path, content]) => unscored.get(path) !== content).map(([path]) => path)).toEqual([
      'catalog/component/default/artist-lookup.md',
    ]);
  });

  it('escapes the titles and level names the scorecard files give', () => {
    const hostile: TrackLevel = {
      track: '../evil',
      title: '[x](javascript:alert(1)) | <b>',
      level: 1,
      levels: 1,
      levelName: '*bold* | cell',
    };
    const rendered = renderCatalog(acmeCatalog(), {
      folder: 'catalog',
      scores: new Map([['component:default/artist-lookup', [hostile]]]),
    });
    expect(rendered.get('catalog/component/default/artist-lookup.md')).toContain(
      '| [\\[x\\](javascript:alert(1)) \\| &lt;b&gt;](../../scorecards/..~2fevil.md) | level 1 of 1 (\\*bold\\* \\| cell) |',
    );
  });
});
