import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { scaffold, type ScaffoldRequest, type Scaffolded } from '../../../app/core/scaffold/scaffold.ts';
import { textFile, type FileTree, type TreeFile } from '../../../app/core/scaffold/workspace.ts';
import { ANSWERS_FILE, readOrigin } from '../../../app/core/scaffold/template-origin.ts';

/** A template folder: template.yaml (from `spec`) plus the given files. */
function templateFolder(spec: Record<string, unknown>, files: Record<string, string | TreeFile>) {
  const templateText = stringify({
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'demo', title: 'Demo' },
    spec: { owner: 'group:platform', type: 'service', ...spec },
  });
  const tree = new Map<string, TreeFile>([['template.yaml', textFile(templateText)]]);
  for (const [path, file] of Object.entries(files)) tree.set(path, typeof file === 'string' ? textFile(file) : file);
  return { templateText, template: { files: tree } satisfies FileTree };
}

function run(
  spec: Record<string, unknown>,
  files: Record<string, string | TreeFile>,
  answers: Record<string, unknown> = {},
  extra: Partial<ScaffoldRequest> = {},
): Scaffolded {
  return scaffold({
    ...templateFolder(spec, files),
    answers,
    source: 'templates/demo/template.yaml',
    version: 'v1',
    ...extra,
  });
}

const fetchSkeleton = (input: Record<string, unknown> = {}) => ({
  steps: [
    {
      id: 'fetch',
      action: 'fetch:template',
      input: { url: './skeleton', values: { name: '${{ parameters.name }}' }, ...input },
    },
  ],
});

function filesOf(result: Scaffolded): Record<string, string> {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return Object.fromEntries(
    [...result.files.files]
      .filter(([p]) => p !== ANSWERS_FILE)
      .map(([p, f]) => [p, new TextDecoder().decode(f.content)]),
  );
}

