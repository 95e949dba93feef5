/**
 * `fetch:template`, `fetch:template:file`, `fetch:plain` and `fetch:plain:file`, with the rules of
 * Backstage's handlers (plugin-scaffolder-backend 4.3, `templateActionHandler`): every path is
 * rendered; a path that renders empty, absolute or with `//` is skipped (the way a template leaves a
 * file out: `{% if values.docker %}Dockerfile{% endif %}`); an existing file is kept unless
 * `replace`; binary files (isbinaryfile, as Backstage) and symbolic links are copied as they are;
 * text is read as UTF-8 and written back, rendered unless `copyWithoutTemplating` matches it, or,
 * with `templateFileExtension`, only files with that extension are rendered and lose it.
 * Skeletons are read from the template's own folder: an absolute URL is refused.
 */
import { isBinaryFileSync } from 'isbinaryfile';
import picomatch from 'picomatch';
import { rendering, templateEngine, type TemplateRenderer } from '../template-engine.ts';
import {
  checkLinkTarget,
  childPath,
  hasFolder,
  subtree,
  type FileTree,
  type TreeFile,
  type Workspace,
} from '../workspace.ts';
import {
  ActionInputError,
  booleanInput,
  requiredString,
  stringInput,
  type ActionContext,
  type TemplateAction,
} from './action.ts';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The folder (or file) a fetch action's `url` names, inside the template's folder. */
function sourcePath(input: Record<string, unknown>, action: string, required: boolean): string {
  const url = required ? requiredString(input, 'url', action) : (stringInput(input, 'url', action) ?? '.');
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    throw new ActionInputError(
      `${action}: url ${url} is not in the template's folder; Callboard reads skeletons from beside template.yaml (url: ./skeleton)`,
    );
  try {
    return childPath('', url);
  } catch {
    throw new ActionInputError(
      `${action}: url ${url} leaves the template's folder; Callboard reads skeletons from the folder of template.yaml and below (a skeleton shared by several templates: copy it beside each)`,
    );
  }
}

function skeletonOf(context: ActionContext, input: Record<string, unknown>, action: string): FileTree {
  const folder = sourcePath(input, action, true);
  if (!hasFolder(context.template, folder))
    throw new ActionInputError(`${action}: ${folder} is not a folder beside template.yaml`);
  return subtree(context.template, folder);
}

function fileOf(context: ActionContext, input: Record<string, unknown>, action: string): TreeFile {
  const path = sourcePath(input, action, true);
  const file = context.template.files.get(path);
  if (!file) throw new ActionInputError(`${action}: ${path} is not a file beside template.yaml`);
  return file;
}

interface TemplateSettings {
  target: string;
  copyOnly: ((path: string) => boolean) | undefined;
  extension: string | undefined;
  replace: boolean;
}

function templateSettings(input: Record<string, unknown>, action: string): TemplateSettings {
  // copyWithoutRender is the field's old name: Backstage 4.3 no longer reads it, Callboard still does.
  const patterns = input.copyWithoutTemplating ?? input.copyWithoutRender;
  if (patterns !== undefined && (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')))
    throw new ActionInputError(`${action}: input copyWithoutTemplating must be a list of glob patterns`);
  const extensionInput = input.templateFileExtension;
  if (extensionInput && (patterns || input.cookiecutterCompat))
    throw new ActionInputError(
      `${action}: input templateFileExtension cannot be used with copyWithoutTemplating or cookiecutterCompat`,
    );
  let extension: string | undefined;
  if (extensionInput) {
    extension = extensionInput === true ? '.njk' : String(extensionInput);
    if (!extension.startsWith('.')) extension = `.${extension}`;
  }
  return {
    target: childPath('', stringInput(input, 'targetPath', action) ?? './'),
    copyOnly: patterns ? picomatch(patterns as string[], { dot: true }) : undefined,
    extension,
    replace: booleanInput(input, 'replace', action) ?? false,
  };
}

function engineFor(context: ActionContext, input: Record<string, unknown>, action: string): TemplateRenderer {
  return templateEngine({
    ...context.engine,
    cookiecutterCompat: booleanInput(input, 'cookiecutterCompat', action),
    trimBlocks: booleanInput(input, 'trimBlocks', action),
    lstripBlocks: booleanInput(input, 'lstripBlocks', action),
  });
}

const valuesOf = (input: Record<string, unknown>) => ({
  [input.cookiecutterCompat ? 'cookiecutter' : 'values']: (input.values ?? {}) as never,
});

/** Text read as UTF-8 (keeping a byte-order mark, as Node's readFile does), rendered or not. */
function textOf(file: TreeFile, render: ((text: string) => string) | undefined): TreeFile {
  const text = decoder.decode(file.content);
  return { content: encoder.encode(render ? render(text) : text), kind: file.kind };
}

/** Folders first, then files, each as `path/` or `path` like globby's listing. */
function entriesOf(tree: FileTree): string[] {
  const folders = new Set(tree.folders);
  for (const path of tree.files.keys())
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) folders.add(path.slice(0, at));
  return [...[...folders].map((f) => `${f}/`), ...tree.files.keys()].sort();
}

const skipped = (path: string) => path === '' || path.startsWith('/') || path.includes('//');
const extname = (path: string) => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
};

