/**
 * Schema migrations, run at every start: each statement is idempotent
 * (IF NOT EXISTS), so running them twice changes nothing.
 */
import { Neo4jError } from 'neo4j-driver';
import { KEYED_STATEMENT_EDGES, setStatementKeyCypher, STATEMENT_KEY } from '../domain/statementKeys.js';
import { actorTimelineKeyCypher, timelineEntryKeyCypher } from '../domain/timelineKeys.js';
import type { Database } from './database.js';

export const SEARCH_INDEX = 'actorgraph_search';

export const MIGRATIONS: ReadonlyArray<{ name: string; cypher: string }> = [
  // Every entity the API can return carries :Node and a unique id; lookups by id use this index.
  {
    name: 'node-id-unique',
    cypher: 'CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  },
  {
    name: 'evidence-id-unique',
    cypher: 'CREATE CONSTRAINT evidence_id_unique IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE',
  },
  // Name look-ups fold case and diacritics in code and match the folded keys here.
  { name: 'actor-name-keys', cypher: 'CREATE INDEX actor_name_keys IF NOT EXISTS FOR (a:Actor) ON (a.nameKeys)' },
  { name: 'statement-order', cypher: 'CREATE INDEX statement_order IF NOT EXISTS FOR (s:Statement) ON (s.sortKey)' },
  { name: 'event-type', cypher: 'CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)' },
  { name: 'event-order', cypher: 'CREATE INDEX event_order IF NOT EXISTS FOR (e:Event) ON (e.sortKey)' },
  { name: 'actor-order', cypher: 'CREATE INDEX actor_order IF NOT EXISTS FOR (a:Actor) ON (a.sortKey)' },
  // The change feed reads the audit trail's :Change nodes by commit time (changeFeedRepository.ts).
  { name: 'change-at', cypher: 'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)' },
  {
    name: 'search-fulltext',
    cypher: `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
      FOR (n:Actor|Role|Statement|Event) ON EACH [n.name, n.aliasesText, n.title, n.text]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  },
  // Events loaded before events had a sort key (cursor pages need one on every event).
  {
    name: 'event-sort-keys',
    cypher: "MATCH (e:Event) WHERE e.sortKey IS NULL SET e.sortKey = coalesce(e.date, '~') + '|' + e.id",
  },
  // Timeline pages seek on these (src/domain/timelineKeys.ts); the writers set them, the backfills below
  // give them to facts written before they existed.
  { name: 'said-timeline', cypher: 'CREATE INDEX said_timeline IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.timelineKey)' },
  {
    name: 'holds-timeline-start',
    cypher: 'CREATE INDEX holds_timeline_start IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.timelineStartKey)',
  },
  {
    name: 'holds-timeline-end',
    cypher: 'CREATE INDEX holds_timeline_end IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.timelineEndKey)',
  },
  { name: 'event-timeline', cypher: 'CREATE INDEX event_timeline IF NOT EXISTS FOR (e:Event) ON (e.timelineKey)' },
  {
    name: 'event-timeline-keys',
    cypher: `MATCH (e:Event) WHERE e.timelineKey IS NULL SET e.timelineKey = ${timelineEntryKeyCypher('e.date', 'EVENT', 'e.id')}`,
  },
  {
    name: 'said-timeline-keys',
    cypher: `MATCH (a:Actor)-[r:SAID]->(s:Statement) WHERE r.timelineKey IS NULL
      SET r.timelineKey = ${actorTimelineKeyCypher('a.id', timelineEntryKeyCypher('s.date', 'STATEMENT', 's.id'))}`,
  },
  {
    name: 'holds-timeline-keys',
    cypher: `MATCH (p:Person)-[h:HOLDS]->(r:Role)
      WHERE h.startEdtf IS NOT NULL AND h.timelineStartKey IS NULL OR h.endEdtf IS NOT NULL AND h.timelineEndKey IS NULL
      SET h.timelineStartKey = CASE WHEN h.startEdtf IS NOT NULL THEN ${actorTimelineKeyCypher('p.id', timelineEntryKeyCypher('h.start', 'TENURE_START', 'r.id', 'h.id'))} END,
          h.timelineEndKey = CASE WHEN h.endEdtf IS NOT NULL THEN ${actorTimelineKeyCypher('p.id', timelineEntryKeyCypher('h.end', 'TENURE_END', 'r.id', 'h.id'))} END`,
  },
  // Anchored statement pages seek on these (src/domain/statementKeys.ts); the writers set them, the backfills
  // give them to edges written before they existed.
  ...Object.entries(KEYED_STATEMENT_EDGES).flatMap(([type, { anchor }]) => {
    const pattern = anchor === 'start' ? '(a:Node)-[r:TYPE]->(s:Statement)' : '(s:Statement)-[r:TYPE]->(a:Node)';
    const name = type.toLowerCase().replaceAll('_', '-');
    return [
      {
        name: `${name}-statement-order`,
        cypher: `CREATE INDEX ${type.toLowerCase()}_statement_order IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${STATEMENT_KEY})`,
      },
      {
        name: `${name}-statement-keys`,
        cypher: `MATCH ${pattern.replace('TYPE', type)} WHERE r.${STATEMENT_KEY} IS NULL SET ${setStatementKeyCypher('r', 's', 'a')}`,
      },
    ];
  }),
  // The audit trail (docs/writes.md): one Change per mutation, newest first by `at`, retried ones found by key.
  {
    name: 'change-id-unique',
    cypher: 'CREATE CONSTRAINT change_id_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
  },
  {
    name: 'change-idempotency-key-unique',
    cypher:
      'CREATE CONSTRAINT change_idempotency_key_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.idempotencyKey IS UNIQUE',
  },
  { name: 'change-at', cypher: 'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)' },
  // Retracted facts leave :Node (so no read sees them) but stay findable for their history.
  { name: 'retracted-id', cypher: 'CREATE INDEX retracted_id IF NOT EXISTS FOR (n:Retracted) ON (n.id)' },
  { name: 'retracted-edge-id', cypher: 'CREATE INDEX retracted_edge_id IF NOT EXISTS FOR (e:RetractedEdge) ON (e.id)' },
  // Tenure edges have ids of their own ("tenure:…", "tenure:…>HEADS") that name no endpoint: retract finds them here.
  { name: 'holds-id', cypher: 'CREATE INDEX holds_id IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.id)' },
  { name: 'heads-id', cypher: 'CREATE INDEX heads_id IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.id)' },
];

// Two processes starting at once (npm start beside npm run import) can race to create the same rule: the
// loser's IF NOT EXISTS does not see the winner's uncommitted one, and Neo4j answers that it exists. It does.
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

export async function migrate(db: Database): Promise<void> {
  for (const m of MIGRATIONS) {
    try {
      await db.write(`migrate:${m.name}`, m.cypher);
    } catch (error) {
      if (!(error instanceof Neo4jError && ALREADY_THERE.has(error.code))) throw error;
    }
  }
  // Index population is asynchronous; wait so the first search after start sees everything.
  await db.write('migrate:await-indexes', 'CALL db.awaitIndexes(60)');
}
