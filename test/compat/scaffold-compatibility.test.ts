/**
 * Callboard's scaffolder against Backstage's own (scaffolder-oracle.ts), byte for byte: the same
 * files, the same bytes, the same executable bits, from the same template and answers. The answers
 * are derived from each template's schema (defaults, first choices, a name), so no template needs
 * answers written by hand. Templates: Backstage's example in the shared corpus (skipped, loudly, when
 * the corpus is absent), and every template under CALLBOARD_REAL_TEMPLATES — a folder of real
 * templates, e.g. a clone of github.com/backstage/software-templates' `scaffolder-templates/` (not
 * copied into this project; docs/golden-paths.md says how to run it). A template that uses an action
 * Callboard does not run is listed, not compared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkValues, formFields } from '../../app/core/scaffold/parameters.ts';
import { runTemplate } from '../../app/core/scaffold/run-template.ts';
import { readTemplate } from '../../app/core/scaffold/scaffold.ts';
import { TemplateSpecError } from '../../app/core/scaffold/template-spec.ts';
import { readFileTree } from '../../app/forge/local/file-tree.ts';
import { CORPUS_DIR, corpusAvailable, corpusMissingNotice, REPO_ROOT } from '../support/paths.ts';
import { backstageScaffold } from './scaffolder-oracle.ts';

const CORPUS_TEMPLATES = ['default-app', 'legacy-app'].map((app) =>
  join(CORPUS_DIR, 'create-app/templates', app, 'examples/template/template.yaml'),
);
/** Folders of template folders, separated by `:`. */
const REAL = process.env.CALLBOARD_REAL_TEMPLATES;
const realTemplates = (REAL ? REAL.split(':') : []).flatMap((folder) =>
  readdirSync(folder)
    .map((name) => join(folder, name, 'template.yaml'))
    .filter((path) => existsSync(path)),
);

/** Answers a person might give: defaults, first choices, a name, a repository and an owner. */
export function answersFor(parameters: unknown): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const { name, schema } of formFields(parameters)) {
    if (schema.default !== undefined) continue;
    const items = schema.items as Record<string, unknown> | undefined;
    if (schema['ui:field'] === 'RepoUrlPicker') answers[name] = 'github.com?owner=acme&repo=demo-service';
    else if (Array.isArray(schema.enum)) answers[name] = schema.enum[0];
    else if (schema.type === 'boolean') answers[name] = true;
    else if (schema.type === 'number' || schema.type === 'integer') answers[name] = 8080;
    else if (schema.type === 'array') answers[name] = Array.isArray(items?.enum) ? [items.enum[0]] : ['one'];
    else if (schema.type === 'object') answers[name] = {};
    else if (/owner/i.test(name) || schema['ui:field'] === 'OwnerPicker') answers[name] = 'group:default/team-a';
    else if (/java.?package|package.?name/i.test(name)) answers[name] = 'io.acme.demo';
    else answers[name] = /name|id$/i.test(name) ? 'demo-service' : `A ${name} for the demo`;
  }
  return answers;
}

/** What Backstage's run wrote to package.json, by template: the harness's own check. */
const oracleCheck = new Map<string, string>();

interface Compared {
  template: string;
  files: number;
  differences: string[];
}

