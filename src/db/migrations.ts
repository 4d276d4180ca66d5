/**
 * Migrations, run at every start (npm start, every test server, every replica, the command-line tools).
 * Two kinds: SCHEMA statements are idempotent (IF NOT EXISTS) and cheap, so they run every time; BACKFILLS
 * scan a whole label or relationship type, so each runs once per graph and a :Migration node (the ledger,
 * never :Node, so no read of the API sees it) remembers that it did.
 */
import { Neo4jError } from 'neo4j-driver';
import { KEYED_STATEMENT_EDGES, setStatementKeyCypher, STATEMENT_KEY } from '../domain/statementKeys.js';
import { actorTimelineKeyCypher, timelineEntryKeyCypher } from '../domain/timelineKeys.js';
import type { Database } from './database.js';
import { DatabaseTimeout, StartupError } from '../errors.js';

export const SEARCH_INDEX = 'actorgraph_search';

export interface Migration {
  name: string;
  cypher: string;
}

export const SCHEMA: readonly Migration[] = [
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
  // Timeline pages seek on these (src/domain/timelineKeys.ts); the writers set them, BACKFILLS give
  // them to facts written before they existed.
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
  // Anchored statement pages (src/domain/statementKeys.ts): each anchor's statements as one run of its edges.
  ...Object.keys(KEYED_STATEMENT_EDGES).map((type) => ({
    name: `${type.toLowerCase().replaceAll('_', '-')}-statement-order`,
    cypher: `CREATE INDEX ${type.toLowerCase()}_statement_order IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${STATEMENT_KEY})`,
  })),
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
  // Retracted facts leave :Node (so no read sees them) but stay findable for their history.
  { name: 'retracted-id', cypher: 'CREATE INDEX retracted_id IF NOT EXISTS FOR (n:Retracted) ON (n.id)' },
  { name: 'retracted-edge-id', cypher: 'CREATE INDEX retracted_edge_id IF NOT EXISTS FOR (e:RetractedEdge) ON (e.id)' },
  // Tenure edges have ids of their own ("tenure:…", "tenure:…>HEADS") that name no endpoint: retract finds them here.
  { name: 'holds-id', cypher: 'CREATE INDEX holds_id IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.id)' },
  { name: 'heads-id', cypher: 'CREATE INDEX heads_id IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.id)' },
  // The ledger of BACKFILLS: a replica that loses the race to record one MERGEs onto the winner's node.
  {
    name: 'migration-id-unique',
    cypher: 'CREATE CONSTRAINT migration_id_unique IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE',
  },
];

/** Each keys facts written before the loader and the mutations wrote that key themselves. */
export const BACKFILLS: readonly Migration[] = [
  // Events loaded before events had a sort key (cursor pages need one on every event).
  {
    name: 'event-sort-keys',
    cypher: "MATCH (e:Event) WHERE e.sortKey IS NULL SET e.sortKey = coalesce(e.date, '~') + '|' + e.id",
  },
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
  // Anchored statement pages' keys, for edges written before the writers set them.
  ...Object.entries(KEYED_STATEMENT_EDGES).map(([type, { anchor }]) => ({
    name: `${type.toLowerCase().replaceAll('_', '-')}-statement-keys`,
    cypher: `MATCH ${anchor === 'start' ? `(a:Node)-[r:${type}]->(s:Statement)` : `(s:Statement)-[r:${type}]->(a:Node)`}
      WHERE r.${STATEMENT_KEY} IS NULL SET ${setStatementKeyCypher('r', 's', 'a')}`,
  })),
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

export interface MigrationReport {
  /** The BACKFILLS this call ran: none once the graph's ledger holds them all. */
  backfilled: string[];
}

/** `awaitIndexes: false` leaves the wait to the caller (a fresh import's population outlasts one transaction). */
export async function migrate(db: Database, options: { awaitIndexes?: boolean } = {}): Promise<MigrationReport> {
  for (const m of SCHEMA) await applySchema(db, m);
  const done = await ledger(db);
  const backfilled: string[] = [];
  for (const m of BACKFILLS) {
    if (!done.has(m.name) && (await backfillOnce(db, m))) backfilled.push(m.name);
  }
  // Index population is asynchronous; wait so the first search after start sees everything.
  if (options.awaitIndexes ?? true) await db.write('migrate:await-indexes', 'CALL db.awaitIndexes(60)');
  return { backfilled };
}

async function applySchema(db: Database, m: Migration): Promise<void> {
  try {
    await db.write(`migrate:${m.name}`, m.cypher);
  } catch (error) {
    if (!(error instanceof Neo4jError && ALREADY_THERE.has(error.code))) throw error;
  }
}

async function ledger(db: Database): Promise<Set<string>> {
  const rows = await db.read<{ id: string }>('migrate:ledger', 'MATCH (m:Migration) RETURN m.id AS id');
  return new Set(rows.map((r) => r.id));
}

/**
 * Records the backfill in the ledger and runs it, in one transaction: it lands with its record or not at
 * all. Replicas starting at once all find the ledger without it; the unique constraint makes the others'
 * MERGE wait for the first one's commit and then match its node, so only the first runs the scan.
 */
async function backfillOnce(db: Database, m: Migration): Promise<boolean> {
  return db.writeTransaction(`migrate:backfill:${m.name}`, async (tx) => {
    const claim = await tx.run('MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime.transaction()', {
      id: m.name,
    });
    if (claim.summary.counters.updates().nodesCreated === 0) return false;
    await tx.run(m.cypher);
    return true;
  });
}
