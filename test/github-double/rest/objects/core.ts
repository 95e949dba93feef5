/**
 * GitHub's JSON for accounts, repositories, the app, installations, labels, teams and refs: each
 * the schema's minimal value (see instantiate.ts) with the double's state laid over it. URLs use
 * the GitHub Enterprise layout (`/api/v3/…` for the API, the root for HTML), which the double serves.
 */
import { createInstantiator, overlay } from '../../openapi/instantiate.ts';
import type { Commit } from '../../state/git.ts';
import {
  type Account,
  type AppRecord,
  type InstallationRecord,
  type Label,
  type RepoRecord,
  type TeamRecord,
  type World,
} from '../../state/store.ts';

export type CoreObjects = ReturnType<typeof createCoreObjects>;

export function createCoreObjects(world: World, url: string) {
  const make = createInstantiator(url);
  const api = `${url}/api/v3`;
  const repoApi = (repo: RepoRecord) => `${api}/repos/${repo.fullName}`;

  const user = (account: Account) => {
    const self = `${api}/users/${encodeURIComponent(account.login)}`;
    return overlay(make('simple-user'), {
      login: account.login,
      id: account.id,
      node_id: account.nodeId,
      type: account.type,
      site_admin: false,
      gravatar_id: '',
      url: self,
      // A bot's page is its app's: `callboard[bot]` → /apps/callboard.
      html_url: `${url}/${account.type === 'Bot' ? `apps/${account.login.replace(/\[bot\]$/, '')}` : encodeURIComponent(account.login)}`,
      avatar_url: `${url}/avatars/u/${account.id}`,
      repos_url: `${self}/repos`,
      organizations_url: `${self}/orgs`,
    });
  };

  const repoFields = (repo: RepoRecord) => {
    const open = [...repo.issues.values()].filter((issue) => issue.state === 'open').length;
    return {
      id: repo.id,
      node_id: repo.nodeId,
      name: repo.name,
      full_name: repo.fullName,
      owner: user(repo.owner),
      private: repo.private,
      visibility: repo.private ? 'private' : 'public',
      fork: repo.fork,
      archived: repo.archived,
      disabled: false,
      default_branch: repo.defaultBranch,
      url: repoApi(repo),
      html_url: `${url}/${repo.fullName}`,
      clone_url: `${url}/${repo.fullName}.git`,
      git_url: `${url.replace(/^http/, 'git')}/${repo.fullName}.git`,
      ssh_url: `git@${new URL(url).host}:${repo.fullName}.git`,
      svn_url: `${url}/${repo.fullName}`,
      contents_url: `${repoApi(repo)}/contents/{+path}`,
      pulls_url: `${repoApi(repo)}/pulls{/number}`,
      issues_url: `${repoApi(repo)}/issues{/number}`,
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_downloads: true,
      topics: [],
      open_issues: open,
      open_issues_count: open,
      created_at: repo.createdAt,
      updated_at: repo.pushedAt,
      pushed_at: repo.pushedAt,
      ...repo.settings,
    };
  };

  const repository = (repo: RepoRecord) => overlay(make('repository'), repoFields(repo));

  /** An app as GitHub shows it; Callboard (the default) also counts its installations, as in `GET /app`. */
  const integration = (app: AppRecord = world.app) =>
    overlay(make('integration'), {
      id: app.id,
      slug: app.slug,
      node_id: world.nodeId('A', app.id),
      client_id: `Iv1.${app.id}`,
      owner: user(app.owner),
      name: app.name,
      description: app.description,
      external_url: `${url}/apps/${app.slug}`,
      html_url: `${url}/apps/${app.slug}`,
      permissions: { ...app.permissions },
      events: [...app.events],
      installations_count: app === world.app ? world.installations.size : undefined,
    });

  const teamSimple = (team: TeamRecord) => ({
    id: team.id,
    node_id: team.nodeId,
    url: `${api}/organizations/${team.org.id}/team/${team.id}`,
    members_url: `${api}/organizations/${team.org.id}/team/${team.id}/members{/member}`,
    name: team.name,
    description: team.description,
    permission: 'pull',
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    html_url: `${url}/orgs/${team.org.login}/teams/${team.slug}`,
    repositories_url: `${api}/organizations/${team.org.id}/team/${team.id}/repos`,
    slug: team.slug,
    type: 'organization',
  });

  return {
    api,
    url,
    make,
    user,
    repository,
    minimalRepository: (repo: RepoRecord) => overlay(make('minimal-repository'), repoFields(repo)),
    fullRepository(repo: RepoRecord) {
      const base = overlay(make('full-repository'), {
        ...repoFields(repo),
        network_count: 0,
        subscribers_count: 0,
        has_discussions: false,
      });
      return repo.parent ? { ...base, parent: repository(repo.parent), source: repository(repo.parent) } : base;
    },
    integration,
    installation(installation: InstallationRecord) {
      const { account } = installation;
      return overlay(make('installation'), {
        id: installation.id,
        // GET /app/installations describes `account` as allOf [Simple User, Enterprise] (one of
        // them, in truth); the Enterprise fields it then requires are harmless extras here.
        account: {
          ...user(account),
          name: account.login,
          slug: account.login.toLowerCase(),
          created_at: installation.createdAt,
          updated_at: installation.createdAt,
        },
        repository_selection: installation.repositories === 'all' ? 'all' : 'selected',
        access_tokens_url: `${api}/app/installations/${installation.id}/access_tokens`,
        repositories_url: `${api}/installation/repositories`,
        html_url: `${url}/${account.type === 'Organization' ? `organizations/${account.login}/` : ''}settings/installations/${installation.id}`,
        app_id: world.appId,
        app_slug: world.appSlug,
        client_id: `Iv1.${world.appId}`,
        target_id: account.id,
        target_type: account.type === 'Organization' ? 'Organization' : 'User',
        // What the installation accepted: the app's permissions and events unless it was seeded with others.
        permissions: { ...(installation.permissions ?? world.app.permissions) },
        events: [...(installation.events ?? world.app.events)],
        created_at: installation.createdAt,
        updated_at: installation.createdAt,
      });
    },
    label: (repo: RepoRecord, label: Label) => ({
      id: label.id,
      node_id: label.nodeId,
      url: `${repoApi(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: null,
      color: label.color,
      default: false,
    }),
    team(team: TeamRecord) {
      const parent = team.parent ? world.teamsOf(team.org.login).get(team.parent.toLowerCase()) : undefined;
      return overlay(make('team'), { ...teamSimple(team), parent: parent ? teamSimple(parent) : null });
    },
    gitRef: (repo: RepoRecord, branch: string, sha: string) => ({
      ref: `refs/heads/${branch}`,
      node_id: world.nodeId('REF', repo.id) + Buffer.from(branch).toString('base64url'),
      url: `${repoApi(repo)}/git/refs/heads/${branch}`,
      object: { type: 'commit', sha, url: `${repoApi(repo)}/git/commits/${sha}` },
    }),
    /** A branch as `POST …/branches/{branch}/rename` answers: its head commit (in brief) and protection. */
    branchWithProtection(repo: RepoRecord, branch: string, sha: string) {
      const self = `${repoApi(repo)}/branches/${encodeURIComponent(branch)}`;
      return overlay(make('branch-with-protection'), {
        name: branch,
        protected: repo.protection.has(branch),
        protection_url: `${self}/protection`,
        _links: { self, html: `${url}/${repo.fullName}/tree/${branch}` },
        commit: overlay(make('commit'), {
          sha,
          node_id: world.nodeId('C', repo.id) + sha.slice(0, 12),
          url: `${repoApi(repo)}/commits/${sha}`,
          html_url: `${url}/${repo.fullName}/commit/${sha}`,
          comments_url: `${repoApi(repo)}/commits/${sha}/comments`,
        }),
      });
    },
    gitCommit: (repo: RepoRecord, commit: Commit) => {
      const person = { name: commit.author, email: `${commit.author}@users.noreply.github.com`, date: commit.date };
      return {
        sha: commit.sha,
        node_id: world.nodeId('C', repo.id) + commit.sha.slice(0, 12),
        url: `${repoApi(repo)}/git/commits/${commit.sha}`,
        html_url: `${url}/${repo.fullName}/commit/${commit.sha}`,
        author: person,
        committer: person,
        tree: { sha: commit.tree, url: `${repoApi(repo)}/git/trees/${commit.tree}` },
        message: commit.message,
        parents: commit.parents.map((sha) => ({
          sha,
          url: `${repoApi(repo)}/git/commits/${sha}`,
          html_url: `${url}/${repo.fullName}/commit/${sha}`,
        })),
        // GitHub signs commits its API makes for an app.
        verification: { verified: true, reason: 'valid', signature: null, payload: null, verified_at: commit.date },
      };
    },
    /** A login as GitHub's `author_association` sees it on this repository. */
    association: (repo: RepoRecord, account: Account) =>
      account === repo.owner ? 'OWNER' : repo.permissions.has(account.login.toLowerCase()) ? 'COLLABORATOR' : 'NONE',
  };
}
