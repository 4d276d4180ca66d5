/** Bounds of arguments (page sizes, hops, depths, limits), checked before any Cypher runs: one rule, one message shape. */
import { badUserInput } from '../errors.js';
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_HOPS } from '../repositories/graphRepository.js';

export const MAX_GRAPH_NODES = 1000;
export const MAX_PAGE_SIZE = 100;
export const MAX_PATHS = 20;

export function checkRange(name: string, value: number, min: number, max: number, why: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${name} must be between ${min} and ${max}; got ${value}. ${why}`, name);
  }
  return value;
}

export const PATHS_HINT = 'Past the best few, paths mostly run through the same hubs; restrict types instead.';
export const SEARCH_HINT = 'Results come best first: a more precise text finds what a longer list would.';

/** `first` bounds that differ from a page's (0 to MAX_PAGE_SIZE), by "Type.field". */
export const FIRST_BOUNDS: Record<string, { min: number; max: number; hint: string }> = {
  'Query.paths': { min: 1, max: MAX_PATHS, hint: PATHS_HINT },
  'Query.search': { min: 0, max: MAX_PAGE_SIZE, hint: SEARCH_HINT },
};

export const checkPathsFirst = (first: number) => {
  const { min, max, hint } = FIRST_BOUNDS['Query.paths']!;
  return checkRange('first', first, min, max, hint);
};

export const MAX_SEARCH_CHARACTERS = 200;
export const MAX_SEARCH_WORDS = 12;

/**
 * Full-text search turns each word into a term and a prefix query; a very long word or text makes Lucene
 * build an automaton too large to run (TooManyClauses), and a pasted article takes seconds. Names and
 * phrases people search for are short.
 */
export function checkSearchText(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw badUserInput('text must hold at least one word to search for.', 'text');
  if (text.length > MAX_SEARCH_CHARACTERS || words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(
      `text must be at most ${MAX_SEARCH_CHARACTERS} characters and ${MAX_SEARCH_WORDS} words; got ${text.length} characters and ${words.length} words. Search for a name or a few distinctive words.`,
      'text',
    );
  }
  return text;
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
