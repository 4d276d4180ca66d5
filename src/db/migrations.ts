/**
 * Schema migrations, run at every start: each statement is idempotent
 * (IF NOT EXISTS), so running them twice changes nothing.
 */
import { Neo4jError } from 'neo4j-driver';
import { actorTimelineKeyCypher, timelineEntryKeyCypher } from '../domain/timelineKeys.js';
import type { Database } from './database.js';
import { DatabaseTimeout, StartupError } from '../errors.js';

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

/** How often the index wait polls, and how often it says where the build is. */
const INDEX_POLL_MS = 1_000;
const INDEX_PROGRESS_MS = 10_000;

interface IndexState {
  name: string;
  state: string;
  percent: number;
}

/** The indexes not online yet; a poll the busy server does not answer within a read's bound only means "not yet". */
async function pendingIndexes(db: Database): Promise<IndexState[] | undefined> {
  try {
    return await db.read<IndexState>(
      'migrate:index-states',
      "SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE' RETURN name, state, populationPercent AS percent",
    );
  } catch (error) {
    if (error instanceof DatabaseTimeout) return undefined;
    throw error;
  }
}

const describePending = (pending: readonly IndexState[] | undefined) =>
  pending
    ? `${pending.length} index(es) building: ${pending.map((i) => `${i.name} ${Math.floor(i.percent)}%`).join(', ')}`
    : 'the server is too busy to say how far the index build is';

/**
 * Waits until every index is online, polled in short reads, saying every few seconds how far each is: the
 * population after a fresh import may take longer than one transaction's timeout, and the first search must
 * see everything.
 */
export async function awaitIndexesOnline(
  db: Database,
  timeoutMs: number,
  log: (line: string) => void = () => {},
): Promise<void> {
  const started = Date.now();
  let said = started;
  for (;;) {
    const pending = await pendingIndexes(db);
    const failed = pending?.find((i) => i.state === 'FAILED');
    if (failed) throw new StartupError(`Neo4j could not build the index ${failed.name}; its log says why.`);
    if (pending?.length === 0) return;
    const now = Date.now();
    if (now - started > timeoutMs)
      throw new StartupError(
        `Neo4j is still building: ${describePending(pending)}; start again in a while to wait for it.`,
      );
    if (now - said >= INDEX_PROGRESS_MS) {
      log(`${Math.round((now - started) / 1000)} s: ${describePending(pending)}`);
      said = now;
    }
    await new Promise((r) => setTimeout(r, INDEX_POLL_MS));
  }
}

/** `awaitIndexes: false` leaves the wait to the caller (a fresh import's population outlasts one transaction). */
export async function migrate(db: Database, options: { awaitIndexes?: boolean } = {}): Promise<void> {
  for (const m of MIGRATIONS) {
    try {
      await db.write(`migrate:${m.name}`, m.cypher);
    } catch (error) {
      if (!(error instanceof Neo4jError && ALREADY_THERE.has(error.code))) throw error;
    }
  }
  // Index population is asynchronous; wait so the first search after start sees everything.
  if (options.awaitIndexes ?? true) await db.write('migrate:await-indexes', 'CALL db.awaitIndexes(60)');
}
