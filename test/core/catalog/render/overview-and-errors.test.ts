import { describe, expect, it } from 'vitest';
import { ROW_COMPONENTS } from '../../../../app/core/catalog/render/pages/overview-tables.ts';
import { renderCatalog } from '../../../../app/core/catalog/render/render-catalog.ts';
import { LIST_LIMIT } from '../../../../app/core/catalog/render/pages/render-overview.ts';
import { MAX_LISTED_PROBLEMS } from '../../../../app/core/catalog/render/pages/render-errors.ts';
import { acmeCatalog } from './acme-catalog.ts';
import { catalogOf, entityOf, repositoryOf } from './catalog-of.ts';

const files = renderCatalog(acmeCatalog(), { folder: 'catalog' });
const readme = files.get('catalog/README.md') ?? '';
const errors = files.get('catalog/errors.md') ?? '';
const section = (content: string, heading: string) =>
  content.split(/^(?=## )/m).find((s) => s.startsWith(`## ${heading}\n`)) ?? '';

describe('README.md, the overview', () => {
  it('counts entities per kind', () => {
    expect(readme).toContain('18 entities from 9 repositories.');
    expect(section(readme, 'Counts')).toContain(
      '| API | 1 |\n| Component | 5 |\n| Domain | 1 |\n| Group | 4 |\n| Resource | 1 |\n| System | 1 |\n| User | 5 |',
    );
    expect(section(readme, 'Counts')).toContain("2 of them are imported from the GitHub organisation's teams.");
  });

  it('makes deprecated entities loud', () => {
    expect(section(readme, 'Deprecated')).toContain(
      '> [!WARNING]\n> **1 deprecated entity.** Do not start using it; ask its owner what replaces it.\n>\n> - [legacy-billing](component/default/legacy-billing.md) (component, owned by [team-b](group/default/team-b.md))',
    );
  });

  it('counts problems and links to errors.md', () => {
    const problems = section(readme, 'Errors');
    expect(problems).toContain('> [!CAUTION]\n> **2 errors and 2 warnings**: see the [processing status](errors.md).');
    expect(problems).toContain('| acme/playback | 1 | 1 |');
    expect(readme).toContain('## Stale');
  });

  it('says so when there are no problems', () => {
    const clean = renderCatalog(catalogOf([]), { folder: 'c' }).get('c/README.md') ?? '';
    expect(clean).toContain('No problems: every descriptor was read ([processing status](errors.md)).');
  });

  it('tables components by system, with the system owner, and by owner', () => {
    expect(section(readme, 'Components by system')).toContain(
      '| [Artist Portal](system/default/artist-portal.md) | [Artist Lookup](component/default/artist-lookup.md), [www-artist](component/default/www-artist.md) | [Team A (Artists)](group/default/team-a.md) |',
    );
    expect(section(readme, 'Components by system')).toMatch(
      /\| \*\(no system\)\* \| \[legacy-billing\][^\n]*\| — \|\n\n$/,
    );
    const byOwner = section(readme, 'Components by owner');
    expect(byOwner).toContain(
      '| [Rosa Lindqvist](user/default/rosa.lindqvist.md) | 1 | [wayback-archive](component/default/wayback-archive.md) |',
    );
    expect(byOwner).toContain('| [team-b](group/default/team-b.md) | 2 |');
  });

  it('names a kind Backstage does not know as its descriptor writes it, not as its ref lowers it', () => {
    const pages = renderCatalog(
      catalogOf([
        { entity: { ...entityOf('MLModel', 'ranker', { owner: 'team-a' }), apiVersion: 'acme.io/v1' } },
        { entity: { ...entityOf('MLModel', 'tagger', { owner: 'team-a' }), apiVersion: 'acme.io/v1' } },
      ]),
      { folder: 'catalog' },
    );
    const overview = pages.get('catalog/README.md') ?? '';
    expect(section(overview, 'Counts')).toContain('| MLModel | 2 |');
    expect(section(overview, 'Entities')).toContain('### MLModel (2)');
    expect(overview).not.toContain('mlmodel (');
  });

  it('lists archived entities and links every entity page by kind', () => {
    expect(section(readme, 'Archived')).toContain(
      '| [wayback-archive](component/default/wayback-archive.md) | Component | acme/wayback-archive |',
    );
    const entities = section(readme, 'Entities');
    expect(entities).toContain('### Component (5)');
    expect(entities).toContain('- [Artist Lookup](component/default/artist-lookup.md) — Answers "who is this artist?"');
    expect(entities).toContain('- [legacy-billing](component/default/legacy-billing.md) ⚠️ deprecated');
    expect(entities.match(/^- \[/gm)).toHaveLength(18);
  });
});

describe('errors.md, the processing status', () => {
  it('groups problems by repository then file, with severity, message and a link to the line', () => {
    const playback = section(errors, '[acme/playback](https://github.com/acme/playback)');
    expect(playback).toContain('### catalog-info.yaml');
    expect(playback).toContain(
      '| ❌ error | [7:3](https://github.com/acme/playback/blob/main/catalog-info.yaml#L7) | "spec.type" must be a non-empty string | descriptor | [playback](component/default/playback.md) |',
    );
    expect(section(errors, '[acme/legacy-billing](https://github.com/acme/legacy-billing)')).toContain(
      '| dangling-ref |',
    );
    expect(section(errors, 'Catalog (no repository)')).toContain(
      '| ⚠️ warning | file | callboard.yaml: unknown key "colour" | config | — |',
    );
  });

  it('lists a repository no descriptor describes as such, and every other one without problems as OK', () => {
    expect(errors).toContain('9 repositories: 6 OK, 2 with problems, 1 with no descriptor yet. 2 errors, 2 warnings.');
    expect(section(errors, 'No descriptor yet')).toContain('- [acme/empty](https://github.com/acme/empty)\n');
    const ok = section(errors, 'OK');
    expect(ok).not.toContain('acme/empty');
    for (const name of ['artist-lookup', 'artists', 'artists-db', 'org', 'www-artist'])
      expect(ok).toContain(`- ✅ [acme/${name}](https://github.com/acme/${name})\n`);
    expect(ok).toContain('- ✅ [acme/wayback-archive](https://github.com/acme/wayback-archive) (archived)');
    expect(ok).not.toContain('playback');
  });

  it('names a repository with problems that is not in the list, without a link', () => {
    const catalog = catalogOf([{ entity: entityOf('Group', 'g', { type: 'team', children: [] }) }], {
      repositories: [repositoryOf('acme/known')],
      problems: [
        { kind: 'descriptor', severity: 'warning', message: 'm', repository: 'acme/gone', path: 'a.yaml', line: 2 },
      ],
    });
    const status = renderCatalog(catalog, { folder: 'c' }).get('c/errors.md') ?? '';
    expect(status).toContain('## acme/gone\n\n### a.yaml');
    expect(status).toContain('| ⚠️ warning | 2 | m | descriptor | — |');
  });
});

describe('errors.md of a large organisation', () => {
  // 3,000 warnings: 1,200 entities from 400 repositories naming an owner that does not exist (as the catalog's
  // assembly words it), and one problem of a descriptor in each of 1,800 more repositories.
  const dangling = Array.from({ length: 1200 }, (_, i) => ({
    kind: 'dangling-ref' as const,
    severity: 'warning' as const,
    message: `component:default/c${i} ownedBy group:default/ghost, which is not in the catalog`,
    repository: `acme/r${i % 400}`,
    path: 'catalog-info.yaml',
    line: 1,
    ref: `component:default/c${i}`,
    url: `https://github.com/acme/r${i % 400}/blob/main/catalog-info.yaml#L1`,
  }));
  const own = Array.from({ length: 1800 }, (_, i) => ({
    kind: 'descriptor' as const,
    severity: 'warning' as const,
    message: `a problem of its own, number ${i}`,
    repository: `acme/x${i}`,
    path: 'catalog-info.yaml',
    line: 3,
  }));
  const problems = [...dangling, ...own];
  const components: Parameters<typeof catalogOf>[0] = [];
  const status =
    renderCatalog(catalogOf(components, { problems }), { folder: 'catalog' }).get('catalog/errors.md') ?? '';

  it('says first what repeats: one missing owner named by 1,200 entities is one line', () => {
    const repeats = section(status, 'What repeats');
    expect(
      repeats
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toEqual([
      expect.stringMatching(
        /^- ⚠️ 1200 × ownedBy group:default\/ghost, which is not in the catalog \(\[acme\/r0\/catalog-info\.yaml:1\]\(.*\), .*, and 1197 more\)$/,
      ),
    ]);
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems, counts the rest and says where they all are, well under GitHub's 512 KB`, () => {
    expect(status.match(/^\| ⚠️ warning \|/gm)).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(status).toContain(
      '… and 2000 more problems, not listed to keep this page readable on GitHub: every problem is in [the index](index/problems.json).',
    );
    expect(Buffer.byteLength(status)).toBeLessThan(512 * 1024);
  });
});

describe('README.md of a large organisation', () => {
  // 600 components, 60 of them deprecated, in one system and one owner: every list is over its limit.
  const many = 600;
  const large =
    renderCatalog(
      catalogOf([
        { entity: entityOf('Group', 'team-a', { type: 'team', children: [] }) },
        { entity: entityOf('System', 'big', { owner: 'team-a' }) },
        ...Array.from({ length: many }, (_, i) => ({
          entity: entityOf('Component', `svc-${String(i).padStart(3, '0')}`, {
            type: 'service',
            lifecycle: i % 10 ? 'production' : 'deprecated',
            owner: 'team-a',
            system: 'big',
          }),
          archived: i < 60,
        })),
      ]),
      { folder: 'c' },
    ).get('c/README.md') ?? '';

  it('names the first entries of each list and counts the rest', () => {
    expect(section(large, 'Deprecated').match(/^> - \[svc-/gm)).toHaveLength(LIST_LIMIT);
    expect(section(large, 'Deprecated')).toContain(
      `> - … and ${60 - LIST_LIMIT} more, each marked on its page and on its owner's page.`,
    );
    expect(section(large, 'Archived')).toContain(`… and ${60 - LIST_LIMIT} more, each marked on its page.`);
    const bySystem = section(large, 'Components by system');
    expect(bySystem.match(/\[svc-\d+\]/g)).toHaveLength(ROW_COMPONENTS);
    expect(bySystem).toContain(`and ${many - ROW_COMPONENTS} more (see [big](system/default/big.md))`);
  });

  it('does not list every entity, and says where to find them', () => {
    const entities = section(large, 'Entities');
    expect(entities).toContain(`Too many to list here (${many} Component, 1 Group, 1 System)`);
    expect(entities).not.toMatch(/^- \[/m);
    expect(large.length).toBeLessThan(50_000);
  });
});

describe('README.md, repositories the catalog does not know', () => {
  it('counts them and names each, leaving archived ones out, for the onboarding migration to reach zero', () => {
    const catalog = acmeCatalog();
    const files = renderCatalog(
      {
        ...catalog,
        repositories: [
          ...catalog.repositories,
          repositoryOf('acme/notebooks'),
          { ...repositoryOf('acme/old-site'), archived: true },
        ],
      },
      { folder: 'catalog' },
    );
    const overview = files.get('catalog/README.md') ?? '';
    expect(overview).toContain('**2 of 11 repositories have no descriptor yet**: the onboarding migration');
    expect(overview).toContain('- [acme/empty](https://github.com/acme/empty)');
    expect(overview).toContain('- [acme/notebooks](https://github.com/acme/notebooks)');
    expect(overview).not.toContain('old-site](');
    expect(readme).toContain('**1 of 9 repositories have no descriptor yet**');
  });
});
