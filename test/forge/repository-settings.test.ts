/**
 * The GitHub forge's repositorySettings against the double: rulesets and classic protection
 * combined (the stricter wins), security_and_analysis, and what GitHub will not tell left out.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Forge } from '../../app/forge/types.ts';
import type { GithubDouble } from '../github-double/index.ts';
import { forgeAgainst, startDouble } from '../support/github.ts';

let double: GithubDouble;
let forge: Forge;
/** An installation that never got the administration permission: classic protection answers 403. */
let withoutAdministration: Forge;
const at = (name: string) => ({ owner: 'acme', name });

beforeAll(async () => {
  double = await startDouble();
  double.addOrganization('acme');
  for (const name of ['plain', 'classic', 'rulesets', 'both', 'secure']) double.addRepository({ owner: 'acme', name });
  double.setBranchProtection({
    owner: 'acme',
    repo: 'classic',
    branch: 'main',
    requiredReviews: 1,
    requiredChecks: ['build'],
  });
  double.addBranchRuleset({
    owner: 'acme',
    repo: 'rulesets',
    rules: [
      { type: 'pull_request', parameters: { required_approving_review_count: 2, require_code_owner_review: true } },
      { type: 'deletion' },
    ],
  });
  double.addBranchRuleset({
    owner: 'acme',
    repo: 'rulesets',
    branches: ['release/*'],
    rules: [{ type: 'non_fast_forward' }],
  });
  double.setBranchProtection({
    owner: 'acme',
    repo: 'both',
    branch: 'main',
    requiredReviews: 3,
    requiredChecks: ['build', 'lint'],
    allowForcePushes: true,
    allowDeletions: true,
  });
  double.addBranchRuleset({
    owner: 'acme',
    repo: 'both',
    rules: [
      { type: 'pull_request', parameters: { required_approving_review_count: 1, require_code_owner_review: true } },
      {
        type: 'required_status_checks',
        parameters: { required_status_checks: [{ context: 'test' }, { context: 'build' }] },
      },
      { type: 'non_fast_forward' },
    ],
  });
  double.setSecurity({
    owner: 'acme',
    repo: 'secure',
    secretScanning: true,
    dependabotSecurityUpdates: false,
    vulnerabilityAlerts: true,
  });
  forge = forgeAgainst(double, double.addInstallation({ account: 'acme' }).id).forge;
  const limited = double.addInstallation({ account: 'acme', permissions: { contents: 'write', checks: 'write' } });
  withoutAdministration = forgeAgainst(double, limited.id).forge;
});
afterEach(() => {
  double.reset();
});
afterAll(() => double.close());

describe('repository settings', () => {
  it('an unprotected repository: protection and Dependabot alerts known to be off, security features not reported', async () => {
    expect(await forge.repositorySettings(at('plain'), 'main')).toEqual({
      branchProtection: {
        enabled: false,
        requiredReviews: 0,
        codeOwnerReviews: false,
        requiredChecks: [],
        allowsForcePushes: true,
        allowsDeletions: true,
      },
      dependabotAlerts: false,
    });
  });

  it('classic protection only', async () => {
    expect((await forge.repositorySettings(at('classic'), 'main'))?.branchProtection).toEqual({
      enabled: true,
      requiredReviews: 1,
      codeOwnerReviews: false,
      requiredChecks: ['build'],
      allowsForcePushes: false,
      allowsDeletions: false,
    });
  });

  it('rulesets only, those that target the branch', async () => {
    expect((await forge.repositorySettings(at('rulesets'), 'main'))?.branchProtection).toEqual({
      enabled: true,
      requiredReviews: 2,
      codeOwnerReviews: true,
      requiredChecks: [],
      allowsForcePushes: true,
      allowsDeletions: false,
    });
    expect((await forge.repositorySettings(at('rulesets'), 'release/1'))?.branchProtection).toMatchObject({
      enabled: true,
      requiredReviews: 0,
      allowsForcePushes: false,
      allowsDeletions: true,
    });
  });

  it('both combined: the stricter wins', async () => {
    expect((await forge.repositorySettings(at('both'), 'main'))?.branchProtection).toEqual({
      enabled: true,
      requiredReviews: 3,
      codeOwnerReviews: true,
      requiredChecks: ['build', 'lint', 'test'],
      allowsForcePushes: false,
      allowsDeletions: true,
    });
  });

  it('reads security_and_analysis and whether Dependabot alerts are on', async () => {
    expect(await forge.repositorySettings(at('secure'), 'main')).toMatchObject({
      secretScanning: true,
      dependabotSecurityUpdates: false,
      dependabotAlerts: true,
    });
  });

  it('reads only the parts asked', async () => {
    expect(await forge.repositorySettings(at('secure'), 'main', ['alerts'])).toEqual({ dependabotAlerts: true });
    expect(double.requests.map((r) => r.operationId)).toEqual(['repos/get', 'repos/check-vulnerability-alerts']);
    double.reset();
    expect(await forge.repositorySettings(at('both'), 'main', ['security'])).toEqual({});
    expect(double.requests.map((r) => r.operationId)).toEqual(['repos/get']);
  });

  it('asking again for protection and security costs only 304s', async () => {
    const parts = ['protection', 'security'] as const;
    await forge.repositorySettings(at('both'), 'main', parts);
    double.reset();
    await forge.repositorySettings(at('both'), 'main', parts);
    expect(double.requests.map((r) => [r.operationId, r.status])).toEqual([
      ['repos/get', 304],
      ['repos/get-branch-rules', 304],
      ['repos/list-branches', 304],
      ['repos/get-branch-protection', 304],
    ]);
  });

  it('an unprotected branch costs no 404 (which would count every time): the protected branches are listed, and asked again for free', async () => {
    await forge.repositorySettings(at('plain'), 'main', ['protection']);
    expect(double.requests.map((r) => r.operationId)).not.toContain('repos/get-branch-protection');
    double.reset();
    await forge.repositorySettings(at('plain'), 'main', ['protection']);
    expect(double.requests.map((r) => r.status)).toEqual([304, 304, 304]);
  });

  it("without the administration permission a protected branch's classic rule is unknown, so its protection is not reported; nor are security_and_analysis and alerts", async () => {
    expect(await withoutAdministration.repositorySettings(at('both'), 'main')).toEqual({});
    expect(
      double.requests
        .filter(
          (r) =>
            r.operationId === 'repos/get-branch-protection' || r.operationId === 'repos/check-vulnerability-alerts',
        )
        .map((r) => r.status),
    ).toEqual([403, 403]);
    // An unprotected branch is known to be unprotected: the listing of protected branches needs no administration.
    expect(await withoutAdministration.repositorySettings(at('secure'), 'main')).toEqual({
      branchProtection: {
        enabled: false,
        requiredReviews: 0,
        codeOwnerReviews: false,
        requiredChecks: [],
        allowsForcePushes: true,
        allowsDeletions: true,
      },
    });
  });

  it('a repository it cannot see is undefined', async () => {
    expect(await forge.repositorySettings(at('nope'), 'main')).toBeUndefined();
  });
});
