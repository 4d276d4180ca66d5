/**
 * Corroboration's questions to the graph: which known statements and events a draft's facts might be
 * (src/ingest/corroborate.ts decides), and how many sources report each statement or event.
 */
import type { Database } from '../db/database.js';
import { overlapsCypher } from '../domain/dates.js';
import type { EvidenceKey, ExistingFacts, KnownEvent, KnownStatement } from '../ingest/corroborate.js';

/** A draft statement's look-up: its speaker, and its date range (null ends: open). */
export interface StatementProbe {
  speaker: string;
  from: string | null;
  to: string | null;
}

/** A draft event's look-up: its type, its participants, and its date range. */
export interface EventProbe {
  type: string;
  actors: string[];
  from: string | null;
  to: string | null;
}

/** Undated facts are candidates too: corroborate shows them to a person rather than merging them. */
const DATE_WINDOW = (n: string) =>
  `(${n}.dateEdtf IS NULL OR w.from IS NULL AND w.to IS NULL OR ${overlapsCypher(n, 'w.from', 'w.to')})`;

/** The evidence of node `n` as corroborate compares it: source and offsets. */
const EVIDENCE_OF = (n: string) => `COLLECT {
  UNWIND ${n}.evidenceIds AS eid MATCH (ev:Evidence {id: eid})
  RETURN {source: ev.sourceId, start: ev.start, end: ev.end} ORDER BY eid
}`;

export class CorroborationRepository {
  constructor(private readonly db: Database) {}

  /** Statements of each probe's speaker whose dates may overlap its own: the seek starts at the speaker. */
  async candidateStatements(probes: readonly StatementProbe[]): Promise<KnownStatement[]> {
    if (probes.length === 0) return [];
    const rows = await this.db.read<KnownStatement>(
      'corroboration:candidate-statements',
      `UNWIND $probes AS w
       MATCH (:Node {id: w.speaker})-[:SAID]->(s:Statement)
       WHERE ${DATE_WINDOW('s')}
       WITH DISTINCT w.speaker AS speaker, s
       RETURN s.id AS id, speaker, s.kind AS kind, s.text AS text, s.dateEdtf AS date, ${EVIDENCE_OF('s')} AS evidence`,
      { probes },
    );
    return rows.map((r) => ({ ...r, evidence: r.evidence.map(toKey) }));
  }

  /** Events of each probe's type that one of its actors takes part in, with dates that may overlap its own. */
  async candidateEvents(probes: readonly EventProbe[]): Promise<KnownEvent[]> {
    if (probes.length === 0) return [];
    const rows = await this.db.read<KnownEvent>(
      'corroboration:candidate-events',
      `UNWIND $probes AS w
       UNWIND w.actors AS actor
       MATCH (:Node {id: actor})-[p]-(e:Event {type: w.type})
       WHERE p.role IS NOT NULL AND ${DATE_WINDOW('e')}
       WITH DISTINCT e
       RETURN e.id AS id, e.type AS type, e.title AS title, coalesce(e.status, 'OCCURRED') AS status,
              e.dateEdtf AS date,
              COLLECT { MATCH (e)-[q]-(a:Actor) WHERE q.role IS NOT NULL RETURN {actor: a.id, role: q.role} } AS participants,
              ${EVIDENCE_OF('e')} AS evidence`,
      { probes },
    );
    return rows.map((r) => ({ ...r, evidence: r.evidence.map(toKey) }));
  }

  /** The candidates for every statement and event of a draft, in two queries. */
  async candidates(statements: readonly StatementProbe[], events: readonly EventProbe[]): Promise<ExistingFacts> {
    const [s, e] = await Promise.all([this.candidateStatements(statements), this.candidateEvents(events)]);
    return { statements: s, events: e };
  }

  /** How many distinct sources the evidence of each node comes from; batched by the sourceCount loader. */
  async sourceCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.read<{ id: string; count: number }>(
      'corroboration:source-counts',
      `UNWIND $ids AS id MATCH (n:Node {id: id})
       RETURN id, COUNT { UNWIND n.evidenceIds AS eid MATCH (ev:Evidence {id: eid}) RETURN DISTINCT ev.sourceId } AS count`,
      { ids },
    );
    return new Map(rows.map((r) => [r.id, r.count]));
  }
}

/** Offsets come back as Neo4j integers (numbers after the driver's conversion); keys compare as numbers. */
function toKey(e: EvidenceKey): EvidenceKey {
  return { source: e.source, start: Number(e.start), end: Number(e.end) };
}
