/**
 * Look-ahead into the selection set: a resolver asks whether the client selected a field below it, so a
 * repository computes only what will be read (a connection's totalCount costs a count of every match) and
 * fetches in the same query what nested fields will read (a statement page's speakers).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** What look-ahead reads of a resolver's info. */
export type Selected = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields called `name` in a selection set, through inline fragments and fragment spreads. */
function fieldsNamed(set: SelectionSetNode, name: string, info: Selected, seen: Set<string>): FieldNode[] {
  return set.selections.flatMap((s): FieldNode[] => {
    if (s.kind === Kind.FIELD) return s.name.value === name ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(s.selectionSet, name, info, seen);
    // A named fragment is read once, however often it is spread.
    const fragment = info.fragments[s.name.value];
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return fieldsNamed(fragment.selectionSet, name, info, seen);
  });
}

/**
 * Whether the path of field names (`'totalCount'`, or `'edges', 'node', 'speaker'`) is selected below this
 * field, through fragments and aliases. Directives (@skip, @include) are not evaluated: a field they may
 * drop counts as selected, which only costs work.
 */
export function selects(info: Selected, ...path: string[]): boolean {
  let sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    const fields = sets.flatMap((set) => fieldsNamed(set, name, info, new Set()));
    if (fields.length === 0) return false;
    sets = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return true;
}
