import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRIVATE_KEY, useDouble } from './fixture.ts';

let orgInstallation = 0;
let selectedInstallation = 0;

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addOrganization('other');
  for (const name of ['svc', 'web', 'lib'])
    double.addRepository({ owner: 'acme', name, files: { 'README.md': `# ${name}\n` } });
  double.addRepository({ owner: 'other', name: 'secret', private: true });
  double.addRepository({ owner: 'other', name: 'open' });
  orgInstallation = double.addInstallation({ account: 'acme' }).id;
  selectedInstallation = double.addInstallation({ account: 'other', repositories: ['open'] }).id;
});

function jwt(claims: Record<string, unknown>, key = PRIVATE_KEY): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key).toString('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);

describe('app authentication (JWT)', () => {
  it('issues an installation token through the JWT flow', async () => {
    const { status, data, headers } = await fixture
      .app()
      .request('POST /app/installations/{installation_id}/access_tokens', { installation_id: orgInstallation });
    expect(status).toBe(201);
    expect(data.token).toMatch(/^ghs_[A-Za-z0-9]{36}$/);
    expect(Date.parse(data.expires_at) - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    expect(data.repository_selection).toBe('all');
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['x-github-request-id']).toBeTruthy();
    expect(fixture.double.requests.at(-1)).toMatchObject({
      method: 'POST',
      route: '/app/installations/{installation_id}/access_tokens',
      operationId: 'apps/create-installation-access-token',
      status: 201,
    });
  });

  it('answers the app endpoints Probot calls', async () => {
    const app = fixture.app();
    expect((await app.rest.apps.getAuthenticated()).data).toMatchObject({ id: APP_ID, slug: 'callboard' });
    expect(
      (await app.rest.apps.listInstallations()).data.map((i) =>
        i.account && 'login' in i.account ? i.account.login : '',
      ),
    ).toEqual(['acme', 'other']);
    expect(
      (await app.rest.apps.getInstallation({ installation_id: selectedInstallation })).data.repository_selection,
    ).toBe('selected');
    expect((await app.rest.apps.getRepoInstallation({ owner: 'ACME', repo: 'svc' })).data.id).toBe(orgInstallation);
    expect((await app.rest.apps.getOrgInstallation({ org: 'other' })).data.id).toBe(selectedInstallation);
    await expect(app.rest.apps.getRepoInstallation({ owner: 'other', repo: 'secret' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses a JWT signed by another key, an expired one, and one from the far future', async () => {
    const other = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const tries = [
      jwt({ iss: APP_ID, iat: now() - 30, exp: now() + 500 }, other.privateKey),
      jwt({ iss: APP_ID, iat: now() - 700, exp: now() - 60 }),
      jwt({ iss: APP_ID, iat: now() - 30, exp: now() + 3600 }),
      jwt({ iss: APP_ID + 1, iat: now() - 30, exp: now() + 500 }),
    ];
    const answers = await Promise.all(
      tries.map((token) => fixture.fetch('/app', { headers: { authorization: `Bearer ${token}` } })),
    );
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401]);
    expect(((await answers[1]?.json()) as { message: string }).message).toMatch(/'Expiration time' claim \('exp'\)/);
    const good = await fixture.fetch('/app', {
      headers: { authorization: `Bearer ${jwt({ iss: String(APP_ID), iat: now() - 30, exp: now() + 540 })}` },
    });
    expect(good.status).toBe(200);
  });
});

describe('installation tokens', () => {
  it('refuse a missing or unknown token with 401', async () => {
    const anonymous = await fixture.fetch('/repos/acme/svc');
    expect(anonymous.status).toBe(401);
    const unknown = await fixture.fetch('/repos/acme/svc', { token: 'ghs_notarealtoken000000000000000000000' });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ message: 'Bad credentials' });
  });

  it('see only their installation: any other repository is Not Found', async () => {
    const token = await fixture.token(orgInstallation);
    expect((await fixture.fetch('/repos/acme/svc', { token })).status).toBe(200);
    const outside = await fixture.fetch('/repos/other/open', { token });
    expect(outside.status).toBe(404);
    expect(await outside.json()).toMatchObject({ message: 'Not Found' });
    const selected = await fixture.token(selectedInstallation);
    expect((await fixture.fetch('/repos/other/open', { token: selected })).status).toBe(200);
    expect((await fixture.fetch('/repos/other/secret', { token: selected })).status).toBe(404);
    expect((await fixture.fetch('/repos/acme/nope', { token })).status).toBe(404);
  });

  it('can be narrowed to some repositories when issued', async () => {
    const app = fixture.app();
    const { data } = await app.request('POST /app/installations/{installation_id}/access_tokens', {
      installation_id: orgInstallation,
      repositories: ['web'],
    });
    expect(data.repository_selection).toBe('selected');
    expect(data.repositories?.map((r) => r.name)).toEqual(['web']);
    expect((await fixture.fetch('/repos/acme/web', { token: data.token })).status).toBe(200);
    expect((await fixture.fetch('/repos/acme/svc', { token: data.token })).status).toBe(404);
    const lib = (await fixture.client(orgInstallation).rest.repos.get({ owner: 'acme', repo: 'lib' })).data.id;
    const byId = await app.request('POST /app/installations/{installation_id}/access_tokens', {
      installation_id: orgInstallation,
      repository_ids: [lib],
      permissions: { contents: 'read' },
    });
    expect(byId.data.permissions).toEqual({ contents: 'read' });
    expect((await fixture.fetch('/repos/acme/lib', { token: byId.data.token })).status).toBe(200);
    expect((await fixture.fetch('/repos/acme/web', { token: byId.data.token })).status).toBe(404);
    await expect(
      app.request('POST /app/installations/{installation_id}/access_tokens', {
        installation_id: orgInstallation,
        repositories: ['secret'],
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      app.request('POST /app/installations/{installation_id}/access_tokens', {
        installation_id: orgInstallation,
        permissions: { administration: 'write' },
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('The permissions requested are not granted to this installation.'),
    });
  });

  it('lists the installation repositories in pages, with a Link header', async () => {
    const client = fixture.client(orgInstallation);
    const first = await client.rest.apps.listReposAccessibleToInstallation({ per_page: 2 });
    expect(first.data.total_count).toBe(3);
    expect(first.data.repositories.map((r) => r.name)).toEqual(['svc', 'web']);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('/api/v3/installation/repositories?per_page=2&page=2>; rel="next"');
    const all = await client.paginate(client.rest.apps.listReposAccessibleToInstallation, { per_page: 2 });
    expect(all.map((r) => r.full_name)).toEqual(['acme/svc', 'acme/web', 'acme/lib']);
  });

  it('serve REST at the root as well as under /api/v3', async () => {
    const root = fixture.client(orgInstallation, { prefix: '' });
    expect((await root.rest.repos.get({ owner: 'acme', repo: 'lib' })).data.full_name).toBe('acme/lib');
    expect(fixture.double.requests.map((r) => r.path)).toContain('/repos/acme/lib');
  });
});

describe('rate limits', () => {
  it('count down on every answer, and /rate_limit reports the buckets', async () => {
    const token = await fixture.token(orgInstallation);
    const a = await fixture.fetch('/repos/acme/svc', { token });
    const b = await fixture.fetch('/repos/acme/web', { token });
    expect(a.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(a.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(a.headers.get('x-ratelimit-remaining')) - Number(b.headers.get('x-ratelimit-remaining'))).toBe(1);
    expect(Number(b.headers.get('x-ratelimit-used')) - Number(a.headers.get('x-ratelimit-used'))).toBe(1);
    expect(Number(b.headers.get('x-ratelimit-reset'))).toBeGreaterThan(now());
    const limits = (await (await fixture.fetch('/rate_limit', { token })).json()) as {
      resources: { core: { used: number } };
    };
    expect(limits.resources.core.used).toBe(Number(b.headers.get('x-ratelimit-used')));
  });

  it("are an installation's, shared by its tokens, and grow with its repositories and users as GitHub's do", async () => {
    const used = async (token: string) =>
      Number((await fixture.fetch('/repos/acme/svc', { token })).headers.get('x-ratelimit-used'));
    const first = await used(await fixture.token(orgInstallation));
    expect(await used(await fixture.token(orgInstallation))).toBe(first + 1);
    expect(await used(await fixture.token(selectedInstallation)).catch(() => 0)).toBeLessThan(first);
    // 3 + 30 repositories and 25 members: 5000 + 50 × 13 + 50 × 5.
    for (let i = 0; i < 30; i++) fixture.double.addRepository({ owner: 'acme', name: `more-${i}` });
    fixture.double.addTeam({
      org: 'acme',
      slug: 'everyone',
      members: Array.from({ length: 25 }, (_, i) => `person-${i}`),
    });
    const token = await fixture.token(orgInstallation);
    expect((await fixture.fetch('/repos/acme/svc', { token })).headers.get('x-ratelimit-limit')).toBe('5900');
    // The cap: 12,500 whatever the size.
    for (let i = 30; i < 300; i++) fixture.double.addRepository({ owner: 'acme', name: `more-${i}` });
    expect((await fixture.fetch('/repos/acme/svc', { token })).headers.get('x-ratelimit-limit')).toBe('12500');
  });
});
