import { describe, expect, it } from 'vitest';
import { useDouble } from './fixture.ts';

let installation = 0;
const MEMBERS = Array.from({ length: 7 }, (_, i) => `member-${i + 1}`);

const fixture = useDouble((double) => {
  double.addOrganization('acme');
  double.addOrganization('other');
  double.addRepository({ owner: 'acme', name: 'svc' });
  double.addRepository({ owner: 'acme', name: 'private', private: true });
  double.addTeam({
    org: 'acme',
    slug: 'platform',
    name: 'Platform',
    description: 'Runs the platform',
    members: MEMBERS,
  });
  for (const slug of ['platform-api', 'platform-web', 'data', 'security'])
    double.addTeam({ org: 'acme', slug, parent: slug.startsWith('platform-') ? 'platform' : undefined });
  double.addTeam({ org: 'other', slug: 'hidden' });
  double.setPermission({ owner: 'acme', repo: 'svc', login: 'alice', permission: 'write' });
  double.setPermission({ owner: 'acme', repo: 'svc', login: 'mallory', permission: 'none' });
  installation = double.addInstallation({ account: 'acme' }).id;
});

describe('teams', () => {
  it('are listed in pages with a Link header, each with its parent', async () => {
    const client = fixture.client(installation);
    const first = await client.rest.teams.list({ org: 'acme', per_page: 2 });
    expect(first.data.map((t) => t.slug)).toEqual(['platform', 'platform-api']);
    const link = first.headers.link ?? '';
    expect(link).toContain('/api/v3/orgs/acme/teams?per_page=2&page=2>; rel="next"');
    expect(link).toContain('page=3>; rel="last"');
    const all = await client.paginate(client.rest.teams.list, { org: 'acme', per_page: 2 });
    expect(all.map((t) => [t.slug, t.parent?.slug ?? null])).toEqual([
      ['platform', null],
      ['platform-api', 'platform'],
      ['platform-web', 'platform'],
      ['data', null],
      ['security', null],
    ]);
    expect(all[0]).toMatchObject({ name: 'Platform', description: 'Runs the platform' });
    const last = await client.rest.teams.list({ org: 'acme', per_page: 2, page: 3 });
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).toContain('rel="first"');
    expect(last.headers.link).not.toContain('rel="next"');
  });

  it('list their members in pages; another organization is Not Found', async () => {
    const client = fixture.client(installation);
    const members = await client.paginate(client.rest.teams.listMembersInOrg, {
      org: 'acme',
      team_slug: 'platform',
      per_page: 3,
    });
    expect(members.map((m) => m.login)).toEqual(MEMBERS);
    await expect(client.rest.teams.list({ org: 'other' })).rejects.toMatchObject({ status: 404 });
    await expect(client.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'nope' })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('collaborator permission', () => {
  it('reports granted, owner, public-read and private-none permissions; an unknown user is Not Found', async () => {
    const client = fixture.client(installation);
    const level = async (repo: string, username: string) =>
      (await client.rest.repos.getCollaboratorPermissionLevel({ owner: 'acme', repo, username })).data;
    expect(await level('svc', 'alice')).toMatchObject({
      permission: 'write',
      role_name: 'write',
      user: { login: 'alice', permissions: { push: true, admin: false } },
    });
    expect((await level('svc', 'mallory')).permission).toBe('none');
    expect((await level('svc', 'member-1')).permission).toBe('read');
    expect((await level('private', 'member-1')).permission).toBe('none');
    expect((await level('svc', 'acme')).permission).toBe('admin');
    await expect(level('svc', 'nobody-at-all')).rejects.toMatchObject({ status: 404 });
  });
});
