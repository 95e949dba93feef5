/**
 * What a verified payload must hold for its event: every example GitHub publishes passes, and every
 * required field of the table, taken away or given the wrong type in a real example, is named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  EVENT_NAME_FORMAT,
  EVENT_SHAPES,
  isKnownEvent,
  payloadProblem,
  type Shape,
} from '../../app/server/webhook-shape.ts';
import { examplePayloads } from '../support/payloads.ts';
import { REPO_ROOT } from '../support/paths.ts';

const manifest = parse(readFileSync(join(REPO_ROOT, 'app.yml'), 'utf8')) as { default_events: string[] };
const EVENTS = [...manifest.default_events, 'installation', 'installation_repositories'];

/** Each required field's path in a shape (lists through their first item), with its expected type. */
function requiredFields(shape: Shape, path: (string | number)[] = []): { path: (string | number)[]; shape: Shape }[] {
  if (typeof shape === 'string') return [];
  if (Array.isArray(shape)) return requiredFields((shape as readonly [Shape])[0], [...path, 0]);
  return Object.entries(shape).flatMap(([key, field]) =>
    key.endsWith('?') ? [] : [{ path: [...path, key], shape: field }, ...requiredFields(field, [...path, key])],
  );
}

const wrongValue = (shape: Shape): unknown =>
  shape === 'string'
    ? 42
    : shape === 'number'
      ? 'forty-two'
      : shape === 'boolean'
        ? 'true'
        : Array.isArray(shape)
          ? {}
          : [];

function edit(
  payload: Record<string, unknown>,
  path: (string | number)[],
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): boolean {
  let parent = payload as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return false;
    parent = next as Record<string | number, unknown>;
  }
  change(parent, path.at(-1)!);
  return true;
}

describe('payloadProblem', () => {
  it("passes every example GitHub publishes of the app's events", () => {
    const examples = examplePayloads(EVENTS);
    expect(examples.length).toBeGreaterThan(100);
    expect(examples.map(([event, payload]) => payloadProblem(event, payload)).filter(Boolean)).toEqual([]);
  });

  it('names each required field taken away, made null or given the wrong type, in every example that has it', () => {
    let checked = 0;
    for (const [event, example] of examplePayloads(Object.keys(EVENT_SHAPES))) {
      for (const { path, shape } of requiredFields(EVENT_SHAPES[event]!)) {
        const named = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
        for (const change of [
          (o: Record<string | number, unknown>, k: string | number) => delete o[k],
          (o: Record<string | number, unknown>, k: string | number) => (o[k] = null),
          (o: Record<string | number, unknown>, k: string | number) => (o[k] = wrongValue(shape)),
        ]) {
          const payload = structuredClone(example);
          if (!edit(payload, path, change)) continue;
          expect(payloadProblem(event, payload), `${event}${named}`).toMatch(
            new RegExp(`^payload${named.replace(/[.[\]]/g, '\\$&')}: (missing|expected)`),
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('refuses a payload that is not an object, for any event', () => {
    for (const event of ['push', 'pull_request', 'star', 'ping']) {
      for (const payload of [null, [], [{}], 'text', 42, true])
        expect(payloadProblem(event, payload)).toBe('payload: expected an object');
    }
    expect(payloadProblem('star', { action: 7 })).toBe('payload.action: expected a string');
    expect(payloadProblem('star', { installation: { id: '1' } })).toBe('payload.installation.id: expected a number');
    expect(payloadProblem('star', {})).toBeUndefined();
  });

  it('follows the table, not the payload: 200,000 commits and 200,000 other keys', () => {
    const paths = { added: ['catalog-info.yaml'], modified: [], removed: [] };
    const push = {
      ref: 'refs/heads/main',
      after: 'a',
      deleted: false,
      commits: Array.from({ length: 200_000 }, () => paths),
      repository: {
        name: 'svc',
        full_name: 'acme/svc',
        owner: { login: 'acme' },
        html_url: 'u',
        default_branch: 'main',
      },
    };
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const started = performance.now();
    expect(payloadProblem('push', { ...push, extra: wide })).toBeUndefined();
    (push.commits as unknown[])[199_999] = { added: [1] };
    expect(payloadProblem('push', push)).toBe('payload.commits[199999].added[0]: expected a string');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('event names', () => {
  it('takes the lowercase names GitHub uses and nothing that reaches an object prototype', () => {
    for (const name of ['push', 'pull_request', 'projects_v2_item', 'installation_repositories'])
      expect([name, EVENT_NAME_FORMAT.test(name) && isKnownEvent(name)]).toEqual([name, true]);
    for (const name of [
      '__proto__',
      '_push',
      'push_',
      'Push',
      'PUSH',
      'pull_request.opened',
      'pull request',
      'push\n',
      '',
      'pull__request',
    ])
      expect([name, EVENT_NAME_FORMAT.test(name)]).toEqual([name, false]);
    // Well formed, but no event: never dispatched.
    for (const name of ['constructor', 'tostring', 'hasownproperty', 'valueof'])
      expect([name, isKnownEvent(name)]).toEqual([name, false]);
  });
});
