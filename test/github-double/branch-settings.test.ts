import { describe, expect, it } from 'vitest';
import { useDouble } from './fixture.ts';

let installation = 0;
let limited = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc' });
  double.pushCommit({ owner: 'acme', repo: 'svc', branch: 'release/1', files: { 'a.txt': 'a' } });
  double.setBranchProtection({
    owner: 'acme',
    repo: 'svc',
    branch: 'main',
    requiredReviews: 2,
    codeOwnerReviews: true,
    requiredChecks: ['build'],
    allowDeletions: true,
  });
  double.addBranchRuleset({
    owner: 'acme',
    repo: 'svc',
    rules: [{ type: 'pull_request', parameters: { required_approving_review_count: 1 } }, { type: 'deletion' }],
  });
  double.addBranchRuleset({
    owner: 'acme',
    repo: 'svc',
    branches: ['release/*'],
    rules: [
      { type: 'non_fast_forward' },
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'ci' }] } },
    ],
  });
  double.setSecurity({ owner: 'acme', repo: 'svc', secretScanning: true, dependabotSecurityUpdates: false });
  installation = double.addInstallation({ account: 'acme' }).id;
  limited = double.addInstallation({ account: 'acme', permissions: { contents: 'read' } }).id;
});

describe('branch protection, rulesets and security_and_analysis', () => {
  it('classic protection as GitHub shows it; an unprotected branch and an unknown one are 404s', async () => {
    const client = fixture.client(installation);
    const { data } = await client.rest.repos.getBranchProtection({ owner: 'acme', repo: 'svc', branch: 'main' });
    expect(data.required_pull_request_reviews).toMatchObject({
      required_approving_review_count: 2,
      require_code_owner_reviews: true,
    });
    expect(data.required_status_checks?.contexts).toEqual(['build']);
    expect(data.required_status_checks?.checks).toEqual([{ context: 'build', app_id: null }]);
    expect([data.allow_force_pushes?.enabled, data.allow_deletions?.enabled]).toEqual([false, true]);
    const unprotected = await client.rest.repos
      .getBranchProtection({ owner: 'acme', repo: 'svc', branch: 'release/1' })
      .catch((e: { status: number; response: { data: { message: string } } }) => e);
    expect(unprotected).toMatchObject({ status: 404, response: { data: { message: 'Branch not protected' } } });
    const missing = await client.rest.repos
      .getBranchProtection({ owner: 'acme', repo: 'svc', branch: 'nope' })
      .catch((e: { status: number; response: { data: { message: string } } }) => e);
    expect(missing).toMatchObject({ status: 404, response: { data: { message: 'Branch not found' } } });
  });

  it('classic protection needs administration: an installation without it gets 403', async () => {
    const client = fixture.client(limited);
    const denied = await client.rest.repos
      .getBranchProtection({ owner: 'acme', repo: 'svc', branch: 'main' })
      .catch((e: { status: number }) => e);
    expect(denied).toMatchObject({ status: 403 });
  });

  it("the rules of the rulesets that target a branch, each with its ruleset, parameters at GitHub's defaults", async () => {
    const client = fixture.client(limited);
    const main = await client.rest.repos.getBranchRules({ owner: 'acme', repo: 'svc', branch: 'main' });
    expect(main.data.map((r) => r.type)).toEqual(['pull_request', 'deletion']);
    expect(main.data[0]).toMatchObject({
      ruleset_source_type: 'Repository',
      ruleset_source: 'acme/svc',
      parameters: {
        required_approving_review_count: 1,
        require_code_owner_review: false,
        dismiss_stale_reviews_on_push: false,
      },
    });
    const release = await client.rest.repos.getBranchRules({ owner: 'acme', repo: 'svc', branch: 'release/1' });
    expect(release.data.map((r) => r.type)).toEqual(['non_fast_forward', 'required_status_checks']);
    const other = await client.rest.repos.getBranchRules({ owner: 'acme', repo: 'svc', branch: 'feature/x' });
    expect(other.data).toEqual([]);
  });

  it('security_and_analysis in the repository, shown to a caller with administration only', async () => {
    const { data } = await fixture.client(installation).rest.repos.get({ owner: 'acme', repo: 'svc' });
    expect(data.security_and_analysis).toEqual({
      secret_scanning: { status: 'enabled' },
      dependabot_security_updates: { status: 'disabled' },
    });
    const limitedView = await fixture.client(limited).rest.repos.get({ owner: 'acme', repo: 'svc' });
    expect(limitedView.data.security_and_analysis).toBeUndefined();
  });

  it('lists branches, `protected=true` only those a classic rule or a ruleset protects, to a caller without administration', async () => {
    fixture.double.addRepository({ owner: 'acme', name: 'open' });
    const client = fixture.client(limited);
    const all = await client.rest.repos.listBranches({ owner: 'acme', repo: 'svc' });
    expect(all.data.map((b) => [b.name, b.protected])).toEqual([
      ['main', true],
      ['release/1', true],
    ]);
    expect(all.data[0]!.commit.sha).toBe(fixture.double.branchHead('acme', 'svc', 'main'));
    expect((await client.rest.repos.listBranches({ owner: 'acme', repo: 'open', protected: true })).data).toEqual([]);
    expect(
      (await client.rest.repos.listBranches({ owner: 'acme', repo: 'open' })).data.map((b) => b.protected),
    ).toEqual([false]);
  });

  it('Dependabot alerts: 204 when on, 404 when off, 403 without administration', async () => {
    fixture.double.addRepository({ owner: 'acme', name: 'watched' });
    fixture.double.setSecurity({ owner: 'acme', repo: 'watched', vulnerabilityAlerts: true });
    const check = (installationId: number, repo: string) =>
      fixture
        .client(installationId)
        .request('GET /repos/{owner}/{repo}/vulnerability-alerts', { owner: 'acme', repo })
        .then(
          (r) => r.status,
          (e: { status: number }) => e.status,
        );
    expect(await check(installation, 'watched')).toBe(204);
    expect(await check(installation, 'svc')).toBe(404);
    expect(await check(limited, 'watched')).toBe(403);
  });
});
