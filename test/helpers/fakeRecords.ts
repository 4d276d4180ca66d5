/** Records as the repositories return them, for resolver tests over fake repositories. */
import type { ActorRecord, EventRecord, Known, NodeRecord, StatementRecord } from '../../src/repositories/records.js';

/** What the sources state, as the loader marks facts without a basis. */
export const STATED: Known = { basis: 'STATED', reasoning: null, confidence: null };

export function personRecord(id: string, name: string): ActorRecord {
  return { __typename: 'Person', id, kind: 'PERSON', name, aliases: [], description: null, evidenceIds: [], ...STATED };
}

export function countryRecord(id: string, name: string): ActorRecord {
  return {
    __typename: 'Country',
    id,
    kind: 'COUNTRY',
    name,
    aliases: [],
    description: null,
    evidenceIds: [],
    ...STATED,
  };
}

export function statementRecord(id: string, text: string): StatementRecord {
  return {
    __typename: 'Statement',
    id,
    text,
    kind: 'QUOTE',
    date: null,
    datePrecision: null,
    dateNote: null,
    dateRange: null,
    evidenceIds: [],
    ...STATED,
  };
}

export function eventRecord(id: string, title: string): EventRecord {
  return {
    __typename: 'Event',
    id,
    type: 'MEETING',
    title,
    description: null,
    date: null,
    datePrecision: null,
    dateNote: null,
    dateRange: null,
    status: 'OCCURRED',
    evidenceIds: [],
    ...STATED,
  };
}

/** A fake `findByIds`: the records among `known` whose ids were asked for. */
export function findIn(known: NodeRecord[]) {
  return async (ids: readonly string[]) => new Map(known.filter((n) => ids.includes(n.id)).map((n) => [n.id, n]));
}
