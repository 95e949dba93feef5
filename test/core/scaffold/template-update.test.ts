import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { planUpdate, renderVersions, type TemplateVersion } from '../../../app/core/scaffold/template-update.ts';
import { ANSWERS_FILE } from '../../../app/core/scaffold/template-origin.ts';
import { textFile, type TreeFile } from '../../../app/core/scaffold/workspace.ts';

/** A version of a template whose skeleton is `files`. */
function version(sha: string, files: Record<string, string>): TemplateVersion {
  const templateText = stringify({
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'svc' },
    spec: {
      steps: [
        { id: 'f', action: 'fetch:template', input: { url: './skeleton', values: { name: '${{ parameters.name }}' } } },
      ],
    },
  });
  const tree = new Map<string, TreeFile>([['template.yaml', textFile(templateText)]]);
  for (const [path, text] of Object.entries(files)) tree.set(`skeleton/${path}`, textFile(text));
  return { version: sha, templateText, template: { files: tree } };
}

const origin = {
  template: 'template:default/svc',
  source: 'acme/paths/svc/template.yaml',
  version: 'v1',
  answers: { name: 'orders' },
};
const v1 = version('v1', {
  'README.md': '# ${{ values.name }}\n\nIntro.\n\nRun it.\n',
  'ci.yml': 'node: 20\n',
  'old.txt': 'old\n',
});
const v2 = version('v2', {
  'README.md': '# ${{ values.name }}\n\nIntro.\n\nRun it with npm start.\n',
  'ci.yml': 'node: 24\n',
  'new.txt': 'new\n',
});

function plan(current: Record<string, string>) {
  const request = { repository: 'acme/orders', origin, before: v1, after: v2 };
  const rendered = renderVersions(request);
  if ('failed' in rendered) throw new Error(rendered.failed);
  return planUpdate({ ...request, current: new Map(Object.entries(current)) }, rendered);
}

const asRendered = { 'README.md': '# orders\n\nIntro.\n\nRun it.\n', 'ci.yml': 'node: 20\n', 'old.txt': 'old\n' };

describe('a template update, merged three ways', () => {
  it('takes the template changes, adds and removes files, and keeps a local change that does not overlap', () => {
    const result = plan({ ...asRendered, 'README.md': '# orders\n\nIntro, by the orders team.\n\nRun it.\n' });
    expect(result.status).toBe('changes');
    if (result.status !== 'changes') return;
    expect(result.draft).toBe(false);
    const byPath = Object.fromEntries(result.changes.map((c) => [c.path, c.content]));
    expect(byPath['README.md']).toBe('# orders\n\nIntro, by the orders team.\n\nRun it with npm start.\n');
    expect(byPath['ci.yml']).toBe('node: 24\n');
    expect(byPath['new.txt']).toBe('new\n');
    expect(byPath['old.txt']).toBeNull();
    expect(byPath[ANSWERS_FILE]).toContain('version: v2');
  });

  it('marks a conflict the way git does and asks for a draft', () => {
    const result = plan({ ...asRendered, 'ci.yml': 'node: 22\n' });
    if (result.status !== 'changes') throw new Error(result.status);
    expect(result.draft).toBe(true);
    expect(result.changes.find((c) => c.path === 'ci.yml')?.content).toBe(
      '<<<<<<< this repository\nnode: 22\n=======\nnode: 24\n>>>>>>> template template:default/svc v2\n',
    );
    expect(result.notes[0]).toContain('`ci.yml`');
  });

  it('leaves a file deleted here deleted, and one changed here that the template dropped', () => {
    const { 'ci.yml': _ci, ...rest } = asRendered;
    const result = plan({ ...rest, 'old.txt': 'mine\n' });
    if (result.status !== 'changes') throw new Error(result.status);
    expect(result.changes.map((c) => c.path)).toEqual([ANSWERS_FILE, 'README.md', 'new.txt']);
    expect(result.notes.join()).toMatch(/ci\.yml` was deleted here.*old\.txt` is no longer in the template/s);
  });

  it('opens nothing for a repository that already has the change', () => {
    const result = plan({
      'README.md': '# orders\n\nIntro.\n\nRun it with npm start.\n',
      'ci.yml': 'node: 24\n',
      'new.txt': 'new\n',
    });
    expect(result).toMatchObject({ status: 'migrated' });
  });
});
