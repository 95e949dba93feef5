/**
 * What a change does to an entity's descriptor, in words: "owner changes from group team-a to
 * group team-b", "adds a dependency on deprecated component X", "refers to group Y, which does not
 * exist". Only what the change introduces is said: a reference that was already dangling before is
 * the catalog's errors page's business, not this pull request's.
 */
import type { Entity } from '../model/entity.ts';
import { entityReferences, refWords, type EntityReference } from './entity-references.ts';

export type NoteLevel = 'info' | 'warning' | 'error';

export interface ChangeNote {
  level: NoteLevel;
  text: string;
}

export interface ReferenceLookup {
  /** Whether the ref names an entity (in the catalog, or defined by the change itself). */
  exists(ref: string): boolean;
  deprecated(ref: string): boolean;
}

/** How a list field's additions and removals read; single-valued fields read "X changes from A to B". */
const LIST_WORDS: Record<string, [adds: string, removes: string]> = {
  dependsOn: ['adds a dependency on', 'drops the dependency on'],
  dependencyOf: ['declares a dependent,', 'no longer declares the dependent'],
  providesApis: ['starts providing', 'stops providing'],
  consumesApis: ['starts consuming', 'stops consuming'],
  members: ['adds member', 'removes member'],
  memberOf: ['joins', 'leaves'],
  children: ['adds child group', 'removes child group'],
};

const SINGLE_WORDS: Record<string, string> = {
  owner: 'owner',
  system: 'system',
  domain: 'domain',
  parent: 'parent group',
  subcomponentOf: 'parent component',
  subdomainOf: 'parent domain',
};

export function describeChanges(
  before: Entity | undefined,
  after: Entity | undefined,
  lookup: ReferenceLookup,
): ChangeNote[] {
  if (!after)
    return before
      ? [{ level: 'warning', text: `removes ${before.kind} ${before.metadata.name} from the catalog` }]
      : [];
  const notes: ChangeNote[] = [];
  if (!before) notes.push({ level: 'info', text: `adds ${after.kind} ${after.metadata.name} to the catalog` });
  const lifecycleBefore = before ? stringField(before, 'lifecycle') : undefined;
  const lifecycleAfter = stringField(after, 'lifecycle');
  if (before && lifecycleBefore !== lifecycleAfter) {
    const deprecating = lifecycleAfter?.toLowerCase() === 'deprecated';
    notes.push({
      level: deprecating ? 'warning' : 'info',
      text: `lifecycle changes from ${lifecycleBefore ?? 'none'} to ${lifecycleAfter ?? 'none'}${deprecating ? ': its dependents should move off it' : ''}`,
    });
  }
  const typeBefore = before ? stringField(before, 'type') : undefined;
  if (before && typeBefore !== stringField(after, 'type'))
    notes.push({
      level: 'info',
      text: `type changes from ${typeBefore ?? 'none'} to ${stringField(after, 'type') ?? 'none'}`,
    });

  const was = before ? entityReferences(before) : [];
  const is = entityReferences(after);
  const fields = [...new Set([...was, ...is].map((r) => r.field.field))];
  for (const field of fields) {
    const old = was.filter((r) => r.field.field === field).map((r) => r.target);
    const now = is.filter((r) => r.field.field === field);
    const list = LIST_WORDS[field];
    if (!list && before) {
      const [from, to] = [old[0], now[0]?.target];
      if (from !== to)
        notes.push({
          level: 'info',
          text: `${SINGLE_WORDS[field] ?? field} changes from ${from ? refWords(from) : 'none'} to ${to ? refWords(to) : 'none'}`,
        });
    } else if (list && before) {
      for (const r of now.filter((n) => !old.includes(n.target))) {
        const deprecated = lookup.deprecated(r.target);
        const [kind, ...name] = refWords(r.target).split(' ');
        notes.push({
          level: deprecated ? 'warning' : 'info',
          text: `${list[0]} ${deprecated ? `deprecated ${kind} ${name.join(' ')}` : refWords(r.target)}`,
        });
      }
      for (const target of old.filter((o) => !now.some((n) => n.target === o)))
        notes.push({ level: 'info', text: `${list[1]} ${refWords(target)}` });
    }
    for (const r of now.filter((n) => !old.includes(n.target) && !lookup.exists(n.target))) notes.push(missing(r));
  }
  return notes;
}

function missing(r: EntityReference): ChangeNote {
  return { level: 'error', text: `refers to ${refWords(r.target)}, which does not exist (${r.field.describes})` };
}

function stringField(entity: Entity, field: string): string | undefined {
  const value = entity.spec?.[field];
  return typeof value === 'string' ? value : undefined;
}
