/**
 * Every request: find what it is (a REST operation or a GraphQL query), let a fault take it,
 * else answer it (REST dispatcher or GraphQL executor), add GitHub's headers, and record it.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { prepareGraphql, runGraphql } from '../graphql/execute.ts';
import type { Nodes } from '../graphql/nodes.ts';
import { matchRoute } from '../openapi/document.ts';
import { createRestDispatcher, stripPrefix } from '../rest/dispatch.ts';
import type { RequestRecord } from '../types.ts';
import { credentialOf, jsonReply, limitedWho, type Env, type IncomingCall, type Reply } from './env.ts';
import type { RequestFault, RequestInfo } from './faults.ts';
import { rateHeaders, type RateSnapshot } from './rate-limit.ts';

const GRAPHQL_PATHS = new Set(['/graphql', '/api/graphql']);
const RATE_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
const STATUS_TEXT: Record<number, string> = {
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const requestId = () => {
  const hex = randomBytes(10).toString('hex').toUpperCase();
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}`;
};

export function createPipeline(env: Env, nodes: Nodes, records: RequestRecord[]) {
  const dispatch = createRestDispatcher(env);

  const faultReply = (fault: RequestFault, info: RequestInfo, call: IncomingCall, id: string): Reply => {
    const resource = info.graphql ? 'graphql' : 'core';
    const authenticated = env.auth.authenticate(call.headers.authorization);
    const caller = authenticated.ok ? authenticated.caller : ({ kind: 'anonymous' } as const);
    const rate = env.rates.snapshot(credentialOf(caller), resource);
    if (fault.kind === 'status')
      return jsonReply(fault.status, { message: STATUS_TEXT[fault.status] ?? 'Server Error' }, rateHeaders(rate));
    if (fault.kind === 'secondary-rate-limit') {
      const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`;
      const headers = {
        ...rateHeaders(rate),
        ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}),
      };
      return jsonReply(
        fault.status,
        { message, documentation_url: `${RATE_DOCS}#about-secondary-rate-limits` },
        headers,
      );
    }
    // primary-rate-limit (delay, drop-connection and lose-answer never get here)
    // The caller's own limit, spent: an installation's, or a repository's 1,000 for a workflow token.
    const spent: RateSnapshot = {
      limit: rate.limit,
      remaining: 0,
      used: rate.limit,
      reset: Math.floor(Date.now() / 1000) + (fault.kind === 'primary-rate-limit' ? fault.resetInSeconds : 0),
      resource,
    };
    const message = `API rate limit exceeded for ${limitedWho(env.world, caller)}.`;
    // GraphQL answers a spent primary limit with HTTP 200 and a RATE_LIMITED error, as GitHub documents.
    if (info.graphql) return jsonReply(200, { errors: [{ type: 'RATE_LIMITED', message }] }, rateHeaders(spent));
    return jsonReply(403, { message, documentation_url: RATE_DOCS }, rateHeaders(spent));
  };

  const graphqlReply = async (call: IncomingCall, prepared: ReturnType<typeof prepareGraphql>): Promise<Reply> => {
    const authenticated = env.auth.authenticate(call.headers.authorization);
    const docs = 'https://docs.github.com/graphql';
    if (!authenticated.ok)
      return jsonReply(
        401,
        { message: authenticated.message, documentation_url: docs },
        rateHeaders(env.rates.snapshot('anonymous', 'graphql')),
      );
    const { caller } = authenticated;
    if (caller.kind === 'anonymous') {
      return jsonReply(401, {
        message: 'This endpoint requires you to be authenticated.',
        documentation_url: `${docs}/guides/forming-calls-with-graphql#authenticating-with-graphql`,
      });
    }
    if (caller.kind === 'app')
      return jsonReply(403, { message: 'Resource not accessible by integration', documentation_url: docs });
    const credential = credentialOf(caller);
    const before = env.rates.snapshot(credential, 'graphql');
    if (before.remaining <= 0) {
      return jsonReply(
        200,
        {
          errors: [{ type: 'RATE_LIMITED', message: `API rate limit exceeded for ${limitedWho(env.world, caller)}.` }],
        },
        rateHeaders(before),
      );
    }
    // A query costs one point, as GitHub's cheapest queries do; an invalid one costs nothing.
    const cost = prepared.document ? 1 : 0;
    const body = await runGraphql(env, nodes, prepared, caller, cost);
    const rate = cost ? env.rates.take(credential, 'graphql', cost) : before;
    return jsonReply(200, body, rateHeaders(rate));
  };

  const restReply = async (call: IncomingCall): Promise<Reply> => {
    const outcome = await dispatch(call);
    const { reply } = outcome;
    const rate = outcome.rate ?? env.rates.snapshot('anonymous', 'core');
    const headers = { ...rateHeaders(rate), ...reply.headers };
    if (reply.raw)
      return {
        status: reply.status,
        headers: { ...headers, 'content-type': reply.raw.contentType },
        body: reply.raw.data,
      };
    return jsonReply(reply.status, reply.status === 204 || reply.status === 304 ? undefined : reply.body, headers);
  };

  /** Seconds to wait when the request is over GitHub's secondary limits (when the test enforces them). */
  const secondaryWait = (call: IncomingCall, info: RequestInfo): number | undefined => {
    if (!env.secondaryLimits) return undefined;
    const authenticated = env.auth.authenticate(call.headers.authorization);
    const bucket = authenticated.ok ? credentialOf(authenticated.caller) : 'anonymous';
    return env.secondaryLimits.take(bucket, {
      method: call.method,
      path: info.graphql ? '/graphql' : call.path,
      mutation: info.graphql?.mutation ?? false,
    });
  };

  return async function handle(call: IncomingCall): Promise<Reply | 'drop'> {
    const arrived = Date.now();
    const started = performance.now();
    const id = requestId();
    const isGraphql = GRAPHQL_PATHS.has(call.path.replace(/\/$/, '')) && call.method === 'POST';
    const prepared = isGraphql ? prepareGraphql(call.body, env.violations) : undefined;
    const match = prepared ? undefined : matchRoute(call.method, stripPrefix(call.path));
    const info: RequestInfo = prepared
      ? {
          method: call.method,
          route: '/graphql',
          graphql: { mutation: prepared.mutation, rootFields: prepared.rootFields },
        }
      : { method: call.method, route: match?.route };
    const operationId = match?.operation?.operationId;
    const record = (status: number) =>
      records.push({
        method: call.method,
        path: call.path,
        ...(info.route ? { route: info.route } : {}),
        ...(operationId ? { operationId } : {}),
        status,
        ...(info.graphql ? { graphql: info.graphql } : {}),
        at: arrived,
        durationMs: performance.now() - started,
      });

    const fault = env.faults.take(info);
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'drop-connection') {
      record(0);
      return 'drop';
    }
    let reply: Reply;
    const overLimit = fault ? undefined : secondaryWait(call, info);
    if (overLimit !== undefined)
      reply = faultReply(
        { kind: 'secondary-rate-limit', status: 403, retryAfter: overLimit, count: 1 },
        info,
        call,
        id,
      );
    else if (fault && fault.kind !== 'delay' && fault.kind !== 'lose-answer') reply = faultReply(fault, info, call, id);
    else if (prepared) reply = await graphqlReply(call, prepared);
    else reply = await restReply(call);
    reply.headers['x-github-request-id'] = id;
    // Every answer carries rate-limit headers, as GitHub's do; unauthenticated ones, the anonymous bucket's.
    if (!reply.headers['x-ratelimit-limit'])
      Object.assign(reply.headers, rateHeaders(env.rates.snapshot('anonymous', info.graphql ? 'graphql' : 'core')));
    record(fault?.kind === 'lose-answer' ? 0 : reply.status);
    return fault?.kind === 'lose-answer' ? 'drop' : reply;
  };
}
