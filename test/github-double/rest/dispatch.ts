/**
 * One REST request, in GitHub's order: route (GitHub's templates), request validation (a refused
 * request is also a violation: the code under test sent something GitHub would not take),
 * authentication, rate limit, the token's permissions, the handler, conditional GET, and a final
 * check of the response against GitHub's schema for its status (a mismatch is a double bug, also
 * a violation).
 */
import { createHash } from 'node:crypto';
import { matchRoute, type Operation } from '../openapi/document.ts';
import { checkRequest, checkResponse, type Problem } from '../openapi/validator.ts';
import { actingApp, credentialOf, limitedWho, visibleTo, type Env, type IncomingCall } from '../server/env.ts';
import type { RateSnapshot } from '../server/rate-limit.ts';
import { fail, notFound, ReplyError, type Handler, type RestContext, type RestReply } from './context.ts';
import { appHandlers, JWT_OPERATIONS } from './handlers/app.ts';
import { checkHandlers } from './handlers/checks.ts';
import { issueHandlers } from './handlers/issues.ts';
import { orgHandlers } from './handlers/orgs.ts';
import { pullHandlers } from './handlers/pulls.ts';
import { repoHandlers } from './handlers/repos.ts';
import { permits } from './permissions.ts';

const HANDLERS: Record<string, Handler> = {
  ...appHandlers,
  ...repoHandlers,
  ...pullHandlers,
  ...checkHandlers,
  ...issueHandlers,
  ...orgHandlers,
};
const DOCS = 'https://docs.github.com/rest';

export interface RestOutcome {
  reply: RestReply;
  route?: string;
  operation?: Operation;
  rate?: RateSnapshot;
}

/** GitHub's wording for a body that fails its schema ("Invalid request.\n\n…"). */
function invalidMessage(problems: Problem[]): string {
  const lines = problems.map((p) => {
    if (p.keyword === 'required') return `"${String(p.params.missingProperty)}" wasn't supplied.`;
    if (p.keyword === 'maxLength')
      return `Only ${String(p.params.limit)} characters are allowed; ${String(p.data).length} were supplied.`;
    if (p.keyword === 'maxItems' && p.where.endsWith('/annotations'))
      return `Only ${String(p.params.limit)} annotations are allowed per request.`;
    return `For '${p.where}', ${JSON.stringify(p.data)} ${p.message}.`;
  });
  return `Invalid request.\n\n${[...new Set(lines)].join('\n')}`;
}

