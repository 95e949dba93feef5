/**
 * Repositories, file contents, collaborator permissions, and git refs. Ref updates are GitHub's
 * compare-and-swap: without `force`, only a fast-forward is accepted.
 */
import { fail, notFound, paginate, str, type Handler, type RestContext } from '../context.ts';
import { holds } from '../permissions.ts';
import { timestamp, type BranchProtectionRecord, type RepoRecord, type RulesetRecord } from '../../state/store.ts';
import { trimChars } from '../../../../app/core/trim-chars.ts';

/** `heads/x` (the API's form) to the branch name; tags and other refs are not modelled. */
function branchOf(ctx: RestContext, ref: unknown): string {
  const name = String(ref).replace(/^refs\//, '');
  if (!name.startsWith('heads/')) {
    ctx.violation(`the double models branches only; asked for refs/${name}`);
    return notFound(ctx);
  }
  return name.slice('heads/'.length);
}

function commitExists(ctx: RestContext, sha: string | undefined): string {
  if (!sha || !ctx.world.git.commit(sha)) return fail(422, 'Object does not exist', ctx);
  return sha;
}

function contentEntry(
  ctx: RestContext,
  repo: RepoRecord,
  ref: string,
  path: string,
  sha: string,
  type: 'file' | 'dir',
  size: number,
) {
  const self = `${ctx.objects.api}/repos/${repo.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${ctx.objects.api}/repos/${repo.fullName}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const html = `${ctx.objects.url}/${repo.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  return {
    type,
    size,
    name: path.slice(path.lastIndexOf('/') + 1),
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? `${ctx.objects.url}/${repo.fullName}/raw/${ref}/${path}` : null,
    _links: { self, git, html },
  };
}

/** Whether a ruleset targets a branch: by name, `*` glob (not across `/`), `~DEFAULT_BRANCH` or `~ALL`. */
function targets(ruleset: RulesetRecord, repo: RepoRecord, branch: string): boolean {
  return ruleset.include.some((pattern) => {
    if (pattern === '~ALL') return true;
    if (pattern === '~DEFAULT_BRANCH') return branch === repo.defaultBranch;
    const name = pattern.replace(/^refs\/heads\//, '');
    const glob = name
      .split('**')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('.*');
    return new RegExp(`^${glob}$`).test(branch);
  });
}

/** The parameters GitHub requires of a rule, at GitHub's defaults, under the ones seeded. */
function withDefaults(rule: RulesetRecord['rules'][number]): RulesetRecord['rules'][number] {
  if (rule.type === 'pull_request') {
    const defaults = {
      dismiss_stale_reviews_on_push: false,
      require_code_owner_review: false,
      require_last_push_approval: false,
      required_approving_review_count: 0,
      required_review_thread_resolution: false,
    };
    return { type: rule.type, parameters: { ...defaults, ...rule.parameters } };
  }
  if (rule.type === 'required_status_checks') {
    return {
      type: rule.type,
      parameters: { required_status_checks: [], strict_required_status_checks_policy: false, ...rule.parameters },
    };
  }
  return rule;
}

/** `GET …/protection`'s answer for a protected branch (and `PUT`'s, which GitHub gives the same way). */
function protectionBody(ctx: RestContext, repo: RepoRecord, branch: string, protection: BranchProtectionRecord) {
  const self = `${ctx.objects.api}/repos/${repo.fullName}/branches/${encodeURIComponent(branch)}/protection`;
  const checks = protection.requiredChecks;
  return {
    url: self,
    ...(checks
      ? {
          required_status_checks: {
            url: `${self}/required_status_checks`,
            strict: false,
            contexts: [...checks],
            contexts_url: `${self}/required_status_checks/contexts`,
            checks: checks.map((context) => ({ context, app_id: null })),
          },
        }
      : {}),
    ...(protection.requiredReviews !== null
      ? {
          required_pull_request_reviews: {
            url: `${self}/required_pull_request_reviews`,
            dismiss_stale_reviews: false,
            require_code_owner_reviews: protection.codeOwnerReviews,
            required_approving_review_count: protection.requiredReviews,
            require_last_push_approval: false,
          },
        }
      : {}),
    required_signatures: { url: `${self}/required_signatures`, enabled: false },
    enforce_admins: { url: `${self}/enforce_admins`, enabled: false },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: protection.allowForcePushes },
    allow_deletions: { enabled: protection.allowDeletions },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false },
  };
}

/** Every file under a tree: path → blob sha, and the modes that are not 100644. */
function filesOfTree(ctx: RestContext, tree: string) {
  const files = new Map<string, string>();
  const modes = new Map<string, number>();
  const collect = (sha: string, prefix: string) => {
    for (const e of ctx.world.git.tree(sha) ?? []) {
      if (e.type === 'tree') collect(e.oid, `${prefix}${e.name}/`);
      else {
        files.set(`${prefix}${e.name}`, e.oid);
        if (e.mode !== 0o100644) modes.set(`${prefix}${e.name}`, e.mode);
      }
    }
  };
  collect(tree, '');
  return { files, modes };
}

export const repoHandlers: Record<string, Handler> = {
  /**
   * `security_and_analysis` is shown when seeded (setSecurity), to a caller with `administration`
   * (GitHub shows it to repository admins; a workflow token never has administration).
   */
  'repos/get'(ctx) {
    const repo = ctx.repo();
    const { security } = repo;
    const status = (enabled: boolean | undefined) =>
      enabled === undefined ? {} : { status: enabled ? 'enabled' : 'disabled' };
    const analysis =
      security && holds(ctx.caller, ['administration'], 'read')
        ? {
            security_and_analysis: {
              ...(security.secretScanning !== undefined ? { secret_scanning: status(security.secretScanning) } : {}),
              ...(security.dependabotSecurityUpdates !== undefined
                ? { dependabot_security_updates: status(security.dependabotSecurityUpdates) }
                : {}),
            },
          }
        : {};
    return { status: 200, body: { ...ctx.objects.fullRepository(repo), ...analysis } };
  },

  /**
   * The rules of every ruleset that targets the branch (whether or not it exists), as GitHub lists them: each with its
   * ruleset.
   */
  'repos/get-branch-rules'(ctx) {
    const repo = ctx.repo();
    const branch = String(ctx.params.branch);
    const rules = repo.rulesets
      .filter((ruleset) => targets(ruleset, repo, branch))
      .flatMap((ruleset) =>
        ruleset.rules.map((rule) => ({
          ...withDefaults(rule),
          ruleset_source_type: 'Repository',
          ruleset_source: repo.fullName,
          ruleset_id: ruleset.id,
        })),
      );
    const page = paginate(ctx, rules);
    return { status: 200, body: page.items, headers: page.headers };
  },

  /**
   * The branches, by name; `protected=true` keeps those a classic rule or a ruleset protects (GitHub's
   * `protected` flag; Callboard relies only on a classic rule making it true).
   */
  'repos/list-branches'(ctx) {
    const repo = ctx.repo();
    const wanted =
      ctx.query.protected === undefined ? undefined : ctx.query.protected === true || ctx.query.protected === 'true';
    const branches = [...repo.branches]
      .map(([name, sha]) => ({
        name,
        commit: { sha, url: `${ctx.objects.api}/repos/${repo.fullName}/commits/${sha}` },
        protected: repo.protection.has(name) || repo.rulesets.some((r) => targets(r, repo, name)),
      }))
      .filter((branch) => wanted === undefined || branch.protected === wanted)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const page = paginate(ctx, branches);
    return { status: 200, body: page.items, headers: page.headers };
  },

  /** Dependabot alerts: 204 when enabled, 404 when not; 403 without `administration: read`. */
  'repos/check-vulnerability-alerts'(ctx) {
    const repo = ctx.repo();
    return repo.security?.vulnerabilityAlerts ? { status: 204 } : fail(404, 'Not Found', ctx);
  },

  /** Classic protection: 404 `Branch not found` or `Branch not protected`; 403 without `administration: read`. */
  'repos/get-branch-protection'(ctx) {
    const repo = ctx.repo();
    const branch = String(ctx.params.branch);
    if (!repo.branches.has(branch)) return fail(404, 'Branch not found', ctx);
    const protection = repo.protection.get(branch) ?? fail(404, 'Branch not protected', ctx);
    return { status: 200, body: protectionBody(ctx, repo, branch, protection) };
  },

  'repos/get-content'(ctx) {
    const repo = ctx.repo();
    const ref = str(ctx.query.ref) ?? repo.defaultBranch;
    const commit = ctx.world.resolve(repo, ref) ?? fail(404, `No commit found for the ref ${ref}`, ctx);
    const path = trimChars(String(ctx.params.path), '/', 'both');
    const blobSha = commit.files.get(path);
    if (blobSha) {
      const data = ctx.world.git.blob(blobSha) ?? Buffer.alloc(0);
      if (/vnd\.github(?:\.v3)?\.raw/.test(String(ctx.request.headers.accept))) {
        return { status: 200, raw: { contentType: 'application/vnd.github.raw; charset=utf-8', data } };
      }
      // GitHub wraps the base64 at 60 characters, each line ending in '\n'.
      const content = (data.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
      return {
        status: 200,
        body: { ...contentEntry(ctx, repo, ref, path, blobSha, 'file', data.length), content, encoding: 'base64' },
      };
    }
    const treeSha = commit.dirs.get(path);
    const entries = treeSha ? ctx.world.git.tree(treeSha) : undefined;
    if (!treeSha || !entries) return notFound(ctx);
    return {
      status: 200,
      body: entries.map((e) => {
        const child = path ? `${path}/${e.name}` : e.name;
        return contentEntry(
          ctx,
          repo,
          ref,
          child,
          e.oid,
          e.type === 'tree' ? 'dir' : 'file',
          e.type === 'tree' ? 0 : (ctx.world.git.blob(e.oid)?.length ?? 0),
        );
      }),
    };
  },

  /**
   * The commit a ref points at. Only as GitHub's polling recipe asks for it — the `sha` media
   * type, a bare SHA as text, conditional on its ETag — not the full JSON commit (with files and
   * stats), which nothing here needs.
   */
  'repos/get-commit'(ctx) {
    const repo = ctx.repo();
    if (!/application\/vnd\.github(?:\.v3)?\.sha\b/.test(String(ctx.request.headers.accept))) {
      ctx.violation(
        'the double answers GET /repos/{owner}/{repo}/commits/{ref} only with Accept: application/vnd.github.sha',
      );
      return fail(415, 'Unsupported media type', ctx);
    }
    if (repo.branches.size === 0) return fail(409, 'Git Repository is empty.', ctx);
    const ref = String(ctx.params.ref);
    const commit = ctx.world.resolve(repo, ref) ?? fail(422, `No commit found for SHA: ${ref}`, ctx);
    return {
      status: 200,
      raw: { contentType: 'application/vnd.github.sha; charset=utf-8', data: Buffer.from(commit.sha) },
    };
  },

  'repos/get-collaborator-permission-level'(ctx) {
    const repo = ctx.repo();
    const account = ctx.world.findAccount(String(ctx.params.username)) ?? notFound(ctx);
    const granted = repo.permissions.get(account.login.toLowerCase());
    // Public repositories are readable by everyone; private ones by no one not granted access.
    const permission = granted ?? (account === repo.owner ? 'admin' : repo.private ? 'none' : 'read');
    const levels = ['none', 'read', 'write', 'admin'];
    const at = (level: string) => levels.indexOf(permission) >= levels.indexOf(level);
    return {
      status: 200,
      body: {
        permission,
        role_name: permission,
        user: {
          ...ctx.objects.user(account),
          role_name: permission,
          permissions: {
            admin: at('admin'),
            maintain: at('admin'),
            push: at('write'),
            triage: at('write'),
            pull: at('read'),
          },
        },
      },
    };
  },

  /**
   * A tree by sha, or the tree of a commit or branch (GitHub accepts those too); `recursive` lists
   * every level, cut short past GitHub's entry limit with `truncated: true`.
   */
  'git/get-tree'(ctx) {
    const repo = ctx.repo();
    const asked = String(ctx.params.tree_sha);
    const sha = ctx.world.resolve(repo, asked)?.tree ?? (ctx.world.git.tree(asked) ? asked : notFound(ctx));
    const recursive =
      ctx.query.recursive !== undefined && ctx.query.recursive !== '0' && ctx.query.recursive !== 'false';
    const api = `${ctx.objects.api}/repos/${repo.fullName}/git`;
    const entries: { path: string; mode: string; type: string; sha: string; size?: number; url: string }[] = [];
    const walk = (tree: string, prefix: string) => {
      for (const e of ctx.world.git.tree(tree) ?? []) {
        const path = `${prefix}${e.name}`;
        const size = e.type === 'blob' ? { size: ctx.world.git.blob(e.oid)?.length ?? 0 } : {};
        entries.push({
          path,
          mode: e.mode.toString(8).padStart(6, '0'),
          type: e.type,
          sha: e.oid,
          ...size,
          url: `${api}/${e.type}s/${e.oid}`,
        });
        if (recursive && e.type === 'tree') walk(e.oid, `${path}/`);
      }
    };
    walk(sha, '');
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const truncated = recursive && entries.length > ctx.world.treeEntryLimit;
    return {
      status: 200,
      body: {
        sha,
        url: `${api}/trees/${sha}`,
        tree: truncated ? entries.slice(0, ctx.world.treeEntryLimit) : entries,
        truncated,
      },
    };
  },

  /** A blob from UTF-8 text or base64 bytes: what `git hash-object` would name it. */
  'git/create-blob'(ctx) {
    const repo = ctx.repo();
    const content = String(ctx.body.content);
    const bytes = ctx.body.encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
    const sha = ctx.world.git.putBlob(bytes);
    return { status: 201, body: { sha, url: `${ctx.objects.api}/repos/${repo.fullName}/git/blobs/${sha}` } };
  },

  'git/get-blob'(ctx) {
    const repo = ctx.repo();
    const sha = String(ctx.params.file_sha);
    const blob = ctx.world.git.blob(sha) ?? notFound(ctx);
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_${sha}`,
        size: blob.length,
        url: `${ctx.objects.api}/repos/${repo.fullName}/git/blobs/${sha}`,
        // GitHub wraps base64 at 60 characters.
        content: `${blob.toString('base64').replace(/.{60}/g, '$&\n')}\n`,
        encoding: 'base64',
      },
    };
  },

  /**
   * A tree of blobs (by sha, or from `content` as UTF-8), over `base_tree`'s files when given; a
   * `sha: null` entry removes a path. Submodules (`commit` entries) are not modelled.
   */
  'git/create-tree'(ctx) {
    const repo = ctx.repo();
    const base = str(ctx.body.base_tree);
    if (base && !ctx.world.git.tree(base)) return fail(422, 'base_tree is not a valid tree oid', ctx);
    const { files, modes } = base ? filesOfTree(ctx, base) : { files: new Map<string, string>(), modes: new Map() };
    for (const entry of ctx.body.tree as {
      path: string;
      mode: string;
      type: string;
      sha?: string | null;
      content?: string;
    }[]) {
      if (entry.type !== 'blob')
        ctx.violation(`the double models blob entries only; got ${entry.type} for ${entry.path}`);
      if (entry.sha === null) {
        files.delete(entry.path);
        modes.delete(entry.path);
        continue;
      }
      const sha = entry.content !== undefined ? ctx.world.git.putBlob(entry.content) : String(entry.sha);
      if (!ctx.world.git.blob(sha)) return fail(422, `tree.sha ${sha} is not a valid blob`, ctx);
      files.set(entry.path, sha);
      const mode = parseInt(entry.mode, 8);
      if (mode === 0o100644) modes.delete(entry.path);
      else modes.set(entry.path, mode);
    }
    const sha = ctx.world.git.writeTree(files, modes);
    const api = `${ctx.objects.api}/repos/${repo.fullName}/git`;
    const tree = (ctx.world.git.tree(sha) ?? []).map((e) => ({
      path: e.name,
      mode: e.mode.toString(8).padStart(6, '0'),
      type: e.type,
      sha: e.oid,
      url: `${api}/${e.type}s/${e.oid}`,
    }));
    return { status: 201, body: { sha, url: `${api}/trees/${sha}`, tree, truncated: false } };
  },

  /** Renames a branch (the default one too: the repository follows), moving its protection with it. */
  'repos/rename-branch'(ctx) {
    const repo = ctx.repo();
    const from = String(ctx.params.branch);
    const to = String(ctx.body.new_name);
    const sha = repo.branches.get(from) ?? fail(404, 'Branch not found', ctx);
    if (repo.branches.has(to)) return fail(422, `Branch ${to} already exists`, ctx);
    repo.branches.delete(from);
    repo.branches.set(to, sha);
    if (repo.defaultBranch === from) repo.defaultBranch = to;
    const protection = repo.protection.get(from);
    if (protection) {
      repo.protection.delete(from);
      repo.protection.set(to, protection);
    }
    return { status: 201, body: ctx.objects.branchWithProtection(repo, to, sha) };
  },

  /** Replaces the repository's topics (GitHub lower-cases them). */
  'repos/replace-all-topics'(ctx) {
    const repo = ctx.repo();
    const names = (ctx.body.names as string[]).map((n) => n.toLowerCase());
    repo.settings.topics = names;
    return { status: 200, body: { names } };
  },

  /** Classic protection of a branch, as the request sets it (reviews, checks, force pushes, deletions). */
  'repos/update-branch-protection'(ctx) {
    const repo = ctx.repo();
    const branch = String(ctx.params.branch);
    if (!repo.branches.has(branch)) return fail(404, 'Branch not found', ctx);
    const reviews = ctx.body.required_pull_request_reviews as {
      required_approving_review_count?: number;
      require_code_owner_reviews?: boolean;
    } | null;
    const checks = ctx.body.required_status_checks as { contexts?: string[]; checks?: { context: string }[] } | null;
    repo.protection.set(branch, {
      requiredReviews: reviews ? (reviews.required_approving_review_count ?? 1) : null,
      codeOwnerReviews: reviews?.require_code_owner_reviews ?? false,
      requiredChecks: checks ? (checks.checks?.map((c) => c.context) ?? checks.contexts ?? []) : null,
      allowForcePushes: ctx.body.allow_force_pushes === true,
      allowDeletions: ctx.body.allow_deletions === true,
    });
    return { status: 200, body: protectionBody(ctx, repo, branch, repo.protection.get(branch)!) };
  },

  /** A commit of a tree the repository has, on parents it has, by the app (as GitHub's API makes them). */
  'git/create-commit'(ctx) {
    const repo = ctx.repo();
    const tree = str(ctx.body.tree);
    if (!tree || !ctx.world.git.tree(tree)) return fail(422, 'Tree SHA does not exist', ctx);
    const parents = Array.isArray(ctx.body.parents) ? ctx.body.parents.map(String) : [];
    for (const parent of parents)
      if (!ctx.world.git.commit(parent)) fail(422, 'Parent SHA does not exist or is not a commit object', ctx);
    const { files, modes } = filesOfTree(ctx, tree);
    const made = ctx.world.git.createCommit({
      parents,
      files,
      modes,
      message: String(ctx.body.message ?? ''),
      author: ctx.app.bot.login,
      date: timestamp(),
    });
    return { status: 201, body: ctx.objects.gitCommit(repo, made) };
  },

  'git/get-ref'(ctx) {
    const repo = ctx.repo();
    const branch = branchOf(ctx, ctx.params.ref);
    const sha = repo.branches.get(branch) ?? notFound(ctx);
    return { status: 200, body: ctx.objects.gitRef(repo, branch, sha) };
  },

  'git/create-ref'(ctx) {
    const repo = ctx.repo();
    const ref = String(ctx.body.ref);
    if (!/^refs\/[^/]+\/.+/.test(ref))
      fail(422, "Reference name must start with 'refs/' and have at least two slashes.", ctx);
    if (!ref.startsWith('refs/heads/')) {
      ctx.violation(`the double models branches only; cannot create ${ref}`);
      return fail(422, 'Reference update failed', ctx);
    }
    const branch = ref.slice('refs/heads/'.length);
    const sha = commitExists(ctx, str(ctx.body.sha));
    if (repo.branches.has(branch)) fail(422, 'Reference already exists', ctx);
    repo.branches.set(branch, sha);
    return { status: 201, body: ctx.objects.gitRef(repo, branch, sha) };
  },

  'git/update-ref'(ctx) {
    const repo = ctx.repo();
    const branch = branchOf(ctx, ctx.params.ref);
    ctx.beforeBranchWrite(repo, branch);
    const current = repo.branches.get(branch) ?? fail(422, 'Reference does not exist', ctx);
    const sha = commitExists(ctx, str(ctx.body.sha));
    if (ctx.body.force !== true && !ctx.world.git.isAncestor(current, sha))
      fail(422, 'Update is not a fast forward', ctx);
    repo.branches.set(branch, sha);
    return { status: 200, body: ctx.objects.gitRef(repo, branch, sha) };
  },

  'git/delete-ref'(ctx) {
    const repo = ctx.repo();
    const branch = branchOf(ctx, ctx.params.ref);
    if (!repo.branches.delete(branch)) fail(422, 'Reference does not exist', ctx);
    return { status: 204 };
  },
};
