import { describe, expect, it } from 'vitest';
import { APP_ID, useDouble } from './fixture.ts';

let installation = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc', files: { 'catalog-info.yaml': 'kind: Component\n' } });
  installation = double.addInstallation({ account: 'acme' }).id;
});

const annotation = (line: number) => ({
  path: 'catalog-info.yaml',
  start_line: line,
  end_line: line,
  annotation_level: 'warning' as const,
  message: `problem ${line}`,
});
const many = (from: number, count: number) => Array.from({ length: count }, (_, i) => annotation(from + i));

describe('check runs', () => {
  it('are created, updated with appended annotations, and completed by a conclusion', async () => {
    const client = fixture.client(installation);
    const sha = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    const created = await client.rest.checks.create({
      owner: 'acme',
      repo: 'svc',
      name: 'Callboard / descriptors',
      head_sha: sha,
      status: 'in_progress',
      external_id: 'run-1',
      details_url: 'https://callboard.example/runs/1',
      output: { title: 'Checking', summary: 'Working…', annotations: many(1, 50) },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      head_sha: sha,
      app: { id: APP_ID, slug: 'callboard' },
      output: { annotations_count: 50 },
    });
    const id = created.data.id;
    const updated = await client.rest.checks.update({
      owner: 'acme',
      repo: 'svc',
      check_run_id: id,
      conclusion: 'failure',
      output: { title: '3 problems', summary: 'Found 55', text: 'details', annotations: many(51, 5) },
    });
    expect(updated.data).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '3 problems', summary: 'Found 55', text: 'details', annotations_count: 55 },
    });
    expect(updated.data.completed_at).not.toBeNull();
    const annotations = await client.paginate(client.rest.checks.listAnnotations, {
      owner: 'acme',
      repo: 'svc',
      check_run_id: id,
      per_page: 20,
    });
    expect(annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 55 }, (_, i) => i + 1));
    expect((await client.rest.checks.get({ owner: 'acme', repo: 'svc', check_run_id: id })).data.conclusion).toBe(
      'failure',
    );
    expect(fixture.double.checkRuns('acme', 'svc')).toMatchObject([
      {
        id,
        name: 'Callboard / descriptors',
        headSha: sha,
        status: 'completed',
        conclusion: 'failure',
        title: '3 problems',
        externalId: 'run-1',
        detailsUrl: 'https://callboard.example/runs/1',
      },
    ]);
    expect(fixture.double.checkRuns('acme', 'svc')[0]?.annotations).toHaveLength(55);
  });

  it('are listed for a ref (branch or sha), the latest of each name unless filter=all', async () => {
    const client = fixture.client(installation);
    const sha = fixture.double.pushCommit({ owner: 'acme', repo: 'svc', branch: 'feature', files: { 'x.txt': 'x' } });
    for (const name of ['lint', 'lint', 'test']) {
      await client.rest.checks.create({
        owner: 'acme',
        repo: 'svc',
        name,
        head_sha: sha,
        conclusion: 'success',
        output: { title: name, summary: 'ok' },
      });
    }
    const latest = await client.rest.checks.listForRef({ owner: 'acme', repo: 'svc', ref: 'feature' });
    expect(latest.data.total_count).toBe(2);
    expect(latest.data.check_runs.map((r) => r.name).sort()).toEqual(['lint', 'test']);
    const all = await client.rest.checks.listForRef({
      owner: 'acme',
      repo: 'svc',
      ref: sha,
      filter: 'all',
      check_name: 'lint',
      app_id: APP_ID,
    });
    expect(all.data.total_count).toBe(2);
    const other = await client.rest.checks.listForRef({ owner: 'acme', repo: 'svc', ref: sha, app_id: APP_ID + 1 });
    expect(other.data.total_count).toBe(0);
  });

  it('refuse 51 annotations in one request, and a summary over 65535 characters', async () => {
    const client = fixture.client(installation);
    const sha = fixture.double.branchHead('acme', 'svc', 'main') ?? '';
    await expect(
      client.rest.checks.create({
        owner: 'acme',
        repo: 'svc',
        name: 'x',
        head_sha: sha,
        output: { title: 't', summary: 's', annotations: many(1, 51) },
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Only 50 annotations are allowed per request.'),
    });
    await expect(
      client.rest.checks.create({
        owner: 'acme',
        repo: 'svc',
        name: 'x',
        head_sha: sha,
        output: { title: 't', summary: 's'.repeat(70_000) },
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Only 65535 characters are allowed; 70000 were supplied.'),
    });
    // Both are outside GitHub's schema for the operation: the code under test must never send them.
    expect(fixture.expectViolations()).toEqual([
      expect.stringContaining(
        'POST /repos/{owner}/{repo}/check-runs: request body/output/annotations must NOT have more than 50 items',
      ),
      expect.stringContaining(
        'POST /repos/{owner}/{repo}/check-runs: request body/output/summary must NOT have more than 65535 characters',
      ),
    ]);
    expect(fixture.double.checkRuns('acme', 'svc').filter((r) => r.name === 'x')).toEqual([]);
  });

  it('refuse a head_sha that is no commit', async () => {
    const client = fixture.client(installation);
    await expect(
      client.rest.checks.create({ owner: 'acme', repo: 'svc', name: 'x', head_sha: 'a'.repeat(40) }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(`No commit found for SHA: ${'a'.repeat(40)}`),
    });
  });
});
