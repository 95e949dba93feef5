import { describe, expect, it } from 'vitest';
import { runAction } from '../support/run-action.ts';
import { tempRepo } from '../support/temp-repo.ts';

const workspace = tempRepo({
  'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: podcast-api
  tags: [Podcast]
spec:
  type: service
  lifecycle: production
  owner: team-d
---
apiVersion: example.com/v1
kind: Pipeline
metadata:
  name: podcast-build
`,
  'apis/catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: podcast
spec:
  type: openapi
  lifecycle: production
  owner: team-d
  definition:
    $text: ./openapi.yaml
`,
  'apis/openapi.yaml': 'openapi: 3.0.0\n',
  'schemas/pipeline.yaml': 'properties:\n  apiVersion: { const: example.com/v1 }\n  kind: { const: Pipeline }\n',
});

const runValidate = (inputs: Record<string, string>) =>
  runAction('validate/index.js', { workspace, inputs, env: { GITHUB_REPOSITORY: 'acme/podcast', GITHUB_SHA: 'f00d' } });

describe('the validation action (dist/validate/index.js)', () => {
  it('annotates every problem on its line, sets outputs, writes a summary and fails on errors', async () => {
    const run = await runValidate({ path: '**/catalog-info.yaml', 'schema-dir': '', 'fail-on-warnings': 'false' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error file=catalog-info.yaml,line=5,endLine=5,col=10,endColumn=17,title=Callboard%3A field-format::"tags.0" is not valid',
    );
    expect(run.stdout).toContain(
      '::warning file=catalog-info.yaml,line=12,endLine=12,col=7,endColumn=15,title=Callboard%3A foreign-kind::',
    );
    expect(run.stdout).toContain('::error::1 error in catalog descriptors; see the annotations');
    expect(run.outputs).toEqual({ entities: '3', errors: '1', warnings: '1' });
    expect(run.summary).toContain('| 2 | 3 | 1 | 1 | 0 |');
    expect(run.summary).toContain(
      '[catalog-info.yaml:5:10](https://github.com/acme/podcast/blob/f00d/catalog-info.yaml#L5)',
    );
  });

  it('validates foreign kinds against the schemas of schema-dir, and passes when all is well', async () => {
    const run = await runValidate({
      path: 'apis/catalog-info.yaml\ncatalog-info.yaml',
      'schema-dir': 'schemas',
      'fail-on-warnings': 'true',
    });
    expect(run.outputs).toEqual({ entities: '3', errors: '1', warnings: '0' });
    const ok = await runValidate({
      path: 'apis/*.yaml\n!apis/openapi.yaml',
      'schema-dir': 'schemas',
      'fail-on-warnings': 'true',
    });
    expect(ok.status).toBe(0);
    expect(ok.outputs).toEqual({ entities: '1', errors: '0', warnings: '0' });
    expect(ok.stdout).not.toContain('::error');
  });

  it('fails on warnings when fail-on-warnings is true', async () => {
    const run = await runValidate({ path: '**/catalog-info.yaml', 'fail-on-warnings': 'true', 'schema-dir': '' });
    expect(run.status).toBe(1);
  });

  it('refuses an input that is not a boolean', async () => {
    const run = await runValidate({ path: '**/catalog-info.yaml', 'fail-on-warnings': 'yes please', 'schema-dir': '' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::Input fail-on-warnings must be true or false, not "yes please"');
  });

  it('fails the step, saying so, when its path matches no descriptor (a mistyped path is not a pass)', async () => {
    const run = await runValidate({
      path: 'service/**/catalog-info.yaml',
      'schema-dir': '',
      'fail-on-warnings': 'false',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::service/**/catalog-info.yaml: matches no file');
  });
});
