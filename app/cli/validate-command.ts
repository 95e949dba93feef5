/** `callboard validate [PATH|GLOB ...] [--format text|json|github] [--schema-dir DIR]` */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatGithub } from '../core/report/format-github.ts';
import { formatJson } from '../core/report/format-json.ts';
import { formatText } from '../core/report/format-text.ts';
import { validateLocalDescriptors } from '../forge/local/validate-local-descriptors.ts';
import type { CliIo } from './cli-io.ts';

const HELP = `Usage: callboard validate [PATH|GLOB ...] [options]

Validates Backstage catalog descriptors (catalog-info.yaml) exactly as Backstage would,
reporting every problem with its file, line and column.

With no PATH, every catalog-info.yaml below the current folder is checked
(node_modules and .git are skipped). A folder means every catalog-info.yaml below it.

Options:
  --format text|json|github  output for people (default), machines, or GitHub annotations
  --schema-dir DIR           JSON Schemas for your own kinds or stricter rules
  --root DIR                 repository root for $text/$json/$yaml (default: the git repository)
  --fail-on-warnings         exit 1 on warnings too
  -h, --help                 show this help

Exit status: 0 no errors, 1 errors found, 2 usage error.
`;

const FORMATS = ['text', 'json', 'github'] as const;

export const validateCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          format: { type: 'string', default: 'text' },
          'schema-dir': { type: 'string' },
          root: { type: 'string' },
          'fail-on-warnings': { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (e) {
      io.err(`callboard validate: ${(e as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) {
      io.err(`callboard validate: --format must be one of ${FORMATS.join(', ')}, not "${values.format}"\n`);
      return 2;
    }
    const { report, sources } = await validateLocalDescriptors({
      work: io.work,
      patterns: positionals,
      cwd: io.cwd,
      ...(values['schema-dir'] ? { schemaDir: resolve(io.cwd, values['schema-dir']) } : {}),
      ...(values.root ? { root: resolve(io.cwd, values.root) } : {}),
    });
    if (format === 'json') io.out(formatJson(report));
    else if (format === 'github') io.out(formatGithub(report));
    else io.out(formatText(report, (path) => sources.get(path), io.style));
    const { errors, warnings } = report.summary;
    return errors > 0 || (values['fail-on-warnings'] && warnings > 0) ? 1 : 0;
  },
};