const problemsOf = (result: Scaffolded) => (result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`));

describe('a template cannot reach the process', () => {
  const escapes = [
    '${{ range.constructor("return process.pid")() }}',
    '${{ cycler.constructor("return process.pid")() }}',
    '${{ joiner.constructor("return process.pid")() }}',
    '${{ "".constructor.constructor("return process.pid")() }}',
    '${{ values.name.constructor.constructor("return process.pid")() }}',
    '${{ values["constructor"]["constructor"]("return process.pid")() }}',
    '${{ values.__proto__ }}',
  ];

  it('runs the escapes in Nunjucks itself, so the test would catch one that worked', () => {
    const env = new nunjucks.Environment(null, { tags: { variableStart: '${{', variableEnd: '}}' } });
    const ran = escapes.slice(0, 3).map((e) => env.renderString(e, { values: { name: 'x' } }));
    expect(ran).toEqual([String(process.pid), String(process.pid), String(process.pid)]);
  });

  it.each(escapes)('refuses %s in a skeleton file, a file name and a step input', (escape) => {
    const inFile = run(fetchSkeleton(), { 'skeleton/README.md': escape }, { name: 'x' });
    const inName = run(fetchSkeleton(), { [`skeleton/${escape.replaceAll('/', '')}.md`]: 'x' }, { name: 'x' });
    const inInput = run(
      { steps: [{ id: 'log', action: 'debug:log', input: { message: escape.replace('values', 'parameters') } }] },
      {},
      { name: 'x' },
    );
    for (const result of [inFile, inName, inInput]) {
      expect(result.ok, JSON.stringify(result)).toBe(false);
      expect(JSON.stringify(result)).not.toContain(String(process.pid));
    }
  });
});

describe('paths stay inside', () => {
  it('refuses a rendered file name that climbs out of the workspace', () => {
    const result = run(fetchSkeleton(), { 'skeleton/${{ values.name }}/x.txt': 'x' }, { name: '../../../etc' });
    expect(problemsOf(result).join()).toMatch(/fetch: .*leaves/);
  });

  it('refuses a targetPath, a url and a symbolic link that leave their folder', () => {
    expect(problemsOf(run(fetchSkeleton({ targetPath: '../out' }), { 'skeleton/a': 'a' })).join()).toMatch(/leaves/);
    expect(problemsOf(run(fetchSkeleton({ url: '../../x' }), { 'skeleton/a': 'a' })).join()).toMatch(/leaves/);
    const link: TreeFile = { content: new TextEncoder().encode('../../../etc/passwd'), kind: 'symlink' };
    expect(problemsOf(run(fetchSkeleton(), { 'skeleton/passwd': link })).join()).toMatch(/symbolic link/);
    expect(problemsOf(run(fetchSkeleton({ url: 'https://example.com/x' }), {})).join()).toMatch(
      /beside template\.yaml/,
    );
  });
});

describe('fetch:template, as Backstage renders a skeleton', () => {
  it('renders paths and contents, and leaves out a path that renders empty', () => {
    const files = filesOf(
      run(
        fetchSkeleton({ values: { name: '${{ parameters.name }}', docker: false } }),
        {
          'skeleton/${{ values.name }}.md': '# ${{ values.name }}\n',
          'skeleton/{% if values.docker %}Dockerfile{% endif %}': 'FROM node',
          'skeleton/{% if values.docker %}docker{% endif %}/compose.yaml': 'x',
        },
        { name: 'orders' },
      ),
    );
    expect(files).toEqual({ 'orders.md': '# orders\n' });
  });

  it('copies files matched by copyWithoutTemplating as they are, names still rendered', () => {
    const workflow = 'run: echo ${{ github.sha }}\n';
    const files = filesOf(
      run(
        fetchSkeleton({ copyWithoutTemplating: ['.github/workflows/*'] }),
        {
          'skeleton/.github/workflows/ci.yml': workflow,
          'skeleton/README.md': '${{ values.name }}',
        },
        { name: 'a' },
      ),
    );
    expect(files).toEqual({ '.github/workflows/ci.yml': workflow, 'README.md': 'a' });
  });

  it('renders only files with templateFileExtension, and strips it', () => {
    const files = filesOf(
      run(
        fetchSkeleton({ templateFileExtension: true }),
        {
          'skeleton/README.md.njk': '${{ values.name }}',
          'skeleton/ci.yml': '${{ github.sha }}',
        },
        { name: 'a' },
      ),
    );
    expect(files).toEqual({ 'README.md': 'a', 'ci.yml': '${{ github.sha }}' });
  });

  it('copies binary files and keeps the executable bit', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x24, 0x7b, 0x7b]);
    const result = run(
      fetchSkeleton(),
      {
        'skeleton/logo.png': { content: png, kind: 'file' },
        'skeleton/run.sh': textFile('echo ${{ values.name }}', 'executable'),
      },
      { name: 'a' },
    );
    expect(result.ok && result.files.files.get('logo.png')?.content).toEqual(png);
    expect(result.ok && result.files.files.get('run.sh')?.kind).toBe('executable');
  });

  it('keeps what an earlier step wrote unless replace is set', () => {
    const steps = (replace: boolean) => ({
      steps: [
        { id: 'a', action: 'fetch:plain', input: { url: './one' } },
        { id: 'b', action: 'fetch:template', input: { url: './two', replace } },
      ],
    });
    const files = { 'one/README.md': 'first', 'two/README.md': 'second' };
    expect(filesOf(run(steps(false), files))['README.md']).toBe('first');
    expect(filesOf(run(steps(true), files))['README.md']).toBe('second');
  });

  it('uses {{ cookiecutter.x }} with cookiecutterCompat', () => {
    const files = filesOf(
      run(
        fetchSkeleton({ cookiecutterCompat: true }),
        { 'skeleton/{{ cookiecutter.name }}.txt': '{{ cookiecutter.name | upper }}' },
        { name: 'a' },
      ),
    );
    expect(files).toEqual({ 'a.txt': 'A' });
  });
});

describe('steps, as Backstage runs them', () => {
  it("keeps a parameter's type through a step input", () => {
    const files = filesOf(
      run(
        {
          steps: [
            { id: 'f', action: 'fetch:template', input: { url: './s', values: { n: '${{ parameters.count }}' } } },
          ],
        },
        { 's/n.txt': '${{ values.n + 1 }}' },
        { count: 3 },
      ),
    );
    expect(files['n.txt']).toBe('4');
  });

  it("runs a step per entry of each:, skips on a falsy if:, and reads earlier steps' outputs", () => {
    const result = run(
      {
        steps: [
          {
            id: 'pages',
            action: 'fetch:template:file',
            each: '${{ parameters.pages }}',
            input: {
              url: './page.md',
              targetPath: 'docs/${{ each.value }}.md',
              values: { title: '${{ each.value }}' },
            },
          },
          {
            id: 'never',
            if: '${{ parameters.pages.length > 5 }}',
            action: 'fetch:plain:file',
            input: { url: './page.md', targetPath: 'x.md' },
          },
          {
            id: 'publish',
            action: 'publish:github',
            input: { repoUrl: 'github.com?owner=acme&repo=${{ parameters.name }}' },
          },
        ],
        output: {
          links: [
            { title: 'Repository', url: "${{ steps['publish'].output.remoteUrl }}" },
            { title: 'Hidden', url: 'x', if: '${{ parameters.pages.length > 5 }}' },
          ],
          text: [{ title: 'Next', content: 'Clone ${{ steps.publish.output.remoteUrl }}' }],
        },
      },
      { 'page.md': '# ${{ values.title }}' },
      { name: 'guide', pages: ['intro', 'usage'] },
    );
    expect(filesOf(result)).toEqual({ 'docs/intro.md': '# intro', 'docs/usage.md': '# usage' });
    expect(result.ok && result.links).toEqual([{ title: 'Repository', url: 'https://github.com/acme/guide' }]);
    expect(result.ok && result.text).toEqual([{ title: 'Next', content: 'Clone https://github.com/acme/guide' }]);
    expect(result.ok && result.publish).toMatchObject({ owner: 'acme', repo: 'guide', defaultBranch: 'master' });
  });

  it('refuses an action it does not run, naming it, before any step runs', () => {
    const result = run({ steps: [{ id: 'x', action: 'github:actions:dispatch', input: {} }] }, {});
    expect(problemsOf(result).join()).toContain('github:actions:dispatch, which Callboard does not run');
  });

  it('reports a template error with the step, the text and the line', () => {
    const result = run(fetchSkeleton(), { 'skeleton/a.txt': 'ok\n{% if values.name %}\nno end' }, { name: 'a' });
    expect(problemsOf(result).join()).toMatch(/^fetch: fetch:template: a\.txt \(line \d+/);
  });
});

describe("Backstage's filters", () => {
  it('parses repository URLs and entity refs, and picks properties', () => {
    const files = filesOf(
      run(
        fetchSkeleton({ values: { repoUrl: '${{ parameters.repoUrl }}', owner: '${{ parameters.owner }}' } }),
        {
          'skeleton/out.txt': [
            '${{ (values.repoUrl | parseRepoUrl).owner }}/${{ (values.repoUrl | parseRepoUrl).repo }}',
            '${{ values.repoUrl | projectSlug }}',
            '${{ (values.owner | parseEntityRef).kind }} ${{ (values.owner | parseEntityRef).namespace }}',
            '${{ (values.owner | parseEntityRef({ defaultKind: "group" })) | pick("name") }}',
          ].join('\n'),
        },
        { repoUrl: 'github.com?owner=acme&repo=orders', owner: 'group:platform' },
      ),
    );
    expect(files['out.txt']).toBe('acme/orders\nacme/orders\ngroup default\nplatform');
  });

  it('refuses a repository on a host that is not GitHub', () => {
    const result = run(
      { steps: [{ id: 'p', action: 'publish:github', input: { repoUrl: 'gitlab.com?owner=a&repo=b' } }] },
      {},
    );
    expect(problemsOf(result).join()).toContain('gitlab.com is not a GitHub host');
  });
});

describe('the origin a new repository records', () => {
  it('writes the answers file without secrets, and annotates the registered entity', () => {
    const result = run(
      {
        parameters: [{ properties: { name: { type: 'string' }, token: { type: 'string', 'ui:widget': 'password' } } }],
        steps: [
          {
            id: 'fetch',
            action: 'fetch:template',
            input: { url: './skeleton', values: { name: '${{ parameters.name }}' } },
          },
          {
            id: 'publish',
            action: 'publish:github',
            input: { repoUrl: 'github.com?owner=acme&repo=orders', defaultBranch: 'main' },
          },
          {
            id: 'register',
            action: 'catalog:register',
            input: {
              repoContentsUrl: '${{ steps.publish.output.repoContentsUrl }}',
              catalogInfoPath: '/catalog-info.yaml',
            },
          },
        ],
      },
      {
        'skeleton/catalog-info.yaml':
          'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${{ values.name }} # the service\nspec:\n  type: service\n',
      },
      { name: 'orders', token: 'secret-value' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const answers = readOrigin(new TextDecoder().decode(result.files.files.get(ANSWERS_FILE)!.content));
    expect(answers).toEqual({
      template: 'template:default/demo',
      source: 'templates/demo/template.yaml',
      version: 'v1',
      answers: { name: 'orders' },
    });
    expect(result.registrations).toEqual([
      { path: 'catalog-info.yaml', optional: false, entityRef: 'component:default/orders' },
    ]);
    const descriptor = new TextDecoder().decode(result.files.files.get('catalog-info.yaml')!.content);
    expect(descriptor).toContain('name: orders # the service');
    expect(descriptor).toContain('backstage.io/source-template: template:default/demo');
    expect(descriptor).toContain('backstage.io/template-version: v1');
    expect(JSON.stringify(result)).not.toContain('secret-value');
  });
});
