/**
 * GitHub App authentication as GitHub does it: an RS256 JWT signed with the app's private key for
 * the app endpoints, and installation tokens (`ghs_…`, one hour) for everything else. A token sees
 * only its installation's repositories; anything else is "Not Found", not "Forbidden".
 * A workflow's GITHUB_TOKEN is GitHub Actions' installation token for one repository, with the
 * permissions of the workflow's `permissions:`; the double issues it directly (no JWT exchange).
 */
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import type { InstallationRecord, RepoRecord, World } from '../state/store.ts';

export type Caller =
  | { kind: 'app' }
  | { kind: 'installation'; token: string; installation: InstallationRecord; repositories?: Set<string> }
  | { kind: 'workflow'; workflow: WorkflowToken }
  | { kind: 'anonymous' };

/** A workflow run's GITHUB_TOKEN: GitHub Actions, in one repository. */
export interface WorkflowToken {
  token: string;
  expiresAt: number;
  repo: RepoRecord;
  /** By the API's names (`pull_requests`); a permission not named is none. */
  permissions: Record<string, 'read' | 'write'>;
  /** GitHub Actions' installation on the repository, which GitHub names when the limit is spent. */
  installationId: number;
}

export type Authenticated = { ok: true; caller: Caller } | { ok: false; message: string };

export interface IssuedToken {
  token: string;
  expiresAt: number;
  installation: InstallationRecord;
  /** Narrowed at issue time (`repositories` in the request body), lowercase names. */
  repositories?: Set<string>;
}

export type Auth = ReturnType<typeof createAuth>;

const TOKEN_LIFETIME_MS = 60 * 60 * 1000;
// A GITHUB_TOKEN lives until its job ends, at most 24 hours; the double has no jobs, so 24 hours.
const WORKFLOW_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
// GitHub allows a JWT to live at most ten minutes; a minute of clock drift either way is tolerated.
const MAX_JWT_LIFETIME_S = 600;
const DRIFT_S = 60;
const BAD_JWT = 'A JSON web token could not be decoded';

function decodeJson(part: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const newToken = () => `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`;

export function createAuth(world: World, privateKey: string) {
  const publicKey: KeyObject = createPublicKey(privateKey);
  const tokens = new Map<string, IssuedToken>();
  const workflowTokens = new Map<string, WorkflowToken>();
  // One GitHub Actions installation per repository, numbered on its first token.
  const actionsInstallations = new Map<RepoRecord, number>();

  const verifyJwt = (jwt: string): string | undefined => {
    const [header, payload, signature] = jwt.split('.');
    const head = decodeJson(header);
    const claims = decodeJson(payload);
    if (!head || !claims || head.alg !== 'RS256' || !signature) return BAD_JWT;
    const signed = verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      publicKey,
      Buffer.from(signature, 'base64url'),
    );
    if (!signed || String(claims.iss) !== String(world.appId)) return BAD_JWT;
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now) {
      return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
    }
    if (claims.exp > now + MAX_JWT_LIFETIME_S + DRIFT_S)
      return "'Expiration time' claim ('exp') is too far in the future";
    if (typeof claims.iat !== 'number' || claims.iat > now + DRIFT_S) {
      return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued";
    }
    return undefined;
  };

  return {
    /**
     * Reads `Authorization: token X` / `Bearer X`. A JWT authenticates the app, `ghs_…` an installation or a
     * workflow.
     */
    authenticate(header: string | undefined): Authenticated {
      if (!header) return { ok: true, caller: { kind: 'anonymous' } };
      const credential = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())?.[1];
      if (!credential) return { ok: false, message: 'Bad credentials' };
      if (credential.split('.').length === 3) {
        const problem = verifyJwt(credential);
        return problem ? { ok: false, message: problem } : { ok: true, caller: { kind: 'app' } };
      }
      const workflow = workflowTokens.get(credential);
      if (workflow) {
        const live =
          workflow.expiresAt > Date.now() &&
          world.repo(workflow.repo.owner.login, workflow.repo.name) === workflow.repo;
        return live ? { ok: true, caller: { kind: 'workflow', workflow } } : { ok: false, message: 'Bad credentials' };
      }
      const issued = tokens.get(credential);
      if (!issued || issued.expiresAt <= Date.now() || !world.installations.has(issued.installation.id))
        return { ok: false, message: 'Bad credentials' };
      return {
        ok: true,
        caller: {
          kind: 'installation',
          token: credential,
          installation: issued.installation,
          repositories: issued.repositories,
        },
      };
    },
    issueToken(installation: InstallationRecord, repositories?: Set<string>): IssuedToken {
      const token = newToken();
      const issued: IssuedToken = { token, expiresAt: Date.now() + TOKEN_LIFETIME_MS, installation, repositories };
      tokens.set(token, issued);
      return issued;
    },
    issueWorkflowToken(repo: RepoRecord, permissions: WorkflowToken['permissions']): WorkflowToken {
      let installationId = actionsInstallations.get(repo);
      if (installationId === undefined)
        actionsInstallations.set(repo, (installationId = world.nextId('actions-installation') + 60_000_000));
      const issued: WorkflowToken = {
        token: newToken(),
        expiresAt: Date.now() + WORKFLOW_TOKEN_LIFETIME_MS,
        repo,
        permissions,
        installationId,
      };
      workflowTokens.set(issued.token, issued);
      return issued;
    },
    /** Whether an installation (and its token's narrowing) covers a repository. */
    covers(installation: InstallationRecord, repo: RepoRecord, narrowed?: Set<string>): boolean {
      if (installation.account !== repo.owner) return false;
      const name = repo.name.toLowerCase();
      if (installation.repositories !== 'all' && !installation.repositories.has(name)) return false;
      return !narrowed || narrowed.has(name);
    },
  };
}
