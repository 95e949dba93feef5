import { describe, expect, it } from 'vitest';
import { parseCatalogConfig } from '../../../app/core/catalog/catalog-config.ts';

describe("callboard.yaml's site", () => {
  it('is off unless asked for; `true` puts it in site/, or in the folder given', () => {
    expect(parseCatalogConfig('teams: { import: false }\n').config.site).toBeUndefined();
    expect(parseCatalogConfig('site: false\n').config.site).toBeUndefined();
    expect(parseCatalogConfig('site: true\n').config.site).toEqual({ folder: 'site' });
    expect(parseCatalogConfig('site:\n  folder: docs/portal\n').config.site).toEqual({ folder: 'docs/portal' });
  });

  it("refuses a folder that climbs out, or that overlaps the catalog's (each build rewrites it whole)", () => {
    const climbing = parseCatalogConfig('site:\n  folder: ../elsewhere\n');
    expect(climbing.config.site).toBeUndefined();
    expect(climbing.problems).toHaveLength(1);
    const overlapping = parseCatalogConfig('catalog:\n  folder: catalog\nsite:\n  folder: catalog/site\n');
    expect(overlapping.config.site).toBeUndefined();
    expect(overlapping.problems).toMatchObject([
      {
        line: 4,
        severity: 'error',
        message: `the site's folder "catalog/site" overlaps the catalog's folder "catalog"`,
      },
    ]);
  });
});
