/** `callboard doctor [--json]`: asks GitHub whether the app's configuration works, as the server reads it. */
import { parseArgs } from 'node:util';
import { appManifest, applyDotEnv, checkServerConfig } from '../config/app-config.ts';
import { diagnoseApp, type DoctorCheck } from '../forge/github/app-doctor.ts';
import { UsageError } from '../forge/local/usage-error.ts';
import type { CliIo } from './cli-io.ts';

const HELP = `Usage: callboard doctor [options]

Checks the GitHub App's configuration, read as the server reads it (the environment, after a .env
file in the current folder): that GitHub accepts the app's id and key, where it is installed, which
permissions and events of app.yml each installation has not accepted yet, and that each has its
catalog repository and can write to it. Nothing is written.

Options:
  --json        the checks as JSON
  -h, --help    show this help

Exit status: 0 all checks pass, 1 a check failed, 2 the configuration is incomplete or wrong.
`;

export const doctorCommand = {
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const env = { ...io.env };
    applyDotEnv(env, io.cwd);
    const checked = checkServerConfig(env, io.cwd);
    if (!checked.ok) throw new UsageError(checked.problems.join('\n  '));
    const { app, apiUrl, webUrl, catalogRepository } = checked.config;
    if (!app)
      throw new UsageError(
        'APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH) are not set, in the environment or in .env here: set them as the server has them.',
      );
    const checks = await diagnoseApp({
      appId: app.id,
      privateKey: app.privateKey,
      apiUrl,
      webUrl,
      catalogRepository,
      manifest: appManifest(),
    });
    io.out(values.json ? `${JSON.stringify({ ok: checks.every((c) => c.ok), checks }, null, 2)}\n` : lines(checks, io));
    return checks.every((c) => c.ok) ? 0 : 1;
  },
};

function lines(checks: readonly DoctorCheck[], io: CliIo): string {
  const failed = checks.filter((c) => !c.ok).length;
  return [
    ...checks.flatMap((check) => [
      `${check.ok ? io.style.green('✓') : io.style.red('✗')} ${io.style.bold(check.name)}: ${check.detail}`,
      ...(check.fix ? [`    ${io.style.dim('fix:')} ${check.fix}`] : []),
    ]),
    '',
    failed ? `${failed} of ${checks.length} checks failed.` : `All ${checks.length} checks pass.`,
    '',
  ].join('\n');
}
