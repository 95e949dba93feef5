/**
 * `callboard catalog build --site` (the bundled CLI) on an organisation whose docs and definitions
 * go wrong in the ways repositories do: a definition that does not read is in errors.md and on its
 * reference page, a docs folder outside the repository is refused and said on the entity, a link in
 * the docs is not followed, and a rebuild leaves exactly the new site.
 */
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const descriptor = (docs: string) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: billing
  annotations:
    backstage.io/techdocs-ref: ${docs}
spec:
  type: service
  lifecycle: production
  owner: user:ada
  providesApis: [billing-api]
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: billing-api
spec:
  type: openapi
  lifecycle: production
  owner: user:ada
  definition: |
    openapi: 3.0.0
    paths:
      /invoices: [unclosed
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: ada
spec:
  memberOf: []
`;

const org = tempRepo({
  'billing/catalog-info.yaml': descriptor('dir:.'),
  'billing/docs/index.md': '# Billing\n\nInvoices are immutable.\n',
  'billing/docs/old.md': '# Old\n',
  // The same service again, its docs said to be three folders up: outside its repository.
  'outside/catalog-info.yaml': descriptor('dir:../../..')
    .replaceAll('billing', 'outside')
    .replace(/---\nkind: User[\s\S]*$/, '')
    .replace(/---\napiVersion: backstage.io\/v1alpha1\nkind: User[\s\S]*$/, ''),
});
const work = tempRepo({});
const callboard = (...args: string[]) => runBundle('cli/index.js', args, { cwd: work });
const build = () => callboard('catalog', 'build', org, '--out', 'out', '--org', 'acme', '--site', 'site');
const data = (name: string) => readFileSync(join(work, 'site', 'data', `${name}.js`), 'utf8');

describe('callboard catalog build --site', () => {
  it('writes the site, with what went wrong in errors.md, on the reference page and on the entity', () => {
    symlinkSync('/etc', join(org, 'billing', 'docs', 'etc'));
    const run = build();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote the site: 5 entities, 2 docs pages, 2 API references');
    const errors = readFileSync(join(work, 'out', 'catalog', 'errors.md'), 'utf8');
    expect(errors).toContain(
      'api:default/billing-api: its openapi definition does not read (line 4, column 1 of the definition)',
    );
    const page = readFileSync(join(work, 'site', 'api', 'default', 'api', 'billing-api.html'), 'utf8');
    expect(page).toContain('the definition does not read');
    expect(page).toContain('unclosed');
    expect(data('entities/0')).toContain('leaves the repository');
    expect(data('entities/0')).toContain('etc is a link, not followed');
    expect(existsSync(join(work, 'site', 'docs', 'default', 'component', 'billing', 'old.html'))).toBe(true);
    expect(data('search-docs')).toContain('immutable');
  });

  it('rebuilds into exactly the new site', () => {
    rmSync(join(org, 'billing', 'docs', 'old.md'));
    expect(build().status).toBe(0);
    expect(existsSync(join(work, 'site', 'docs', 'default', 'component', 'billing', 'old.html'))).toBe(false);
    expect(existsSync(join(work, 'site', 'docs', 'default', 'component', 'billing', 'index.html'))).toBe(true);
  });

  it('refuses a folder it did not write, rather than mixing the site into it', () => {
    writeFileSync(join(work, 'notes.txt'), 'mine');
    const run = callboard('catalog', 'build', org, '--out', 'out2', '--org', 'acme', '--site', '.');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('holds files Callboard did not write');
    expect(readFileSync(join(work, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