export function createRestDispatcher(env: Env) {
  const { world, auth, rates, violations } = env;

  /** Every answer given for a known operation is checked against GitHub's schema for its status. */
  const checked = (outcome: RestOutcome, method: string): RestOutcome => {
    const { reply, operation } = outcome;
    if (operation && !reply.raw && reply.status !== 304) {
      const problems = checkResponse(operation, reply.status, reply.body);
      for (const problem of problems.slice(0, 5)) {
        violations.push(
          `${method} ${outcome.route} → ${reply.status}: the double's response does not match GitHub's schema: ${problem}`,
        );
      }
    }
    return outcome;
  };

  const answer = async (call: IncomingCall, method: string): Promise<RestOutcome> => {
    const path = stripPrefix(call.path);
    const match = matchRoute(method, path);
    const plain = (status: number, message: string): RestOutcome => ({
      reply: { status, body: { message, documentation_url: DOCS } },
      route: match?.route,
    });
    if (!match) {
      violations.push(`no GitHub route matches ${method} ${path}`);
      return plain(404, 'Not Found');
    }
    const operation: Operation | undefined = match.operation;
    if (!operation) {
      violations.push(`GitHub has no ${method} ${match.route}`);
      return plain(404, 'Not Found');
    }
    const label = `${method} ${match.route}`;
    let body: unknown = {};
    if (call.body.length) {
      try {
        body = JSON.parse(call.body.toString('utf8'));
      } catch {
        violations.push(`${label}: the body is not JSON`);
        return { ...plain(400, 'Problems parsing JSON'), operation };
      }
    }
    const request = checkRequest(operation, { params: match.params, query: call.url.searchParams, body });
    for (const p of request.problems)
      violations.push(
        `${label}: request ${p.where} ${p.message}${p.data === undefined ? '' : ` (got ${JSON.stringify(p.data)?.slice(0, 80)})`}`,
      );
    for (const name of request.unknownQuery)
      violations.push(`${label}: query parameter '${name}' is not in GitHub's description (GitHub ignores it)`);

    const documentationUrl = (operation as { externalDocs?: { url?: string } }).externalDocs?.url ?? DOCS;
    const outcome = (reply: RestReply, rate?: RateSnapshot): RestOutcome => ({
      reply,
      route: match.route,
      operation,
      rate,
    });
    const refuse = (status: number, message: string, rate?: RateSnapshot) =>
      outcome({ status, body: { message, documentation_url: documentationUrl } }, rate);

    const authenticated = auth.authenticate(call.headers.authorization);
    if (!authenticated.ok) return refuse(401, authenticated.message);
    const { caller } = authenticated;
    const free = operation.operationId === 'rate-limit/get';
    if (JWT_OPERATIONS.has(operation.operationId)) {
      if (caller.kind !== 'app') return refuse(401, 'A JSON web token could not be decoded');
    } else if (caller.kind === 'anonymous' && !free) {
      return refuse(401, 'Requires authentication');
    } else if (caller.kind === 'app' && !free) {
      return refuse(403, 'Resource not accessible by integration');
    }
    const credential = credentialOf(caller);
    const before = rates.snapshot(credential, 'core');
    if (before.remaining <= 0 && !free)
      return refuse(403, `API rate limit exceeded for ${limitedWho(world, caller)}.`, before);
    if (request.problems.length) {
      const errors = request.problems.map((p) => ({
        resource: 'Request',
        code: 'invalid',
        field: p.where,
        message: p.message,
      }));
      return outcome(
        {
          status: 422,
          body: { message: invalidMessage(request.problems), errors, documentation_url: documentationUrl },
        },
        before,
      );
    }
    const handler = HANDLERS[operation.operationId];
    if (!handler) {
      violations.push(`the double does not implement ${label}`);
      return refuse(404, 'Not Found', before);
    }

    const ctx: RestContext = {
      world,
      auth,
      rates,
      objects: env.objects,
      caller,
      app: actingApp(world, caller),
      params: request.params,
      query: request.query,
      body: (body && typeof body === 'object' ? body : {}) as Record<string, unknown>,
      request: { method, path: call.path, url: call.url, headers: call.headers, documentationUrl },
      repo() {
        const repo = world.repo(String(request.params.owner), String(request.params.repo));
        if (!visibleTo(env, caller, repo)) return notFound(ctx);
        if (method !== 'GET' && repo.archived) return fail(403, 'Repository was archived so is read-only.', ctx);
        return repo;
      },
      beforeBranchWrite: (repo, branch) => env.faults.beforeBranchWrite(repo.owner.login, repo.name, branch),
      violation: (message) => violations.push(`${label}: ${message}`),
    };
    let reply: RestReply;
    try {
      if (!permits(caller, operation.operationId, method)) {
        // A repository the token cannot see is Not Found before its permissions are looked at.
        if ('repo' in request.params) ctx.repo();
        fail(403, 'Resource not accessible by integration', ctx);
      }
      reply = await handler(ctx);
    } catch (error) {
      if (!(error instanceof ReplyError)) {
        violations.push(
          `${label}: the double failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return refuse(500, 'Server Error', before);
      }
      reply = error.reply;
    }
    if (method === 'GET' && reply.status === 200) {
      const tag = `W/"${createHash('sha256')
        .update(reply.raw?.data ?? JSON.stringify(reply.body))
        .digest('hex')}"`;
      const wanted = String(call.headers['if-none-match'] ?? '')
        .split(',')
        .map((t) => t.trim().replace(/^W\//, ''));
      // A conditional GET answered 304 costs nothing, as on GitHub.
      if (wanted.includes(tag.replace(/^W\//, '')))
        return outcome({ status: 304, headers: { etag: tag, ...reply.headers } }, before);
      reply = { ...reply, headers: { ...reply.headers, etag: tag } };
    }
    return outcome(reply, free ? before : rates.take(credential, 'core'));
  };

  return async function dispatch(call: IncomingCall): Promise<RestOutcome> {
    const method = call.method.toUpperCase();
    return checked(await answer(call, method), method);
  };
}

export function stripPrefix(path: string): string {
  return path.replace(/^\/api\/v3(?=\/|$)/, '') || '/';
}
