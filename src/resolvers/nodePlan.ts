/**
 * Compiles what a request selects below a node into the plan of one query (nodes:tree): the nested
 * fields whose resolvers would each send a batched query per level (relations, a statement's subjects, a
 * person's roles) are fetched with the node, and their loaders primed, so an operation such as "an actor,
 * its statements, and what each is about" is one Cypher statement. Fields outside the plan, and anything
 * deeper than MAX_DEPTH levels, keep their DataLoader.
 */
import { getArgumentValues, isObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { AdjacencyKey, TenureKey } from '../repositories/relationRepository.js';
import type { AdjacentPlan, NodeTreePlan } from '../repositories/nodeTreeRepository.js';
import { aboutKey, adjacencyKey, relationKey, tenureKey, type RelationArgs, type TenureArgs } from './fieldHelpers.js';
import { fieldsIn, selectionSets, setsAt } from './selection.js';

/** Levels of nesting compiled into the root query: a node's fields and its neighbours' fields. */
const MAX_DEPTH = 2;

type Args = Record<string, unknown>;

/** A nested field the plan can fetch, with the same key its resolver loads (for node id ''). */
type Plannable =
  | { on: string[]; definedOn: string; adjacent: (args: Args) => AdjacencyKey; below: string[] }
  | { on: string[]; definedOn: string; tenures: (args: Args) => TenureKey };

const PLANNABLE: Record<string, Plannable> = {
  // Actor.relations and Event.relations; the neighbours' own fields are below `node`.
  relations: {
    on: ['Actor', 'Event'],
    definedOn: 'Event',
    adjacent: (args) => adjacencyKey(relationKey('', args as RelationArgs)),
    below: ['node'],
  },
  about: { on: ['Statement'], definedOn: 'Statement', adjacent: () => aboutKey(''), below: [] },
  roles: { on: ['Person'], definedOn: 'Person', tenures: (args) => tenureKey('person', '', args as TenureArgs) },
};

/** The same field in two fragments (`... on Actor { relations }`, `... on Event { relations }`) is fetched once. */
function addAdjacent(plan: NodeTreePlan, item: AdjacentPlan): void {
  const same = plan.adjacent.find((a) => JSON.stringify(a.key) === JSON.stringify(item.key));
  if (!same) plan.adjacent.push(item);
  else
    same.below = {
      adjacent: [...same.below.adjacent, ...item.below.adjacent],
      tenures: [...same.below.tenures, ...item.below.tenures],
    };
}

function planOf(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo, depth: number): NodeTreePlan {
  const plan: NodeTreePlan = { adjacent: [], tenures: [] };
  if (depth >= MAX_DEPTH) return plan;
  for (const field of sets.flatMap((set) => fieldsIn(set, info))) {
    const planned = PLANNABLE[field.name.value];
    const type = planned && info.schema.getType(planned.definedOn);
    if (!planned || !isObjectType(type)) continue;
    const args = getArgumentValues(type.getFields()[field.name.value]!, field, info.variableValues);
    if ('tenures' in planned) plan.tenures.push({ key: planned.tenures(args) });
    else {
      const below = planOf(
        setsAt(field.selectionSet ? [field.selectionSet] : [], info, planned.below),
        info,
        depth + 1,
      );
      addAdjacent(plan, { on: planned.on, key: planned.adjacent(args), below });
    }
  }
  return plan;
}

/** The plan for the node a root field returns; null when nothing below it can be compiled in. */
export function nodeTreePlan(info: GraphQLResolveInfo): NodeTreePlan | null {
  const plan = planOf(selectionSets(info), info, 0);
  return plan.adjacent.length + plan.tenures.length > 0 ? plan : null;
}
