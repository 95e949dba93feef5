import { describe, expect, it } from 'vitest';
import type { CatalogEntity } from '../../../app/core/catalog/types.ts';
import { docsLocation } from '../../../app/core/site/techdocs-ref.ts';

const entity = (ref: string, path = 'services/lookup/catalog-info.yaml'): CatalogEntity => ({
  ref: 'component:default/lookup',
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'lookup', annotations: { 'backstage.io/techdocs-ref': ref } },
  },
  source: { repository: 'acme/mono', path, document: 0, line: 1, url: '' },
  relations: [],
  status: { state: 'current' },
  archived: false,
});

const locate = (ref: string, path?: string) => docsLocation(entity(ref, path), 'acme', 'https://github.com');

describe("an entity's TechDocs location", () => {
  it('reads dir: relative to the descriptor, as Backstage does', () => {
    expect(locate('dir:.')).toEqual({
      ok: true,
      location: { ref: 'component:default/lookup', repository: 'acme/mono', dir: 'services/lookup' },
    });
    expect(locate('dir:../../docs-site')).toMatchObject({ ok: true, location: { dir: 'docs-site' } });
    expect(locate('dir:.', 'catalog-info.yaml')).toMatchObject({ ok: true, location: { dir: '' } });
  });

  it('refuses a dir: that leaves the repository', () => {
    expect(locate('dir:../../../..')).toMatchObject({ ok: false });
    expect(locate('dir:/etc')).toMatchObject({ ok: false });
  });

  it("reads url: into the organisation's repositories, and nothing else", () => {
    expect(locate('url:https://github.com/acme/handbook/tree/main/lookup/')).toEqual({
      ok: true,
      location: { ref: 'component:default/lookup', repository: 'acme/handbook', dir: 'lookup' },
    });
    expect(locate('url:https://github.com/other/handbook/tree/main/')).toMatchObject({ ok: false });
    expect(locate('url:https://evil.example/acme/handbook/tree/main/')).toMatchObject({ ok: false });
    expect(locate('url:not a url')).toMatchObject({ ok: false });
    expect(locate('s3:bucket')).toMatchObject({ ok: false });
  });
});
