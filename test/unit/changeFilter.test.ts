import { describe, expect, it } from 'vitest';
import { filterChange } from '../../src/live/changeFilter.js';
import type { FactsChangeRecord } from '../../src/repositories/changeFeedRepository.js';
import type { EdgeRecord } from '../../src/repositories/graphRepository.js';
import type { NodeRecord } from '../../src/repositories/records.js';
import { personRecord, statementRecord } from '../helpers/fakeRecords.js';

const person = (id: string) => personRecord(id, id);
const statement = (id: string) => statementRecord(id, id);
const edge = (source: string, type: string, target: string): EdgeRecord => ({
  id: `${source}>${type}>${target}`,
  type,
  source,
  target,
  properties: {},
});
const graph = (nodes: NodeRecord[], edges: EdgeRecord[] = []) => ({ nodes, edges, truncated: false, hubsCapped: [] });

/** A statement by a to b, and (retracted) a's old addressee c. */
const change: FactsChangeRecord = {
  id: 'change:1',
  at: '2026-01-01T00:00:00Z',
  atMs: 0,
  by: 'analyst',
  mutation: 'addStatement',
  added: graph([statement('s'), person('a'), person('b')], [edge('a', 'SAID', 's'), edge('s', 'ADDRESSED_TO', 'b')]),
  retracted: graph([], [edge('s', 'ADDRESSED_TO', 'c')]),
};

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('filterChange', () => {
  it('passes every change when nothing is asked', () => {
    expect(filterChange(change, { actor: null, types: null })).toBe(change);
  });

  it.each([
    ['an added node', 'a'],
    ['the end of an added edge only', 'b'],
    ['the end of a retracted edge only', 'c'],
  ])('passes a change whole when the actor is %s', (_what, actor) => {
    expect(filterChange(change, { actor, types: null })).toBe(change);
  });

  it('keeps out a change that does not touch the actor', () => {
    expect(filterChange(change, { actor: 'z', types: null })).toBeNull();
  });

  it('keeps the edges of the types asked for, with their ends', () => {
    const seen = filterChange(change, { actor: null, types: ['ADDRESSED_TO'] })!;
    expect(ids(seen.added.edges)).toEqual(['s>ADDRESSED_TO>b']);
    expect(ids(seen.added.nodes)).toEqual(['s', 'b']);
    expect(ids(seen.retracted.edges)).toEqual(['s>ADDRESSED_TO>c']);
  });

  it('takes node labels as types too', () => {
    const seen = filterChange(change, { actor: null, types: ['Statement'] })!;
    expect(ids(seen.added.nodes)).toEqual(['s']);
    expect(seen.added.edges).toEqual([]);
  });

  it('keeps out a change with nothing of the types asked for', () => {
    expect(filterChange(change, { actor: null, types: ['CITIZEN_OF', 'Event'] })).toBeNull();
  });
});
