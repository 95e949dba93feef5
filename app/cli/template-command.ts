/**
 * `callboard template diff REPO_DIR`: what the update pull request of a repository made from a
 * template would change, on this machine. The repository's `.callboard/template.yaml` names the
 * template and the version it was made from; the template is read from its Git checkout — the
 * recorded version from history, the new one from the working tree — and merged three ways with
 * the repository's files, as the app merges it.
 */
import { existsSync, lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isBinaryFileSync } from 'isbinaryfile';
import { ANSWERS_FILE, readOrigin } from '../core/scaffold/template-origin.ts';
import { short } from '../core/scaffold/update-campaign.ts';
import { readFileTree, templateYamlPath } from '../forge/local/file-tree.ts';
import { checkoutOf, headOf, readGitFolder } from '../forge/local/git-folder.ts';
import { UsageError } from '../forge/local/usage-error.ts';
import type { CliIo } from './cli-io.ts';

const HELP = `Usage: callboard template diff REPO_DIR [--template PATH]

Shows what the update pull request of a repository made from a template would change: the template
as it is now, against the version the repository recorded in .callboard/template.yaml, merged three
ways with the repository's own changes (conflicts marked the way git marks them).

Options:
  --template PATH   the template's template.yaml (or its folder), in a Git checkout that has the
                    recorded version (default: the source recorded in .callboard/template.yaml,
                    relative to the current folder)
  -h, --help        show this help

Exit codes: 0 up to date, 1 an update would change files, 2 a usage error.
`;

export const templateCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    const [mode, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { template: { type: 'string' } },
    });
    if (mode !== 'diff' || positionals.length !== 1) throw new UsageError(`give diff and REPO_DIR\n\n${HELP}`);
    const repo = resolve(io.cwd, positionals[0]!);
    const answersPath = join(repo, ANSWERS_FILE);
    if (!existsSync(answersPath))
      throw new UsageError(`${positionals[0]} has no ${ANSWERS_FILE}: it was not made from a template by Callboard`);
    const origin = readOrigin(await readFile(answersPath, 'utf8'));
    if ('problem' in origin) throw new UsageError(origin.problem);
    const templatePath = templateYamlPath(
      resolve(io.cwd, values.template ?? origin.source),
      'no such template (give --template PATH)',
    );
    const folder = dirname(templatePath);
    const checkout = await checkoutOf(folder);
    if (!checkout) throw new UsageError(`${folder} is not in a Git checkout: the recorded version cannot be read`);
    const before = await readGitFolder(checkout.root, origin.version, checkout.path);
    if (!before?.files.size)
      throw new UsageError(
        `${checkout.root} has no commit ${short(origin.version)} with ${checkout.path || 'the template'}: fetch its history, or give --template`,
      );
    const name = templatePath.slice(folder.length + 1);
    const after = await readFileTree(folder);
    const version = (await headOf(folder)) ?? 'local';
    const plan = await io.work.planTemplateUpdate(
      {
        repository: relative(io.cwd, repo) || '.',
        origin,
        before: { version: origin.version, templateText: text(before.files.get(name)), template: before },
        after: { version, templateText: text(after.files.get(name)), template: after },
      },
      async (paths) => readCurrent(repo, paths),
    );
    if (plan.status === 'failed') throw new UsageError(plan.reason);
    if (plan.status !== 'changes') {
      io.out(
        `Up to date with ${origin.template} (${short(version)}): ${plan.status === 'migrated' ? plan.evidence : ''}\n`,
      );
      return 0;
    }
    const heading = `${origin.template}: ${short(origin.version)} → ${short(version)}, ${plan.changes.length} files${plan.draft ? ', with conflicts' : ''}`;
    io.out([heading, ...plan.notes.map((n) => `  ${n}`), '', plan.diff, ''].join('\n'));
    return 1;
  },
};

const text = (file: { content: Uint8Array } | undefined) => (file ? new TextDecoder().decode(file.content) : '');

/** The repository's files at these paths: text, null when binary, left out when missing. */
async function readCurrent(repo: string, paths: readonly string[]): Promise<[string, string | null][]> {
  const found: [string, string | null][] = [];
  for (const path of paths) {
    const full = join(repo, path);
    if (!existsSync(full)) continue;
    // A link is not followed: it could point anywhere on this machine.
    const stats = lstatSync(full);
    if (stats.isSymbolicLink()) found.push([path, null]);
    if (!stats.isFile()) continue;
    const bytes = await readFile(full);
    found.push([path, isBinaryFileSync(bytes) ? null : bytes.toString('utf8')]);
  }
  return found;
}
