/**
 * Test support for the double's own suite: one double per test file, cleared after each test, and
 * real clients (Probot's Octokit with the app's JWT flow, and plain fetch for raw looks). The double
 * is checked for violations after each test (test/support/double-violations.setup.ts), unless the
 * test said it expects them.
 */
import { generateKeyPairSync } from 'node:crypto';
import { ProbotOctokit } from 'probot';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { checkedDouble, expectViolations } from './checked-doubles.ts';
import { startGithubDouble, type GithubDouble } from './index.ts';

export const APP_ID = 4242;

// One key per test file: generating a 2048-bit key takes ~50 ms.
export const PRIVATE_KEY = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;

export type Client = InstanceType<typeof ProbotOctokit>;

export interface DoubleFixture {
  readonly double: GithubDouble;
  /** An installation-authenticated client: the app's JWT buys the token, as Probot does. */
  client(installationId: number, options?: { prefix?: '/api/v3' | '' }): Client;
  /** A client authenticated as the app itself (JWT). */
  app(): Client;
  /** A fresh installation token, through the JWT flow. */
  token(installationId: number): Promise<string>;
  /** Plain fetch against the double, with a token when given. */
  fetch(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  /** The violations this test recorded, left to the test: the check after it does not fail on them. */
  expectViolations(): string[];
}

export function useDouble(
  seed: (double: GithubDouble) => void,
  doubleOptions: { treeEntryLimit?: number } = {},
): DoubleFixture {
  let double: GithubDouble | undefined;
  const get = () => {
    if (!double) throw new Error('the double is not started');
    return double;
  };
  beforeAll(async () => {
    double = checkedDouble(await startGithubDouble({ appId: APP_ID, privateKey: PRIVATE_KEY, ...doubleOptions }));
    seed(double);
  });
  afterEach(() => {
    get().reset();
    get().faults.clear();
  });
  afterAll(async () => {
    await double?.close();
  });
  const options = (prefix: string) => ({
    baseUrl: `${get().url}${prefix}`,
    // Faults are asserted as the client sees them, so no automatic retries or throttling here.
    throttle: { enabled: false as const },
    retry: { enabled: false },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  const fixture: DoubleFixture = {
    get double() {
      return get();
    },
    client: (installationId, { prefix = '/api/v3' } = {}) =>
      new ProbotOctokit({ ...options(prefix), auth: { appId: APP_ID, privateKey: PRIVATE_KEY, installationId } }),
    app: () => new ProbotOctokit({ ...options('/api/v3'), auth: { appId: APP_ID, privateKey: PRIVATE_KEY } }),
    async token(installationId) {
      const { data } = await fixture
        .app()
        .request('POST /app/installations/{installation_id}/access_tokens', { installation_id: installationId });
      return data.token;
    },
    fetch(path, init = {}) {
      const { token, headers, ...rest } = init;
      return fetch(`${get().url}${path}`, {
        ...rest,
        headers: {
          accept: 'application/vnd.github+json',
          ...(token ? { authorization: `token ${token}` } : {}),
          ...headers,
        },
      });
    },
    expectViolations: () => expectViolations(get()),
  };
  return fixture;
}

/** A GraphQL request through fetch: GitHub answers errors with HTTP 200, which this keeps visible. */
export async function graphql(
  fixture: DoubleFixture,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
) {
  const response = await fixture.fetch('/api/graphql', {
    method: 'POST',
    token,
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] },
  };
}
