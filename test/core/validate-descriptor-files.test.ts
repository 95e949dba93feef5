import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../app/core/report/format-summary.ts';
import { validateDescriptorFiles, type SourceFile } from '../../app/core/validate/validate-descriptor-files.ts';
import { createEntityValidator } from '../../app/core/validation/validate-entity.ts';
import { componentYaml } from '../support/descriptors.ts';

const validator = createEntityValidator();
const files = (entries: Record<string, string>): SourceFile[] =>
  Object.entries(entries).map(([path, text]) => ({ path, repositoryPath: path, text }));
const validate = (entries: Record<string, string>, repo: Record<string, string> = {}, repositoryUrl?: string) =>
  validateDescriptorFiles(files(entries), {
    validator,
    read: async (p) => repo[p],
    ...(repositoryUrl ? { repositoryUrl } : {}),
  });
const where = (r: Awaited<ReturnType<typeof validate>>) =>
  r.files.flatMap((f) =>
    f.problems.map(
      (p) => `${f.path}:${p.line}:${p.column}-${p.endLine}:${p.endColumn} doc${p.document} ${p.severity} ${p.rule}`,
    ),
  );

const component = componentYaml;

describe('validateDescriptorFiles', () => {
  it('places each problem of a multi-document file on its line and column', async () => {
    const text = `${component('good')}---\n${component('bad name', '\n  dependsOn: [artists-db]')}---\n# trailing empty document\n`;
    const report = await validate({ 'catalog-info.yaml': text });
    expect(where(report)).toEqual([
      'catalog-info.yaml:13:9-13:17 doc2 error field-format',
      'catalog-info.yaml:18:15-18:25 doc2 error entity-ref',
    ]);
    expect(report.files[0]!.entities.map((e) => [e.ref, e.document, e.line, e.valid])).toEqual([
      ['component:default/good', 1, 1, true],
      ['component:default/bad name', 2, 10, false],
    ]);
    expect(report.summary).toEqual({ files: 1, skipped: 0, entities: 2, errors: 2, warnings: 0 });
  });

  it('reports YAML errors (duplicate keys, tabs) at their position and keeps the other documents', async () => {
    const text = `${component('first')}---\napiVersion: backstage.io/v1alpha1\nkind: Component\nkind: API\nmetadata:\n\tname: x\n`;
    const report = await validate({ 'c.yaml': text });
    expect(where(report)).toEqual([
      'c.yaml:12:1-12:5 doc2 error yaml-syntax',
      'c.yaml:14:1-14:2 doc2 error yaml-syntax',
    ]);
    expect(report.files[0]!.problems[0]!.message).toBe('YAML error: Map keys must be unique');
    expect(report.files[0]!.entities.map((e) => e.ref)).toEqual(['component:default/first']);
  });

  it('points a missing field at its parent key', async () => {
    const report = await validate({ 'c.yaml': component('x').replace('  owner: team-a\n', '') });
    expect(where(report)).toEqual(['c.yaml:5:1-5:5 doc1 error kind-schema']);
  });

  it('warns about an empty file, which Backstage would silently ignore', async () => {
    const report = await validate({ 'empty.yaml': '', 'comments.yaml': '# nothing\n' });
    expect(where(report)).toEqual([
      'empty.yaml:1:1-1:1 doc0 warning no-entities',
      'comments.yaml:1:1-1:1 doc0 warning no-entities',
    ]);
    expect(report.summary.errors).toBe(0);
  });

  it('resolves $text within the repository, and refuses paths that leave it', async () => {
    const api = (definition: string) =>
      `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: a\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition:\n    $text: ${definition}\n`;
    const ok = await validate({ 'apis/a.yaml': api('./openapi.yaml') }, { 'apis/openapi.yaml': 'openapi: 3.0.0' });
    expect(where(ok)).toEqual([]);
    const rooted = await validate({ 'apis/a.yaml': api('/specs/openapi.yaml') }, { 'specs/openapi.yaml': 'x' });
    expect(where(rooted)).toEqual([]);
    const missing = await validate({ 'apis/a.yaml': api('./nope.yaml') });
    expect(where(missing)).toEqual(['apis/a.yaml:10:5-10:23 doc1 error placeholder']);
    const escaping = await validate({ 'apis/a.yaml': api('../../etc/passwd') });
    expect(escaping.files[0]!.problems[0]!.message).toContain('outside the repository');
  });

  it('takes an absolute $text URL as a string, unless it names another repository on the same host', async () => {
    const api = `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: a\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition:\n    $text: https://github.com/other/specs/blob/main/openapi.yaml\n`;
    expect(where(await validate({ 'a.yaml': api }))).toEqual([]);
    expect(where(await validate({ 'a.yaml': api }, {}, 'https://github.com/acme/a'))).toEqual([
      'a.yaml:10:5-10:65 doc1 error placeholder',
    ]);
    expect(where(await validate({ 'a.yaml': api }, {}, 'https://github.com/other/specs'))).toEqual([]);
  });

  it('checks what $yaml resolves to, and does not check remote content it cannot know', async () => {
    const group = (ref: string) =>
      `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: g\nspec:\n  $yaml: ${ref}\n`;
    const local = await validate({ 'g.yaml': group('./spec.yaml') }, { 'spec.yaml': 'type: team\n' });
    expect(local.files[0]!.problems.map((p) => [p.rule, p.message])).toEqual([
      ['kind-schema', '"spec.children" is required for a Group but is missing'],
    ]);
    const remote = await validate({ 'g.yaml': group('https://example.com/spec.yaml') });
    expect(remote.files[0]!.problems.map((p) => [p.severity, p.rule])).toEqual([['warning', 'placeholder']]);
  });

  it('skips a template skeleton and says so', async () => {
    const template = `apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n  type: service\n  steps:\n    - action: fetch:template\n      input: { url: ./content }\n`;
    const report = await validate({
      'templates/t/template.yaml': template,
      'templates/t/content/catalog-info.yaml': component('${{ values.name }}'),
    });
    expect(report.files[1]).toMatchObject({ skipped: 'template skeleton of template:default/t', problems: [] });
    expect(report.summary).toMatchObject({ files: 1, skipped: 1, errors: 0 });
  });

  it('notices the same entity defined twice, case-insensitively', async () => {
    const report = await validate({ 'a.yaml': component('Artist'), 'b.yaml': component('artist') });
    expect(where(report)).toEqual(['b.yaml:4:9-4:15 doc1 warning duplicate-entity']);
    expect(report.files[1]!.problems[0]!.message).toContain('already defined at a.yaml:1');
  });

  it('refuses a file too large to be a descriptor, unread', async () => {
    const report = await validateDescriptorFiles(
      [{ path: 'big.yaml', repositoryPath: 'big.yaml', text: '', size: 6 * 1024 * 1024 }],
      { validator, read: async () => undefined },
    );
    expect(where(report)).toEqual(['big.yaml:1:1-1:1 doc0 error file-too-large']);
  });

  it('survives a document that expands without bound (billion laughs)', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'.split('').map(
        (c, i) =>
          `${c}: &${c} [${Array(9)
            .fill('*' + 'abcdefghij'[i])
            .join(',')}]`,
      ),
    ].join('\n');
    const report = await validate({ 'bomb.yaml': bomb });
    expect(report.files[0]!.problems.map((p) => p.rule)).toEqual(['yaml-syntax']);
  });
});

describe('formatSummary', () => {
  it("lists every problem, and stops (saying so) before GitHub's size limit", async () => {
    const many = Array.from({ length: 200 }, (_, i) => component(`bad name ${i}`)).join('---\n');
    const report = await validate({ 'c.yaml': many });
    expect(formatSummary(report).match(/^\| ❌ error/gm)).toHaveLength(200);
    const cut = formatSummary(report, undefined, 20_000);
    expect(Buffer.byteLength(cut)).toBeLessThan(20_000 + 200);
    expect(cut).toMatch(/…and \d+ more problems, not listed/);
  });
});
