/**
 * The permission each implemented operation needs from a token that has permissions (a workflow's
 * GITHUB_TOKEN), after GitHub's "Permissions required for GitHub Apps": a read for GET, a write
 * for anything else. Installation tokens are checked only when their installation was seeded with
 * permissions; otherwise the double gives them everything.
 */
import type { Caller } from '../server/auth.ts';

type Level = 'read' | 'write';

/** Permissions that serve an operation: any one of them is enough. */
function needs(operationId: string): string[] {
  const [area = '', name = ''] = operationId.split('/');
  if (area === 'checks') return ['checks'];
  if (area === 'pulls') return ['pull_requests'];
  // A pull request is an issue: GitHub lets pull_requests act on an issue by its number, and on comments.
  if (area === 'issues')
    return name === 'list-for-repo' || name === 'create' ? ['issues'] : ['issues', 'pull_requests'];
  if (area === 'git' || operationId === 'repos/get-content' || operationId === 'repos/get-commit') return ['contents'];
  if (area === 'teams') return ['members'];
  if (
    operationId === 'repos/get-branch-protection' ||
    operationId === 'repos/check-vulnerability-alerts' ||
    operationId === 'repos/create-in-org' ||
    operationId === 'repos/update-branch-protection' ||
    operationId === 'repos/replace-all-topics' ||
    operationId === 'repos/rename-branch'
  )
    return ['administration'];
  return ['metadata'];
}

const rank: Record<string, number> & Record<Level, number> = { read: 1, write: 2 };

/**
 * Whether a caller holds one of `names` at `level` at least; callers without permissions (the app,
 * an installation seeded without them) hold everything.
 */
export function holds(caller: Caller, names: string[], level: Level): boolean {
  const held =
    caller.kind === 'workflow'
      ? caller.workflow.permissions
      : caller.kind === 'installation'
        ? caller.installation.permissions
        : undefined;
  if (!held) return true;
  return names.some((name) => (rank[held[name] ?? ''] ?? 0) >= rank[level]);
}

/** Whether a caller's permissions allow a REST operation. */
export function permits(caller: Caller, operationId: string, method: string): boolean {
  return holds(caller, needs(operationId), method === 'GET' || method === 'HEAD' ? 'read' : 'write');
}