async function compare(
  templatePath: string,
  answers: (parameters: unknown) => Record<string, unknown> = answersFor,
): Promise<Compared | { template: string; skipped: string }> {
  const template = relative(process.cwd(), templatePath);
  let spec;
  try {
    spec = readTemplate(readFileSync(templatePath, 'utf8'));
  } catch (error) {
    if (error instanceof TemplateSpecError) return { template, skipped: error.reasons.join(' ') };
    throw error;
  }
  const checked = checkValues(spec.parameters, answers(spec.parameters));
  if ('problems' in checked)
    throw new Error(`${template}: the derived answers do not fit: ${JSON.stringify(checked.problems)}`);
  const run = async () =>
    runTemplate({ spec, template: await readFileTree(join(templatePath, '..')), parameters: checked.values }).workspace;
  let oracle;
  try {
    oracle = await backstageScaffold(templatePath, checked.values);
  } catch (refused) {
    // Backstage refuses it (a skeleton outside the template's folder, say): Callboard must refuse it too.
    const ours = await run().then(
      () => 'ran',
      (error: unknown) => (error as Error).message,
    );
    expect(ours, `${template}: Backstage refuses it (${(refused as Error).message}); Callboard ran it`).not.toBe('ran');
    return { template, skipped: `both refuse it: Backstage "${(refused as Error).message}", Callboard "${ours}"` };
  }
  oracleCheck.set(templatePath, oracle.files.get('package.json')?.toString() ?? '');
  const ours = await run();
  const differences: string[] = [];
  const paths = new Set([...oracle.files.keys(), ...oracle.links.keys(), ...ours.files.keys()]);
  for (const path of [...paths].sort()) {
    const mine = ours.files.get(path);
    const theirs = oracle.files.get(path);
    const link = oracle.links.get(path);
    if (!mine) differences.push(`${path}: only Backstage writes it`);
    else if (link !== undefined) {
      if (mine.kind !== 'symlink' || Buffer.from(mine.content).toString() !== link)
        differences.push(`${path}: Backstage writes a link to ${link}`);
    } else if (!theirs) differences.push(`${path}: only Callboard writes it`);
    else if (!Buffer.from(mine.content).equals(theirs)) differences.push(`${path}: the bytes differ`);
    else if ((mine.kind === 'executable') !== oracle.executables.has(path))
      differences.push(`${path}: the mode differs`);
  }
  return { template, files: oracle.files.size + oracle.links.size, differences };
}

describe("Callboard's scaffolder, byte for byte against Backstage's", () => {
  it.skipIf(!corpusAvailable)(
    "renders Backstage's example templates to the same files",
    async () => {
      for (const path of CORPUS_TEMPLATES) {
        const result = await compare(path);
        expect(result).not.toHaveProperty('skipped');
        const compared = result as Compared;
        process.stdout.write(
          `[callboard] ${compared.template}: ${compared.files} files, ${compared.differences.length} differences\n`,
        );
        expect(compared.differences).toEqual([]);
        expect(compared.files).toBeGreaterThan(1);
      }
    },
    60_000,
  );
  if (!corpusAvailable) it('notes that the shared corpus is absent', corpusMissingNotice);

  it("renders Callboard's golden paths to the same files, with plain answers and with tricky ones", async () => {
    const tricky = (parameters: unknown) => ({
      ...answersFor(parameters),
      name: '2048',
      description: 'Tiles */ process.exit(3) /* and "quotes"',
      owner: 'user:default/jane',
    });
    for (const name of ['node-service', 'node-library', 'docs-site'])
      for (const answers of [answersFor, tricky]) {
        const result = (await compare(
          join(REPO_ROOT, 'templates/golden-paths', name, 'template.yaml'),
          answers,
        )) as Compared;
        expect(result.differences, `${name} (${answers === tricky ? 'tricky' : 'plain'} answers)`).toEqual([]);
        expect(result.files).toBeGreaterThan(10);
      }
  }, 120_000);

  it.skipIf(!realTemplates.length)(
    'renders real templates to the same files (CALLBOARD_REAL_TEMPLATES)',
    async () => {
      let compared = 0;
      for (const path of realTemplates) {
        const result = await compare(path);
        if ('skipped' in result) {
          process.stdout.write(`[callboard] ${result.template}: not compared: ${result.skipped}\n`);
          continue;
        }
        compared++;
        process.stdout.write(
          `[callboard] ${result.template}: ${result.files} files, ${result.differences.length} differences\n`,
        );
        expect(result.differences, result.template).toEqual([]);
      }
      expect(compared).toBeGreaterThanOrEqual(5);
    },
    300_000,
  );
  if (!realTemplates.length)
    it('notes that no real templates were given', () => {
      process.stdout.write(
        '\n[callboard] CALLBOARD_REAL_TEMPLATES is not set: the real-template comparison is SKIPPED (docs/golden-paths.md).\n',
      );
    });
});
