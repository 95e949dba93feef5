/**
 * `callboard doctor` against the GitHub double, as an operator runs it beside the server: the same
 * environment (here through .env), GitHub asked with the app's JWT and each installation's token.
 * All well; an installation that has not accepted a permission and an event app.yml asks for; an
 * organisation without its catalog repository; a key that is another app's; nothing configured.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appManifest } from '../../app/config/app-config.ts';
import { main } from '../../app/cli/main.ts';
import { inThisThread } from '../../app/core/content-work.ts';
import { plainStyle } from '../../app/core/report/format-text.ts';
import type { GithubDouble } from '../github-double/index.ts';
import type { WorkflowPermission } from '../github-double/types.ts';
import { APP, startDouble } from '../support/github.ts';
import { NODE, REPO_ROOT } from '../support/paths.ts';
import { tempRepo } from '../support/temp-repo.ts';

let double: GithubDouble;
const manifest = appManifest();

beforeAll(async () => {
  double = await startDouble();
  for (const org of ['acme', 'globex', 'initech']) double.addOrganization(org);
  double.addRepository({ owner: 'acme', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  double.addRepository({ owner: 'globex', name: 'callboard-catalog', files: { 'README.md': '# The catalog\n' } });
  double.addRepository({ owner: 'initech', name: 'website', files: { 'README.md': '# Initech\n' } });
  double.addInstallation({ account: 'acme' });
  // Installed before the app asked for administration and workflows, and for the team event: not accepted yet.
  const { administration: _a, workflows: _w, ...older } = manifest.permissions;
  double.addInstallation({
    account: 'globex',
    permissions: older as Record<string, WorkflowPermission>,
    events: manifest.events.filter((e) => e !== 'team'),
  });
  double.addInstallation({ account: 'initech' });
}, 60_000);
afterAll(() => double?.close());

/** `.env` as the setup flow writes it, for the double (GHE_HOST), and the command run in that folder. */
async function doctor(args: string[] = [], key = APP.privateKey) {
  const cwd = tempRepo({
    '.env': `APP_ID=${APP.id}\nPRIVATE_KEY="${key.trim().replace(/\n/g, '\\n')}"\nGHE_HOST=${double.host}\nGHE_PROTOCOL=http\n`,
  });
  let out = '';
  let err = '';
  const io = {
    cwd,
    env: {},
    out: (t: string) => void (out += t),
    err: (t: string) => void (err += t),
    style: plainStyle,
    work: inThisThread,
  };
  const status = await main(['doctor', ...args], io);
  return { status, out, err };
}

describe('callboard doctor', () => {
  it('checks the app, its installations, what each accepted and its catalog repository, one line each', async () => {
    const run = await doctor();
    expect(run.status).toBe(1);
    expect(run.out).toContain(`✓ app: callboard (callboard), id ${APP.id}: the key is its own.`);
    expect(run.out).toContain('✓ installations: Installed on acme, globex, initech.');
    expect(run.out).toContain('✓ acme: permissions: Every permission and event of app.yml accepted.');
    expect(run.out).toContain(
      '✓ acme: catalog repository: acme/callboard-catalog is there, and the app can write to it.',
    );
    expect(run.out).toContain(
      '✗ globex: permissions: globex has not accepted workflows: write, administration: write, the team event.',
    );
    expect(run.out).toMatch(
      /fix: An owner of globex reviews and accepts the app's requested permissions: http:\/\/[^/]+\/organizations\/globex\/settings\/installations\/\d+$/m,
    );
    expect(run.out).toContain('✗ initech: catalog repository: initech/callboard-catalog does not exist');
    expect(run.out).toContain('fix: Create initech/callboard-catalog with a first commit (a README)');
    expect(run.out).toContain('2 of 8 checks failed.');
    expect(run.out + run.err).not.toContain('PRIVATE KEY');
  });

  it('says it as JSON too, and finds a catalog repository created since', async () => {
    const failed = async () => {
      const run = await doctor(['--json']);
      const report = JSON.parse(run.out) as { ok: boolean; checks: { name: string; ok: boolean }[] };
      expect(report.ok).toBe(false);
      return report.checks.filter((c) => !c.ok).map((c) => c.name);
    };
    expect(await failed()).toEqual(['globex: permissions', 'initech: catalog repository']);
    double.addRepository({ owner: 'initech', name: 'callboard-catalog', files: { 'README.md': '# Catalog\n' } });
    expect(await failed()).toEqual(['globex: permissions']);
  });

  it('stops at the app when the key is another app’s, and asks nothing more', async () => {
    const other = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey;
    const asked = double.requests.length;
    const run = await doctor([], other);
    expect(run.out.trim().split('\n')).toHaveLength(4);
    expect(run.status).toBe(1);
    expect(run.out).toContain(
      `✗ app: GitHub refuses the key for app id ${APP.id}: the key is another app's, or was deleted.`,
    );
    expect(double.requests.slice(asked).map((r) => r.operationId)).toEqual(['apps/get-authenticated']);
  });

  it('exits 2 naming what to set when nothing is configured', async () => {
    const cwd = tempRepo({});
    let err = '';
    const io = {
      cwd,
      env: {},
      out: () => {},
      err: (t: string) => void (err += t),
      style: plainStyle,
      work: inThisThread,
    };
    expect(await main(['doctor'], io)).toBe(2);
    expect(err).toMatch(/^callboard doctor: APP_ID and PRIVATE_KEY \(or PRIVATE_KEY_PATH\) are not set/);
  });

  it('runs from the bundle, which finds app.yml as the source does', async () => {
    const cwd = tempRepo({});
    writeFileSync(join(cwd, 'key.pem'), APP.privateKey);
    const child = spawn(NODE, [join(REPO_ROOT, 'dist/cli/index.js'), 'doctor', '--json'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        APP_ID: String(APP.id),
        PRIVATE_KEY_PATH: 'key.pem',
        GHE_HOST: double.host,
        GHE_PROTOCOL: 'http',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const status = await new Promise((resolve) => child.on('close', resolve));
    const report = JSON.parse(out) as { checks: { name: string; ok: boolean }[] };
    expect(report.checks.find((c) => c.name === 'globex: permissions')).toMatchObject({ ok: false });
    expect(status).toBe(1);
  });
});
