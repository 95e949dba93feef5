/** `callboard impact --catalog DIR --repo NAME [--changed PATH ...] [--root DIR] [--format text|json|markdown]` */
import { stat } from 'node:fs/promises';
import { join, posix, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { entityYamlPath, INDEX_PATH } from '../core/catalog/render/catalog-paths.ts';
import { CatalogIndexError } from '../core/errors.ts';
import { impactOf, reportEntities, type RepositoryEntity } from '../core/impact/impact-report.ts';
import { renderImpactMarkdown, renderImpactText } from '../core/impact/render-impact.ts';
import type { Entity } from '../core/model/entity.ts';
import { readLocalCatalog, type LocalCatalog } from '../forge/local/catalog-output.ts';
import { UsageError } from '../forge/local/usage-error.ts';
import { validateLocalDescriptors } from '../forge/local/validate-local-descriptors.ts';
import { walkFiles } from '../forge/local/walk-files.ts';
import type { CliIo } from './cli-io.ts';
import { ROOT_DESCRIPTOR } from '../core/descriptor/descriptor-files.ts';

const HELP = `Usage: callboard impact --catalog DIR --repo NAME [options]

What a change to one repository touches in the organisation's catalog, as the app's pull request
comment says it: each touched entity's owner and contacts, system, domain, lifecycle and APIs, who
depends on it (directly and through others), and what the change does to its descriptor.

Options:
  --catalog DIR      a catalog built by "callboard catalog build" (its --out folder, or the catalog folder)
  --repo NAME        the repository (NAME or OWNER/NAME)
  --changed PATH     a changed path, relative to the repository root (repeat it); default: every
                     entity of the repository
  --root DIR         the repository's checkout: its descriptors are compared with the catalog's
  --format FORMAT    text (default), json or markdown
  -h, --help         show this help
`;

export const impactCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          catalog: { type: 'string' },
          repo: { type: 'string' },
          changed: { type: 'string', multiple: true },
          root: { type: 'string' },
          format: { type: 'string', default: 'text' },
        },
      }));
    } catch (e) {
      io.err(`callboard impact: ${(e as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (!values.catalog || !values.repo || !['text', 'json', 'markdown'].includes(values.format)) {
      io.err(`callboard impact: give --catalog DIR and --repo NAME, and --format text, json or markdown\n\n${HELP}`);
      return 2;
    }
    let catalog: LocalCatalog;
    try {
      catalog = await readLocalCatalog(resolve(io.cwd, values.catalog));
    } catch (e) {
      if (!(e instanceof CatalogIndexError)) throw e;
      io.err(`callboard impact: ${e.message}\n`);
      return 2;
    }
    const { index, folder, read } = catalog;
    if (!index) {
      io.err(
        `callboard impact: no catalog in ${values.catalog} (no ${join(folder, INDEX_PATH)}); build one with "callboard catalog build ORG_DIR --out ${values.catalog}"\n`,
      );
      return 2;
    }
    const repository = values.repo.includes('/') ? values.repo : `${index.organization}/${values.repo}`;
    const known = index.ofRepository(repository);
    // Without a checkout to compare, a repository the catalog does not know can only be a mistyped name.
    if (!known.length && !values.root)
      throw new UsageError(
        `--repo ${values.repo}: no entity of the catalog of ${index.organization} comes from ${repository}; give a repository it knows, or --root with its checkout`,
      );
    const root = values.root === undefined ? undefined : resolve(io.cwd, values.root);
    if (root !== undefined && !(await stat(root).catch(() => undefined))?.isDirectory())
      throw new UsageError(`--root ${values.root}: no such folder`);
    // Before: the catalog's normalised copy of each entity; after: the checkout's descriptors, when given.
    const before = (
      await Promise.all(
        known.map(async (e): Promise<RepositoryEntity | undefined> => {
          const [text] = await read([folder ? `${folder}/${entityYamlPath(e.ref)}` : entityYamlPath(e.ref)]);
          const entity = text === undefined ? undefined : (parseYaml(text) as Entity);
          return entity ? { ref: e.ref, path: e.source.path, entity } : undefined;
        }),
      )
    ).filter((e): e is RepositoryEntity => !!e);
    const after = root !== undefined ? await checkoutEntities(root, io) : before;
    const changedPaths = values.changed ?? [...new Set([...before, ...after].map((e) => e.path))];
    const report = impactOf({
      index,
      repository,
      repositoryUrl: known[0]?.source.url.split('/blob/')[0] ?? '',
      changedPaths,
      before,
      after,
    });
    io.out(
      values.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : values.format === 'markdown'
          ? renderImpactMarkdown(report)
          : renderImpactText(report),
    );
    return 0;
  },
};

async function checkoutEntities(root: string, { cwd, work }: CliIo): Promise<RepositoryEntity[]> {
  // A checkout without descriptors (the change removed them): nothing after.
  if (!(await walkFiles(root)).files.some((f) => posix.basename(f) === ROOT_DESCRIPTOR)) return [];
  const { report } = await validateLocalDescriptors({ work, patterns: [root], cwd, root });
  // Report paths are shown relative to cwd (absolute outside it); the impact needs them relative to the repository
  // root.
  return reportEntities(report, (shown) => relative(root, resolve(cwd, shown)).split('\\').join('/'));
}
