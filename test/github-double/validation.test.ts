import { describe, expect, it } from 'vitest';
import { matchRoute } from './openapi/document.ts';
import { checkResponse } from './openapi/validator.ts';
import { graphql, useDouble } from './fixture.ts';

let installation = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addRepository({ owner: 'acme', name: 'svc' });
  installation = double.addInstallation({ account: 'acme' }).id;
});

describe('requests GitHub would refuse', () => {
  it('a check run without head_sha: 422 as GitHub words it, and a violation', async () => {
    const client = fixture.client(installation);
    // A plain string route: Octokit's types would (rightly) refuse the missing head_sha.
    const route: string = 'POST /repos/{owner}/{repo}/check-runs';
    await expect(client.request(route, { owner: 'acme', repo: 'svc', name: 'x' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Invalid request.\n\n"head_sha" wasn\'t supplied.' } },
    });
    expect(fixture.expectViolations()).toEqual([
      `POST /repos/{owner}/{repo}/check-runs: request body must have required property 'head_sha' (got {"name":"x"})`,
    ]);
  });

  it('a query parameter of the wrong type, and a body that is not JSON', async () => {
    const token = await fixture.token(installation);
    const typed = await fixture.fetch('/repos/acme/svc/pulls?state=merged', { token });
    expect(typed.status).toBe(422);
    const broken = await fixture.fetch('/repos/acme/svc/issues', { method: 'POST', token, body: '{"title":' });
    expect(broken.status).toBe(400);
    expect(fixture.expectViolations()).toEqual([
      expect.stringMatching(
        /^GET \/repos\/\{owner\}\/\{repo\}\/pulls: request query\/state must be equal to one of the allowed values/,
      ),
      'POST /repos/{owner}/{repo}/issues: the body is not JSON',
    ]);
  });

  it('a query parameter GitHub does not define is served (GitHub ignores it) but flagged', async () => {
    const token = await fixture.token(installation);
    expect((await fixture.fetch('/repos/acme/svc/pulls?per_page=5&perpage=5', { token })).status).toBe(200);
    expect(fixture.expectViolations()).toEqual([
      "GET /repos/{owner}/{repo}/pulls: query parameter 'perpage' is not in GitHub's description (GitHub ignores it)",
    ]);
  });

  it('an endpoint the double does not implement, a route GitHub lacks, a method GitHub lacks', async () => {
    const token = await fixture.token(installation);
    const tags = await fixture.fetch('/api/v3/repos/acme/svc/tags', { token });
    expect(tags.status).toBe(404);
    expect(await tags.json()).toMatchObject({ message: 'Not Found' });
    expect((await fixture.fetch('/repos/acme/svc/no-such-thing', { token })).status).toBe(404);
    expect((await fixture.fetch('/rate_limit', { method: 'PUT', token })).status).toBe(404);
    expect(fixture.expectViolations()).toEqual([
      'the double does not implement GET /repos/{owner}/{repo}/tags',
      'no GitHub route matches GET /repos/acme/svc/no-such-thing',
      'GitHub has no PUT /rate_limit',
    ]);
  });

  it('a GraphQL document that does not parse', async () => {
    const token = await fixture.token(installation);
    const { status, body } = await graphql(fixture, token, 'query { repository(owner: "acme" name: "svc") { name }');
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(fixture.expectViolations()).toEqual([expect.stringContaining('graphql: the query does not parse')]);
  });
});

describe('response checking', () => {
  it('finds what a response lacks against GitHub schema (how the double checks itself)', () => {
    const operation = matchRoute('GET', '/repos/acme/svc/issues/comments/1')?.operation;
    if (!operation) throw new Error('no operation');
    expect(checkResponse(operation, 200, { id: 1, body: 'x' })).toEqual(
      expect.arrayContaining([expect.stringContaining("must have required property 'node_id'")]),
    );
    expect(checkResponse(operation, 404, { message: 'Not Found' })).toEqual([]);
    expect(checkResponse(operation, 201, {})).toEqual(['issues/get-comment does not document status 201']);
  });
});
