/**
 * What a verified delivery must be before a handler sees it: a GitHub event name (lowercase, one
 * @octokit/webhooks dispatches, never `__proto__` or `constructor`) and a JSON object with the fields
 * the handlers read, of the types GitHub documents. A signed payload that is not (`null`, an array,
 * a pull request without a head) is refused with the first field that is wrong, instead of failing
 * inside a handler. The check follows the table, not the payload: its cost is the table's size plus
 * the lists it names (a push's commits), whatever the payload holds besides.
 */
import { emitterEventNames } from '@octokit/webhooks';

/** A field's type; `[shape]` is a list of them; an object lists required fields (`name?` may be absent or null). */
export type Shape = 'string' | 'number' | 'boolean' | 'object' | readonly [Shape] | { readonly [field: string]: Shape };

/** Lowercase words and digits joined by underscores, as GitHub names events (`projects_v2_item`). */
export const EVENT_NAME_FORMAT = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

const KNOWN_EVENTS: ReadonlySet<string> = new Set(emitterEventNames.filter((name) => !name.includes('.')));

/** Whether @octokit/webhooks knows the event (GitHub sends an app only what it subscribed to). */
export const isKnownEvent = (name: string) => KNOWN_EVENTS.has(name);

const repository = {
  name: 'string',
  full_name: 'string',
  owner: { login: 'string' },
  html_url: 'string',
  default_branch: 'string',
} as const;
const files = { 'added?': ['string'], 'modified?': ['string'], 'removed?': ['string'] } as const;
const organization = { 'organization?': { login: 'string' } } as const;

/** Every event's common fields: Probot reads `action` and `installation.id` for any event. */
const COMMON: Shape = { 'action?': 'string', 'installation?': { id: 'number' } };

/** Per event, the fields the handlers (app/handlers) read. An event not listed needs only the common fields. */
export const EVENT_SHAPES: Readonly<Record<string, Shape>> = {
  pull_request: { pull_request: { number: 'number', head: { sha: 'string' }, base: { sha: 'string' } }, repository },
  push: { ref: 'string', after: 'string', deleted: 'boolean', commits: [files], repository },
  issue_comment: { comment: { body: 'string' }, sender: { login: 'string' }, repository },
  check_run: {
    check_run: {
      name: 'string',
      head_sha: 'string',
      pull_requests: [{ number: 'number', base: { sha: 'string' } }],
      'check_suite?': { 'head_branch?': 'string' },
    },
    repository,
  },
  check_suite: {
    check_suite: { head_sha: 'string', 'pull_requests?': [{ number: 'number', 'base?': { sha: 'string' } }] },
    repository,
  },
  installation: { installation: { id: 'number', 'account?': 'object' } },
  installation_repositories: {
    installation: { id: 'number', 'account?': 'object' },
    repositories_added: [{ 'full_name?': 'string' }],
    repositories_removed: [{ 'full_name?': 'string' }],
  },
  repository: { repository, 'changes?': 'object' },
  team: organization,
  membership: organization,
  organization,
};

/** The first thing wrong with a payload for its event, as `field: what was expected`; undefined when nothing is. */
export function payloadProblem(event: string, payload: unknown): string | undefined {
  return (
    problemAt('payload', payload, COMMON) ??
    (EVENT_SHAPES[event] ? problemAt('payload', payload, EVENT_SHAPES[event]) : undefined)
  );
}

function problemAt(path: string, value: unknown, shape: Shape): string | undefined {
  if (typeof shape === 'string') {
    const fits =
      shape === 'object' ? isRecord(value) : typeof value === shape && (shape !== 'number' || Number.isFinite(value));
    return fits ? undefined : `${path}: expected ${shape === 'object' ? 'an object' : `a ${shape}`}`;
  }
  if (isList(shape)) {
    if (!Array.isArray(value)) return `${path}: expected a list`;
    for (let i = 0; i < value.length; i++) {
      const problem = problemAt(`${path}[${i}]`, value[i], shape[0]);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isRecord(value)) return `${path}: expected an object`;
  for (const [key, fieldShape] of Object.entries(shape)) {
    const optional = key.endsWith('?');
    const field = optional ? key.slice(0, -1) : key;
    const fieldValue = Object.hasOwn(value, field) ? value[field] : undefined;
    if (fieldValue === undefined || fieldValue === null) {
      if (optional) continue;
      return `${path}.${field}: missing`;
    }
    const problem = problemAt(`${path}.${field}`, fieldValue, fieldShape);
    if (problem) return problem;
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isList = (shape: Shape): shape is readonly [Shape] => Array.isArray(shape);
