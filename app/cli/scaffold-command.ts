/**
 * `callboard scaffold TEMPLATE --values FILE --out DIR`: a Backstage template rendered on this
 * machine, no GitHub needed — the files the new repository would get, with the answers file and
 * annotations that let template updates reach it later. `--dry-run` lists them and writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { isRecord } from '../core/model/entity.ts';
import type { Scaffolded } from '../core/scaffold/scaffold.ts';
import { readFileTree, templateYamlPath, writeFileTree } from '../forge/local/file-tree.ts';
import { UsageError } from '../forge/local/usage-error.ts';
import type { CliIo } from './cli-io.ts';

const HELP = `Usage: callboard scaffold TEMPLATE --values FILE --out DIR [options]

Renders a Backstage software template (scaffolder.backstage.io/v1beta3) on this machine: its steps
run as Backstage runs them (fetch:template, fetch:plain, catalog:write…), publish:github and
catalog:register are listed rather than carried out. TEMPLATE is a template.yaml or the folder
holding it; FILE holds the answers to its parameters (YAML or JSON).

The repository also gets .callboard/template.yaml (template, version, answers) and, in the
descriptor the template registers, the annotations backstage.io/source-template and
backstage.io/template-version, so "callboard template diff" and the app's update pull requests
can bring the template's later changes.

Options:
  --values FILE   the answers (required)
  --out DIR       where to write the files; must not exist or be empty (required unless --dry-run)
  --dry-run       list the files and what would be published; write nothing
  -h, --help      show this help

Exit codes: 0 rendered, 1 the answers or the template have errors, 2 a usage error.
`;

export const scaffoldCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { values: { type: 'string' }, out: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
    if (positionals.length !== 1 || !values.values || (!values.out && !values['dry-run']))
      throw new UsageError(`give TEMPLATE, --values FILE and --out DIR (or --dry-run)\n\n${HELP}`);
    const templatePath = templateYamlPath(resolve(io.cwd, positionals[0]!));
    const answers = await readAnswers(resolve(io.cwd, values.values));
    const out = values.out ? resolve(io.cwd, values.out) : undefined;
    if (out && existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length))
      throw new UsageError(`--out ${values.out} exists and is not an empty folder`);
    const folder = dirname(templatePath);
    // Templates are code from somewhere else: they run in a worker with a time budget.
    const result = await io.work.scaffold({
      templateText: await readFile(templatePath, 'utf8'),
      template: await readFileTree(folder),
      answers,
      source: relative(io.cwd, templatePath) || templatePath,
      version: commitOf(folder),
    });
    if (!result.ok) {
      io.err(problemsText(result, relative(io.cwd, templatePath)));
      return 1;
    }
    if (out) await writeFileTree(out, result.files);
    io.out(summary(result, out ? relative(io.cwd, out) || '.' : undefined));
    return 0;
  },
};

async function readAnswers(path: string): Promise<Record<string, unknown>> {
  if (!existsSync(path)) throw new UsageError(`--values ${path}: no such file`);
  let value: unknown;
  try {
    value = parseYaml(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--values ${path} is not YAML or JSON: ${(error as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw new UsageError(`--values ${path} must hold a mapping of parameter names to answers`);
  return value;
}

/** The commit the template's folder is at, when it is in a Git checkout: the version recorded. */
function commitOf(folder: string): string {
  try {
    return execFileSync('git', ['-C', folder, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return 'local';
  }
}

function problemsText(result: Extract<Scaffolded, { ok: false }>, template: string): string {
  const heading =
    result.kind === 'answers' ? `The answers do not fit ${template}'s form:` : `${template} cannot be run:`;
  return `${[heading, ...result.problems.map((p) => `  ${p.where ? `${p.where}: ` : ''}${p.message}`)].join('\n')}\n`;
}

function summary(result: Extract<Scaffolded, { ok: true }>, out: string | undefined): string {
  const lines = [
    `${result.spec.title} (${result.spec.ref}): ${result.files.files.size} files${out ? ` written to ${out}` : ''}`,
    ...[...result.files.files.keys()].map((path) => `  ${path}`),
  ];
  const { publish } = result;
  if (publish)
    lines.push(
      '',
      `publish:github would create ${publish.host}/${publish.owner}/${publish.repo} (${publish.settings.visibility}, default branch ${publish.defaultBranch})`,
    );
  for (const r of result.registrations)
    lines.push(`catalog:register would register ${r.path}${r.entityRef ? ` (${r.entityRef})` : ''}`);
  for (const n of result.notifications) lines.push(`notification:send: ${n.title}${n.info ? ` — ${n.info}` : ''}`);
  for (const link of result.links) lines.push(`${link.title ?? 'link'}: ${link.url ?? link.entityRef ?? ''}`);
  for (const line of result.log) lines.push(line);
  return `${lines.join('\n')}\n`;
}
