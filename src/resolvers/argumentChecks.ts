/** Bounds of arguments (page sizes, hops, depths, limits), checked before any Cypher runs: one rule, one message shape. */
import { badUserInput } from '../errors.js';
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_HOPS } from '../repositories/graphRepository.js';

export const MAX_GRAPH_NODES = 1000;
export const MAX_PATHS = 20;

export function checkRange(name: string, value: number, min: number, max: number, why: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${name} must be between ${min} and ${max}; got ${value}. ${why}`, name);
  }
  return value;
}

export const checkHops = (maxHops: number) =>
  checkRange(
    'maxHops',
    maxHops,
    1,
    MAX_PATH_HOPS,
    'Longer chains connect almost everything and say little; restrict types instead.',
  );

export const checkDepth = (depth: number) =>
  checkRange(
    'depth',
    depth,
    1,
    MAX_NEIGHBOURHOOD_DEPTH,
    'Grow the graph with expand(ids: …) from the nodes the user picks.',
  );

export const checkLimit = (limit: number) =>
  checkRange('limit', limit, 1, MAX_GRAPH_NODES, 'Page a larger graph with expand.');
