/**
 * An API's definition changed by a pull request, in the impact comment's words: each breaking (and
 * dangerous) change, and the consumers the catalog knows that would break, with their owners, so
 * the author knows whom to tell before merging.
 */
import { apiChanges, type ApiChange } from '../api-definition/breaking-changes.ts';
import type { Entity } from '../model/entity.ts';
import type { ChangeNote } from './descriptor-changes.ts';
import { count } from '../words.ts';

export interface Consumer {
  title: string;
  ownerTitle?: string;
}

/** Consumers named in a note, at most; the comment's details list them all. */
const NAMED_CONSUMERS = 10;

/** The changes to an API's definition (none when it is not an API, or its type or definition did not change). */
export function definitionChanges(before: Entity | undefined, after: Entity | undefined): ApiChange[] {
  if (!before || !after || after.kind.toLowerCase() !== 'api') return [];
  const type = typeof after.spec?.type === 'string' ? after.spec.type : '';
  if (type.toLowerCase() !== String(before.spec?.type ?? '').toLowerCase()) return [];
  const [a, b] = [before.spec?.definition, after.spec?.definition];
  if (a === b || JSON.stringify(a) === JSON.stringify(b)) return [];
  return apiChanges(type, a, b);
}

export function apiChangeNotes(changes: readonly ApiChange[], consumers: readonly Consumer[]): ChangeNote[] {
  const breaking = changes.filter((c) => c.severity === 'breaking');
  if (!changes.length) return [];
  const named = consumers
    .slice(0, NAMED_CONSUMERS)
    .map((c) => (c.ownerTitle ? `${c.title} (${c.ownerTitle})` : c.title))
    .join(', ');
  const who = consumers.length
    ? `${count(consumers.length, 'consumer')} in the catalog would break: ${named}${consumers.length > NAMED_CONSUMERS ? ', …' : ''}`
    : 'nothing in the catalog consumes it';
  return [
    ...(breaking.length
      ? [
          {
            level: 'error' as const,
            text: `makes ${count(breaking.length, 'breaking change')} to its definition; ${who}`,
          },
        ]
      : []),
    ...changes.map((c) => ({
      level: c.severity === 'breaking' ? ('error' as const) : ('warning' as const),
      text: `${c.severity === 'breaking' ? 'breaking' : 'may change behaviour'}: ${c.text}`,
    })),
  ];
}
