/**
 * Where an entry sits in an actor's timeline, as one string that sorts in timeline order: date (undated
 * last: "~" sorts after every digit), kind, node id and tenure id (a post held twice gives two entries),
 * joined by tabs, which sort before any character of a date or an id. Cursors carry it.
 *
 * The writers store it so a page seeks instead of walking a hub's edges: on each SAID and HOLDS edge
 * prefixed with the actor's id (one range index per type then holds every actor's entries in order, each
 * actor's in one contiguous run), and on each event unprefixed (an event has several participants).
 * The TypeScript and Cypher spellings below must agree: syntheticGraph.int.test.ts compares what the loader
 * writes with what the migration backfills (once per database: src/db/migrations.ts).
 */
import { STATEMENT_KEY } from './statementKeys.js';

export type TimelineKind = 'STATEMENT' | 'EVENT' | 'TENURE_START' | 'TENURE_END';

export function timelineEntryKey(
  date: string | null | undefined,
  kind: TimelineKind,
  nodeId: string,
  tenureId?: string | null,
): string {
  return `${date ?? '~'}\t${kind}\t${nodeId}\t${tenureId ?? ''}`;
}

/** The key as stored on an actor's own edge: its entries form one run of the relationship index. */
export function actorTimelineKey(actorId: string, entryKey: string): string {
  return `${actorId}\t${entryKey}`;
}

/** The bounds of the actor's run after the cursor: "\n" is the character after "\t", so it ends the run. */
export function actorTimelineRange(actorId: string, after: string | null): { low: string; high: string } {
  return { low: actorTimelineKey(actorId, after ?? ''), high: `${actorId}\n` };
}

/** timelineEntryKey in Cypher, over expressions (kind a literal). */
export function timelineEntryKeyCypher(date: string, kind: TimelineKind, nodeId: string, tenureId = "''"): string {
  return `coalesce(${date}, '~') + '\t${kind}\t' + ${nodeId} + '\t' + coalesce(${tenureId}, '')`;
}

/** actorTimelineKey in Cypher. */
export function actorTimelineKeyCypher(actorId: string, entryKey: string): string {
  return `${actorId} + '\t' + ${entryKey}`;
}

/**
 * Cypher that sets the actor-prefixed keys of edge `to`, copied from `from`, for actor `toActor` instead of
 * `fromActor` (an edge moved when two actors are merged into one): the timeline keys, and the anchored
 * statement key (src/domain/statementKeys.ts) that an actor's SAID, ADDRESSED_TO and ABOUT edges carry.
 */
export function rekeyedCypher(to: string, from: string, fromActor: string, toActor: string): string {
  return [TIMELINE_KEY, TENURE_START_KEY, TENURE_END_KEY, STATEMENT_KEY]
    .map(
      (p) =>
        `${to}.${p} = CASE WHEN ${from}.${p} STARTS WITH ${fromActor} + '\t' THEN ${toActor} + substring(${from}.${p}, size(${fromActor})) ELSE ${from}.${p} END`,
    )
    .join(', ');
}

/** Stored keys: SAID and HOLDS edge properties (actor-prefixed), Event node property. */
export const TIMELINE_KEY = 'timelineKey';
export const TENURE_START_KEY = 'timelineStartKey';
export const TENURE_END_KEY = 'timelineEndKey';
