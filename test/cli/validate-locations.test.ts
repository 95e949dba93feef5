import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';
import { componentYaml } from '../support/descriptors.ts';

const component = componentYaml;

const repo = tempRepo({
  '.git/HEAD': 'ref: refs/heads/main\n',
  'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: root
spec:
  targets:
    - ./services/*/service.yaml
    - ./gone.yaml
    - ../outside.yaml
    - ./templates/node/template.yaml
`,
  'services/a/service.yaml': component('a'),
  'services/b/service.yaml': component('b name'),
  'templates/node/template.yaml': `apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: node
spec:
  type: service
  steps:
    - action: fetch:template
      input: { url: ./skeleton }
`,
  'templates/node/skeleton/catalog-info.yaml': component('${{ values.name }}'),
  'optional/catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: optional
spec:
  presence: optional
  target: ./maybe.yaml
`,
  // A template nobody points at: found above its skeleton all the same.
  'lonely/template.yaml': `apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: lonely
spec:
  type: service
  steps:
    - action: fetch:template
      input: { url: ./content }
`,
  'lonely/content/catalog-info.yaml': component('${{ values.name }}'),
  // The legacy form Backstage refuses: said, and not followed.
  'legacy/catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: legacy
spec:
  type: github
  target: ./hidden.yaml
`,
  'legacy/hidden.yaml': component('hidden'),
});

describe('callboard validate follows Locations', () => {
  const report = () => JSON.parse(runBundle('cli/index.js', ['validate', '--format', 'json'], { cwd: repo }).stdout);

  it('validates the files a Location points at, globs included', () => {
    const paths = report().files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([
      'catalog-info.yaml',
      'legacy/catalog-info.yaml',
      'lonely/content/catalog-info.yaml',
      'lonely/template.yaml',
      'optional/catalog-info.yaml',
      'services/a/service.yaml',
      'services/b/service.yaml',
      'templates/node/skeleton/catalog-info.yaml',
      'templates/node/template.yaml',
    ]);
    const b = report().files.find((f: { path: string }) => f.path === 'services/b/service.yaml');
    expect(b.problems.map((p: { rule: string }) => p.rule)).toEqual(['field-format']);
  });

  it('reports a required target that does not exist, and one that leaves the repository, on their lines', () => {
    const root = report().files.find((f: { path: string }) => f.path === 'catalog-info.yaml');
    expect(root.problems.map((p: Record<string, unknown>) => [p.rule, p.line, p.column, p.message])).toEqual([
      ['location-target', 8, 7, 'Unable to read ./gone.yaml: there is no file at gone.yaml'],
      ['location-target', 9, 7, 'Location target ../outside.yaml is outside the repository'],
    ]);
    const optional = report().files.find((f: { path: string }) => f.path === 'optional/catalog-info.yaml');
    expect(optional.problems).toEqual([]);
  });

  it('says a Location of type github is refused by Backstage, on its line, and does not follow it', () => {
    const legacy = report().files.find((f: { path: string }) => f.path === 'legacy/catalog-info.yaml');
    expect(
      legacy.problems.map((p: Record<string, unknown>) => [p.severity, p.rule, p.line, p.column, p.message]),
    ).toEqual([
      [
        'warning',
        'location-target',
        6,
        9,
        'Location type "github" is not one Backstage reads from a repository: it refuses the Location ("must be of an allowed type [url]"), and nothing it points at is ingested',
      ],
    ]);
    expect(report().files.map((f: { path: string }) => f.path)).not.toContain('legacy/hidden.yaml');
  });

  it('recognises template skeletons, whether or not a Location leads to the template', () => {
    const skipped = report()
      .files.filter((f: { skipped?: string }) => f.skipped)
      .map((f: { path: string; skipped: string }) => [f.path, f.skipped]);
    expect(skipped).toEqual([
      ['lonely/content/catalog-info.yaml', 'template skeleton of template:default/lonely'],
      ['templates/node/skeleton/catalog-info.yaml', 'template skeleton of template:default/node'],
    ]);
  });
});
