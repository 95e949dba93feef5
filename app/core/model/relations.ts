/**
 * Relation types, in pairs, named by Backstage's rules ("at most two words", "`<source-kind> <type>
 * <target-kind>` reads as English", symmetric pairs). Values are Backstage's relation constants.
 */
export type RelationType =
  | 'ownedBy'
  | 'ownerOf'
  | 'providesApi'
  | 'apiProvidedBy'
  | 'consumesApi'
  | 'apiConsumedBy'
  | 'dependsOn'
  | 'dependencyOf'
  | 'parentOf'
  | 'childOf'
  | 'memberOf'
  | 'hasMember'
  | 'partOf'
  | 'hasPart';

const pair = (forward: RelationType, reverse: RelationType) => ({ forward, reverse });

/** Each forward relation with its reverse. */
export const RELATIONS = {
  ownedBy: pair('ownedBy', 'ownerOf'),
  providesApi: pair('providesApi', 'apiProvidedBy'),
  consumesApi: pair('consumesApi', 'apiConsumedBy'),
  dependsOn: pair('dependsOn', 'dependencyOf'),
  dependencyOf: pair('dependencyOf', 'dependsOn'),
  parentOf: pair('parentOf', 'childOf'),
  childOf: pair('childOf', 'parentOf'),
  memberOf: pair('memberOf', 'hasMember'),
  hasMember: pair('hasMember', 'memberOf'),
  partOf: pair('partOf', 'hasPart'),
  hasPart: pair('hasPart', 'partOf'),
} as const satisfies Record<string, { forward: RelationType; reverse: RelationType }>;

/** A relation between two entities, by canonical (lowercased) refs, as Backstage stores them. */
export interface Relation {
  source: string;
  type: RelationType;
  target: string;
}