function writeEntry(workspace: Workspace, outputPath: string, file: TreeFile | undefined, replace: boolean) {
  if (workspace.exists(outputPath) && !replace) return;
  if (!file) workspace.makeFolder(outputPath);
  else workspace.write(outputPath, file);
}

const fetchTemplate: TemplateAction = {
  id: 'fetch:template',
  run(input, context) {
    const action = this.id;
    const skeleton = skeletonOf(context, input, action);
    const settings = templateSettings(input, action);
    const engine = engineFor(context, input, action);
    const prepared = rendering(`${action} values`, () => engine.prepareContext(valuesOf(input)));
    const render = (what: string, text: string) => rendering(what, () => engine.render(text, prepared));
    for (const entry of entriesOf(skeleton)) {
      const isFolder = entry.endsWith('/');
      let local = isFolder ? entry.slice(0, -1) : entry;
      let renderContents = !settings.copyOnly?.(local);
      if (settings.extension && !isFolder) {
        renderContents = extname(local) === settings.extension;
        if (renderContents) local = local.slice(0, -settings.extension.length);
      }
      const rendered = render(`${action}: the path ${entry}`, isFolder ? `${local}/` : local);
      const outputRelative = isFolder ? rendered.replace(/\/$/, '') : rendered;
      if (skipped(outputRelative)) continue;
      const outputPath = childPath(settings.target, outputRelative);
      const file = isFolder ? undefined : skeleton.files.get(entry)!;
      if (file) checkLinkTarget(outputPath, file);
      const written =
        !file || file.kind === 'symlink' || isBinaryFileSync(Buffer.from(file.content))
          ? file
          : textOf(file, renderContents ? (text) => render(`${action}: ${entry}`, text) : undefined);
      writeEntry(context.workspace, outputPath, written, settings.replace);
    }
  },
};

const fetchTemplateFile: TemplateAction = {
  id: 'fetch:template:file',
  run(input, context) {
    const action = this.id;
    const target = childPath('', requiredString(input, 'targetPath', action));
    if (context.workspace.exists(target) && !booleanInput(input, 'replace', action)) {
      context.log(`File ${target} already exists in workspace, not replacing.`);
      return;
    }
    const file = fileOf(context, input, action);
    const engine = engineFor(context, input, action);
    const render = (text: string) => rendering(`${action}: ${target}`, () => engine.render(text, valuesOf(input)));
    context.workspace.write(target, { content: encoder.encode(render(decoder.decode(file.content))), kind: 'file' });
  },
};

const fetchPlain: TemplateAction = {
  id: 'fetch:plain',
  run(input, context) {
    const skeleton = skeletonOf(context, input, this.id);
    const target = childPath('', stringInput(input, 'targetPath', this.id) ?? './');
    for (const folder of skeleton.folders ?? []) context.workspace.makeFolder(childPath(target, folder));
    for (const [path, file] of skeleton.files) {
      const outputPath = childPath(target, path);
      checkLinkTarget(outputPath, file);
      context.workspace.write(outputPath, file);
    }
  },
};

const fetchPlainFile: TemplateAction = {
  id: 'fetch:plain:file',
  run(input, context) {
    const file = fileOf(context, input, this.id);
    const target = childPath('', requiredString(input, 'targetPath', this.id));
    checkLinkTarget(target, file);
    context.workspace.write(target, file);
  },
};

export const FETCH_ACTIONS = [fetchTemplate, fetchTemplateFile, fetchPlain, fetchPlainFile];
