/**
 * The oracle for templates: a whole v1beta3 template run by Backstage's own scaffolder code
 * (@backstage/plugin-scaffolder-backend 4.3, a devDependency, never shipped): its
 * NunjucksWorkflowRunner — step inputs, `if:`, `each:`, outputs — with Backstage's real actions for
 * everything that makes files (fetch:template, fetch:template:file, fetch:plain, fetch:plain:file,
 * catalog:write, debug:log). The template's folder is given as a `file://` base URL, which
 * Backstage's fetchContents copies from disk. Only what would reach GitHub or the catalog is a
 * stand-in that records its input and answers as the real action does (publish:github's URLs,
 * catalog:register's entity ref, notification:send nothing). The runner deletes its workspace when it
 * ends, so a last step copies it out: that copy is the template's output.
 */
import { mkdtempSync, readdirSync, readFileSync, lstatSync, readlinkSync, rmSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const backend = require('@backstage/plugin-scaffolder-backend') as Record<string, (options?: unknown) => Action>;
const { ConfigReader } = require('@backstage/config') as typeof import('@backstage/config');
const { ScmIntegrations } = require('@backstage/integration') as typeof import('@backstage/integration');
const { NunjucksWorkflowRunner } = require(
  join(require.resolve('@backstage/plugin-scaffolder-backend'), '../scaffolder/tasks/NunjucksWorkflowRunner.cjs.js'),
) as { NunjucksWorkflowRunner: new (options: unknown) => { execute(task: unknown): Promise<{ output: unknown }> } };

interface Action {
  id: string;
  handler(ctx: ActionContext): Promise<void>;
  schema?: unknown;
}

interface ActionContext {
  input: Record<string, unknown>;
  workspacePath: string;
  output(name: string, value: unknown): void;
}

export interface OracleRun {
  /** Every file the workspace holds at the end, by POSIX path. */
  files: Map<string, Buffer>;
  /** Paths of executable files, and symbolic links with their targets. */
  executables: Set<string>;
  links: Map<string, string>;
  output: unknown;
}

const integrations = ScmIntegrations.fromConfig(
  new ConfigReader({ integrations: { github: [{ host: 'github.com' }] } }),
);
const silent = { info() {}, warn() {}, error() {}, debug() {}, child: () => silent };
const noMetric = { add() {}, record() {} };
const metrics = {
  createCounter: () => noMetric,
  createHistogram: () => noMetric,
  createGauge: () => noMetric,
  createUpDownCounter: () => noMetric,
};

/** A stand-in action: Backstage's id, the input recorded, the outputs the real one gives. */
const standIn = (id: string, handler: (ctx: ActionContext) => void): Action => ({
  id,
  async handler(ctx) {
    handler(ctx);
  },
});

function actions(capture: string): Action[] {
  const reader = { readTree: () => Promise.reject(new Error('the oracle reads only file:// templates')) };
  const fetchOptions = { reader, integrations };
  return [
    backend.createFetchTemplateAction!(fetchOptions),
    backend.createFetchTemplateFileAction!(fetchOptions),
    backend.createFetchPlainAction!(fetchOptions),
    backend.createFetchPlainFileAction!(fetchOptions),
    backend.createCatalogWriteAction!(),
    backend.createDebugLogAction!(),
    standIn('publish:github', (ctx) => {
      const url = new URL(`https://${String(ctx.input.repoUrl)}`);
      const remote = `https://${url.host}/${url.searchParams.get('owner')}/${url.searchParams.get('repo')}`;
      ctx.output('remoteUrl', remote);
      ctx.output('repoContentsUrl', `${remote}/blob/${String(ctx.input.defaultBranch ?? 'master')}`);
    }),
    standIn('catalog:register', (ctx) => {
      const path = String(ctx.input.catalogInfoPath ?? '/catalog-info.yaml').replace(/^\//, '');
      const entity = parse(readFileSync(join(ctx.workspacePath, path), 'utf8')) as {
        kind: string;
        metadata: { name: string; namespace?: string };
      };
      const ref = `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${entity.metadata.name}`.toLowerCase();
      ctx.output('entityRef', ref);
    }),
    standIn('notification:send', () => {}),
    {
      id: 'oracle:capture',
      async handler(ctx) {
        await cp(ctx.workspacePath, capture, { recursive: true, verbatimSymlinks: true });
      },
    },
  ];
}

/** Runs the template (template.yaml's path) with these parameters, as Backstage's scaffolder would. */
export async function backstageScaffold(templatePath: string, parameters: Record<string, unknown>): Promise<OracleRun> {
  const template = parse(readFileSync(templatePath, 'utf8')) as {
    metadata: { name: string };
    spec: { steps: unknown[]; output?: unknown };
  };
  const work = mkdtempSync(join(tmpdir(), 'backstage-oracle-'));
  const capture = join(work, 'out');
  try {
    const registry = new Map(actions(capture).map((a) => [a.id, a]));
    const runner = new NunjucksWorkflowRunner({
      actionRegistry: {
        get: async (id: string) => {
          const action = registry.get(id);
          if (!action) throw new Error(`the oracle has no action ${id}`);
          return action;
        },
        list: async () => [...registry.values()],
      },
      integrations,
      workingDirectory: join(work, 'workspaces'),
      logger: silent,
      metrics,
    });
    const spec = {
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      steps: [...template.spec.steps, { id: 'oracle-capture', name: 'capture', action: 'oracle:capture', input: {} }],
      output: template.spec.output ?? {},
      parameters,
      templateInfo: {
        entityRef: `template:default/${template.metadata.name}`,
        baseUrl: pathToFileURL(templatePath).href,
      },
      user: {},
    };
    const result = await runner.execute({
      spec,
      secrets: {},
      createdBy: 'user:default/oracle',
      isDryRun: false,
      cancelSignal: new AbortController().signal,
      getWorkspaceName: async () => 'task',
      emitLog: async () => {},
      complete: async () => {},
      getInitiatorCredentials: async () => ({ $$type: '@backstage/BackstageCredentials', principal: { type: 'none' } }),
    });
    return { ...readTree(capture), output: result.output };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readTree(root: string): Omit<OracleRun, 'output'> {
  const files = new Map<string, Buffer>();
  const executables = new Set<string>();
  const links = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const path = relative(root, full).split('\\').join('/');
      if (entry.isSymbolicLink()) links.set(path, readlinkSync(full));
      else if (entry.isDirectory()) walk(full);
      else {
        files.set(path, readFileSync(full));
        if (lstatSync(full).mode & 0o111) executables.add(path);
      }
    }
  };
  walk(root);
  return { files, executables, links };
}
