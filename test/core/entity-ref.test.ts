import { describe, expect, it } from 'vitest';
import { parseEntityRef, stringifyEntityRef } from '../../app/core/model/entity-ref.ts';

describe('parseEntityRef', () => {
  it.each([
    ['k:a:b', {}, { kind: 'k', namespace: 'default', name: 'a:b' }],
    ['a/b:c', { defaultKind: 'K' }, { kind: 'K', namespace: 'a', name: 'b:c' }],
    ['k:ns/a/b', {}, { kind: 'k', namespace: 'ns', name: 'a/b' }],
    ['team-a', { defaultKind: 'Group', defaultNamespace: 'ops' }, { kind: 'Group', namespace: 'ops', name: 'team-a' }],
    [
      'group:default/team-a',
      { defaultKind: 'User', defaultNamespace: 'ops' },
      { kind: 'group', namespace: 'default', name: 'team-a' },
    ],
  ])('parses %s as Backstage does', (ref, context, expected) => {
    expect(parseEntityRef(ref, context)).toEqual({ ok: true, ref: expected });
  });

  it.each([':x', 'k:/x', 'k:ns/', 'ns/'])('rejects %s, which has an empty part', (ref) => {
    const parsed = parseEntityRef(ref, { defaultKind: 'Group' });
    expect(parsed).toEqual({
      ok: false,
      message: `Entity reference "${ref}" was not on the form [<kind>:][<namespace>/]<name>`,
    });
  });

  it('requires a kind where the field has no default (dependsOn)', () => {
    const parsed = parseEntityRef('One-More', {});
    expect(parsed.ok).toBe(false);
    expect(parsed).toMatchObject({ missingKind: true, message: expect.stringContaining('had missing or empty kind') });
  });

  it('rejects an empty reference', () => {
    expect(parseEntityRef('', { defaultKind: 'Group' })).toEqual({
      ok: false,
      message: 'Entity reference must not be empty',
    });
  });

  it('accepts the compound form Backstage allows outside the schema', () => {
    expect(parseEntityRef({ kind: 'Component', name: 'x' }, { defaultNamespace: 'ns' })).toEqual({
      ok: true,
      ref: { kind: 'Component', namespace: 'ns', name: 'x' },
    });
  });
});

describe('stringifyEntityRef', () => {
  it('lowercases all three parts: identity is case-insensitive', () => {
    expect(stringifyEntityRef({ kind: 'Component', namespace: 'Default', name: 'Artist-Lookup' })).toBe(
      'component:default/artist-lookup',
    );
  });
});
