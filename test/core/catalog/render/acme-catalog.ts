/**
 * A small organisation covering every case the renderer handles: a system with two components, an
 * API provided and consumed, groups with members and a parent, a user owner, a deprecated component,
 * a stale entity, imported teams, an archived repository and a dangling reference.
 */
import type { Catalog } from '../../../../app/core/catalog/types.ts';
import { catalogOf, entityOf, repositoryOf } from './catalog-of.ts';

const org = { repository: 'acme/org' };
const groups = { ...org, path: 'groups.yaml' };
const people = { ...org, path: 'people.yaml' };
const lookup = { repository: 'acme/artist-lookup' };

export const OPENAPI = 'openapi: 3.0.0\ninfo:\n  title: Artist API\n  version: 1.0.0\npaths: {}\n';

export function acmeCatalog(): Catalog {
  return catalogOf(
    [
      {
        ...groups,
        line: 1,
        entity: entityOf('Group', 'engineering', {
          type: 'department',
          children: ['team-a', 'team-b'],
          members: ['rosa.lindqvist'],
          profile: { displayName: 'Engineering', email: 'engineering@acme.example' },
        }),
      },
      {
        ...groups,
        line: 12,
        entity: entityOf(
          'Group',
          'team-a',
          {
            type: 'team',
            parent: 'engineering',
            children: [],
            members: ['maya.okafor', 'lars.henriksen'],
            profile: { displayName: 'Team A (Artists)', email: 'team-a@acme.example' },
          },
          {
            description: 'Artist-facing products',
            links: [
              {
                url: 'https://acme-music.slack.com/archives/C05ARTISTS',
                title: '#team-artists on Slack',
                icon: 'chat',
              },
            ],
          },
        ),
      },
      {
        ...groups,
        line: 30,
        entity: entityOf('Group', 'team-b', {
          type: 'team',
          parent: 'engineering',
          children: [],
          members: ['tomas.silva'],
        }),
      },
      {
        ...people,
        line: 1,
        entity: entityOf('User', 'maya.okafor', {
          memberOf: [],
          profile: { displayName: 'Maya Okafor', email: 'maya@acme.example' },
        }),
      },
      {
        ...people,
        line: 9,
        entity: entityOf('User', 'lars.henriksen', { memberOf: [], profile: { displayName: 'Lars Henriksen' } }),
      },
      { ...people, line: 16, entity: entityOf('User', 'tomas.silva', { memberOf: [] }) },
      {
        ...people,
        line: 22,
        entity: entityOf('User', 'rosa.lindqvist', {
          memberOf: [],
          profile: { displayName: 'Rosa Lindqvist', email: 'rosa@acme.example' },
        }),
      },
      { repository: 'acme/artists', entity: entityOf('Domain', 'artists', { owner: 'engineering' }) },
      {
        repository: 'acme/artists',
        line: 8,
        entity: entityOf('System', 'artist-portal', { owner: 'team-a', domain: 'artists' }, { title: 'Artist Portal' }),
      },
      {
        ...lookup,
        entity: entityOf(
          'Component',
          'artist-lookup',
          {
            type: 'service',
            lifecycle: 'production',
            owner: 'team-a',
            system: 'artist-portal',
            providesApis: ['artist-api'],
            dependsOn: ['resource:artists-db'],
          },
          {
            title: 'Artist Lookup',
            description: 'Answers "who is this artist?"',
            tags: ['kotlin', 'rest'],
            links: [{ url: 'https://runbooks.acme.example/artist-lookup', title: 'On-call runbook', icon: 'docs' }],
            annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
          },
        ),
      },
      {
        ...lookup,
        line: 30,
        entity: entityOf(
          'API',
          'artist-api',
          { type: 'openapi', lifecycle: 'production', owner: 'team-a', system: 'artist-portal', definition: OPENAPI },
          { title: 'Artist API' },
        ),
      },
      {
        repository: 'acme/www-artist',
        entity: entityOf('Component', 'www-artist', {
          type: 'website',
          lifecycle: 'production',
          owner: 'team-a',
          system: 'artist-portal',
          consumesApis: ['artist-api'],
          dependsOn: ['component:artist-lookup'],
        }),
      },
      {
        repository: 'acme/artists-db',
        entity: entityOf('Resource', 'artists-db', { type: 'database', owner: 'team-a', system: 'artist-portal' }),
      },
      {
        repository: 'acme/legacy-billing',
        entity: entityOf('Component', 'legacy-billing', {
          type: 'service',
          lifecycle: 'deprecated',
          owner: 'team-b',
          dependsOn: ['resource:billing-db'],
        }),
      },
      {
        repository: 'acme/wayback-archive',
        archived: true,
        entity: entityOf('Component', 'wayback-archive', {
          type: 'service',
          lifecycle: 'experimental',
          owner: 'user:rosa.lindqvist',
        }),
      },
      {
        repository: 'acme/playback',
        status: { state: 'stale', errors: ['catalog-info.yaml:7:3 "spec.type" must be a non-empty string'] },
        entity: entityOf('Component', 'playback', { type: 'service', lifecycle: 'production', owner: 'team-b' }),
      },
      {
        repository: 'acme',
        path: '',
        line: 0,
        status: { state: 'imported' },
        entity: entityOf('Group', 'platform', { type: 'team', children: [], members: ['octocat'] }),
      },
      {
        repository: 'acme',
        path: '',
        line: 0,
        status: { state: 'imported' },
        entity: entityOf('User', 'octocat', { memberOf: [], profile: { email: 'octocat@github.example' } }),
      },
    ],
    {
      problems: [
        {
          kind: 'dangling-ref',
          severity: 'error',
          message:
            'component:default/legacy-billing depends on resource:default/billing-db, which is not in the catalog',
          repository: 'acme/legacy-billing',
          path: 'catalog-info.yaml',
          line: 11,
          column: 7,
          ref: 'component:default/legacy-billing',
          url: 'https://github.com/acme/legacy-billing/blob/main/catalog-info.yaml#L11',
        },
        {
          kind: 'descriptor',
          severity: 'error',
          message: '"spec.type" must be a non-empty string',
          repository: 'acme/playback',
          path: 'catalog-info.yaml',
          line: 7,
          column: 3,
          ref: 'component:default/playback',
          url: 'https://github.com/acme/playback/blob/main/catalog-info.yaml#L7',
        },
        {
          kind: 'stale',
          severity: 'warning',
          message: 'The last good version of component:default/playback is kept',
          repository: 'acme/playback',
          path: 'catalog-info.yaml',
          ref: 'component:default/playback',
        },
        { kind: 'config', severity: 'warning', message: 'callboard.yaml: unknown key "colour"' },
      ],
      repositories: [
        'org',
        'artists',
        'artist-lookup',
        'www-artist',
        'artists-db',
        'legacy-billing',
        'playback',
        'empty',
      ]
        .map((n) => repositoryOf(`acme/${n}`))
        .concat(repositoryOf('acme/wayback-archive', true)),
    },
  );
}
