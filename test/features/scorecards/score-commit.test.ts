/**
 * The scorecard job against the GitHub double: the repository's settings (branch protection,
 * secret scanning) reach the checks as facts, and the starter "Security basics" track is reached
 * only when the default branch is protected; the check on the commit says so. Dependabot alerts
 * are read only when a check names them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices } from '../../support/app-services.ts';
import { scoreCommit } from '../../../app/features/scorecards/score-commit.ts';
import { createResponseCache } from '../../../app/forge/github/conditional-requests.ts';
import { createGithubForge } from '../../../app/forge/github/github-forge.ts';
import type { Forge } from '../../../app/forge/types.ts';
import type { GithubDouble } from '../../github-double/index.ts';
import { componentYaml } from '../../support/descriptors.ts';
import { APP, forgeAgainst, installationOctokit, startDouble } from '../../support/github.ts';
import { REPO_ROOT } from '../../support/paths.ts';

let double: GithubDouble;
let forge: Forge;
let installationId: number;
const secure = (name: string) => ({
  'catalog-info.yaml': componentYaml(name),
  'SECURITY.md': '# Security\n',
  '.github/dependabot.yml': 'version: 2\n',
});

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'vault', files: secure('vault') });
  double.addRepository({ owner: 'acme', name: 'open', files: secure('open') });
  double.addRepository({
    owner: 'acme',
    name: 'callboard-catalog',
    files: {
      'scorecards/security-basics.yaml': readFileSync(
        join(REPO_ROOT, 'templates', 'scorecards', 'security-basics.yaml'),
        'utf8',
      ),
    },
  });
  double.setBranchProtection({
    owner: 'acme',
    repo: 'vault',
    branch: 'main',
    requiredReviews: 2,
    allowForcePushes: false,
  });
  double.setSecurity({ owner: 'acme', repo: 'vault', secretScanning: true, vulnerabilityAlerts: true });
  double.addRepository({ owner: 'acme', name: 'alerts-catalog', files: { 'scorecards/alerts.yaml': ALERTS_TRACK } });
  installationId = double.addInstallation({ account: 'acme' }).id;
  forge = forgeAgainst(double, installationId).forge;
});
afterAll(() => double.close());

const ALERTS_TRACK = `apiVersion: callboard.dev/v1
kind: Track
metadata: { name: alerts, title: Alerts }
spec:
  levels:
    - name: Watched
      checks:
        - id: dependabot-alerts
          title: Dependabot alerts are on
          rule: { fact: github.dependabot.alerts, operator: equal, value: true }
          hint: Turn on Dependabot alerts in the repository's security settings.
`;

const scored = async (repo: string, catalog = 'callboard-catalog') => {
  const job = scoreCommit(testServices({ forge, catalogRepository: catalog }));
  const headSha = double.branchHead('acme', repo, 'main')!;
  await job({
    name: 'score-commit',
    id: repo,
    data: { installationId, repository: { owner: 'acme', name: repo }, htmlUrl: `${double.url}/acme/${repo}`, headSha },
  });
  // The newest: a check whose content changed is written afresh.
  return double.checkRuns('acme', repo).findLast((r) => r.name === 'Callboard / scorecard' && r.headSha === headSha)!;
};

describe('the scorecard job', () => {
  it('reads branch protection and secret scanning as facts: a protected repository reaches "Protected"', async () => {
    const check = await scored('vault');
    expect(check.title).toBe('Security basics: level 2 of 2 (Protected) (component vault)');
    expect(check.text).toContain(
      'The default branch requires a review — *passed*: github.branchProtection $.requiredReviews is 2',
    );
  });

  it('an unprotected default branch fails the review check, it is not "not reported"', async () => {
    const check = await scored('open');
    expect(check.title).toBe('Security basics: level 1 of 2 (Basics) (component open)');
    expect(check.text).toContain(
      'The default branch requires a review — *failed*: github.branchProtection $.requiredReviews is 0 (wanted ≥ 1)',
    );
  });

  it('reads whether Dependabot alerts are on when a check names them, and no other setting', async () => {
    double.reset();
    expect((await scored('vault', 'alerts-catalog')).title).toBe('Alerts: level 1 of 1 (Watched) (component vault)');
    expect(
      double.requests
        .map((r) => r.operationId)
        .filter((id) => id?.startsWith('repos/get-branch') || id === 'repos/check-vulnerability-alerts'),
    ).toEqual(['repos/check-vulnerability-alerts']);
    const open = await scored('open', 'alerts-catalog');
    expect(open.text).toContain('Dependabot alerts are on — *failed*');
  });

  it('in an organisation without scorecards writes nothing, and a second time asks only whether the catalog moved', async () => {
    double.addRepository({ owner: 'acme', name: 'plain-catalog', files: { 'README.md': '# The catalog\n' } });
    // As in the server: one cache of conditional reads, one reader of the catalog repository.
    const octokit = installationOctokit(double, installationId, createResponseCache());
    const services = testServices({
      forge: createGithubForge({ octokit, identity: { appId: APP.id, login: `${APP.slug}[bot]` } }),
      catalogRepository: 'plain-catalog',
    });
    const headSha = double.branchHead('acme', 'open', 'main')!;
    const push = () =>
      scoreCommit(services)({
        name: 'score-commit',
        id: `push-${headSha}`,
        data: {
          installationId,
          repository: { owner: 'acme', name: 'open' },
          htmlUrl: '',
          headSha,
          defaultBranch: true,
        },
      });
    const checks = double.checkRuns('acme', 'open').length;
    await push();
    const requests = double.requests.length;
    await push();
    expect(double.checkRuns('acme', 'open')).toHaveLength(checks);
    // The catalog repository did not move (a free 304), and it still has no scorecards: nothing else is read.
    const made = double.requests
      .slice(requests)
      .filter((r) => r.route !== '/app/installations/{installation_id}/access_tokens');
    expect(made.map((r) => `${r.method} ${r.path.replace('/api/v3', '')} ${r.status}`)).toEqual([
      'GET /repos/acme/plain-catalog/commits/HEAD 304',
    ]);
  });
});
