/**
 * Look-ahead into the selection set: a resolver asks whether the client selected a field below it, so a
 * repository computes only what will be read (a connection's totalCount costs a count of every match) and
 * fetches in the same query what nested fields will read (a statement page's speakers).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** What look-ahead reads of a resolver's info. */
export type Selected = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Every field of a selection set, through inline fragments and fragment spreads (each named fragment read once). */
export function fieldsIn(set: SelectionSetNode, info: Selected, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((s): FieldNode[] => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsIn(s.selectionSet, info, seen);
    const fragment = info.fragments[s.name.value];
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return fieldsIn(fragment.selectionSet, info, seen);
  });
}

/** The selection sets below these fields, following the path of field names. */
export function setsAt(sets: readonly SelectionSetNode[], info: Selected, path: readonly string[]): SelectionSetNode[] {
  for (const name of path) {
    const fields = sets.flatMap((set) => fieldsIn(set, info).filter((f) => f.name.value === name));
    sets = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return [...sets];
}

/**
 * Whether the path of field names (`'totalCount'`, or `'edges', 'node', 'speaker'`) is selected below this
 * field, through fragments and aliases. Directives (@skip, @include) are not evaluated: a field they may
 * drop counts as selected, which only costs work.
 */
export function selects(info: Selected, ...path: string[]): boolean {
  const last = path.at(-1);
  const sets = setsAt(selectionSets(info), info, path.slice(0, -1));
  return last === undefined || sets.some((set) => fieldsIn(set, info).some((f) => f.name.value === last));
}

/** The selection sets of the resolver's own field. */
export const selectionSets = (info: Selected): SelectionSetNode[] =>
  info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
