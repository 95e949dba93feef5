/**
 * `callboard scaffold` (the bundled CLI): a template rendered on disk with the answers file and the
 * annotations, `--dry-run` writing nothing, wrong answers or an unsupported action exiting 1 with the
 * reason, and usage mistakes exiting 2.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.ts';
import { tempRepo } from '../support/temp-repo.ts';

const TEMPLATE = `apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: tool
  title: A command-line tool
spec:
  owner: group:platform
  type: tool
  parameters:
    - title: About
      required: [name]
      properties:
        name: { title: Name, type: string }
  steps:
    - id: fetch
      action: fetch:template
      input:
        url: ./skeleton
        values: { name: '\${{ parameters.name }}' }
        copyWithoutTemplating: [.github/**]
    - id: publish
      action: publish:github
      input: { repoUrl: 'github.com?owner=acme&repo=\${{ parameters.name }}', defaultBranch: main }
    - id: register
      action: catalog:register
      input: { repoContentsUrl: '\${{ steps.publish.output.repoContentsUrl }}', catalogInfoPath: /catalog-info.yaml }
  output:
    links:
      - { title: Repository, url: '\${{ steps.publish.output.remoteUrl }}' }
`;

const work = tempRepo({
  'tmpl/template.yaml': TEMPLATE,
  'tmpl/skeleton/catalog-info.yaml':
    'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${{ values.name }}\nspec:\n  type: tool\n  owner: group:platform\n  lifecycle: experimental\n',
  'tmpl/skeleton/README.md': '# ${{ values.name }}\n',
  'tmpl/skeleton/.github/workflows/ci.yml': 'on: push\njobs: { t: { runs-on: "${{ matrix.os }}" } }\n',
  'answers.yaml': 'name: sizer\n',
  'bad.yaml': '- not a mapping\n',
  'unsupported/template.yaml': TEMPLATE.replace('action: publish:github', 'action: github:environment:create'),
});
const callboard = (...args: string[]) => runBundle('cli/index.js', ['scaffold', ...args], { cwd: work });

describe('callboard scaffold', () => {
  it('writes the rendered repository with its origin recorded', () => {
    const run = callboard('tmpl', '--values', 'answers.yaml', '--out', 'out');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('publish:github would create github.com/acme/sizer (private, default branch main)');
    expect(run.stdout).toContain('catalog:register would register catalog-info.yaml (component:default/sizer)');
    expect(readFileSync(join(work, 'out/README.md'), 'utf8')).toBe('# sizer\n');
    expect(readFileSync(join(work, 'out/.github/workflows/ci.yml'), 'utf8')).toContain('${{ matrix.os }}');
    expect(readFileSync(join(work, 'out/catalog-info.yaml'), 'utf8')).toContain(
      'backstage.io/source-template: template:default/tool',
    );
    expect(readFileSync(join(work, 'out/.callboard/template.yaml'), 'utf8')).toContain('answers:\n  name: sizer\n');
  });

  it('lists the files and writes nothing with --dry-run', () => {
    const run = callboard('tmpl/template.yaml', '--values', 'answers.yaml', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/4 files\n {2}\.callboard\/template\.yaml\n {2}\.github\/workflows\/ci\.yml/);
    expect(existsSync(join(work, 'dry'))).toBe(false);
  });

  it('exits 1 naming an action it does not run, and 2 on usage mistakes', () => {
    const unsupported = callboard('unsupported', '--values', 'answers.yaml', '--dry-run');
    expect(unsupported.status).toBe(1);
    expect(unsupported.stderr).toContain('uses the action github:environment:create, which Callboard does not run');
    expect(callboard('tmpl', '--values', 'bad.yaml', '--dry-run').status).toBe(2);
    expect(callboard('tmpl', '--values', 'answers.yaml', '--out', 'out').stderr).toContain('is not an empty folder');
    expect(callboard('nowhere', '--values', 'answers.yaml', '--dry-run').status).toBe(2);
    expect(statSync(join(work, 'out')).isDirectory()).toBe(true);
  });
});
