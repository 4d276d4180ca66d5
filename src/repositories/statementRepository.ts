/** Statements: filtered, newest first, in keyset pages; and the role each speaker held. */
import type { Database } from '../db/database.js';
import { newestFirstKey, overlapsCypher, validAtCypher } from '../domain/dates.js';
import { anchoredStatementRanges, STATEMENT_KEY } from '../domain/statementKeys.js';
import { pagesInKeyOrder } from './batchedRows.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type {
  ActorRecord,
  Basis,
  EvidenceRecord,
  KeyedPage,
  RoleRecord,
  StatementPrefetch,
  StatementRecord,
} from './records.js';

/** Every filter optional, combined with AND. */
export interface StatementFilter {
  speaker: string | null;
  addressee: string | null;
  about: string | null;
  kind: 'QUOTE' | 'PARAPHRASE' | null;
  /** STATED: only statements the sources report outright. */
  basis: Basis | null;
  /** from / to: statements whose date range overlaps the period. */
  from: string | null;
  to: string | null;
}

export interface StatementPageRequest {
  filter: StatementFilter;
  /** Sort key of the last statement of the previous page. */
  after: string | null;
  /** Count every match (totalCount): only when the client selected it, as it costs a walk of the matches. */
  withTotal: boolean;
  /** Nested fields the client selected on each statement, fetched by the page's own query. */
  nested?: Partial<Record<keyof StatementPrefetch, boolean>>;
}

/**
 * The role the speaker `sp` held when saying `s`: the latest-starting tenure that possibly held on the
 * statement's last possible day; for an undated statement, the speaker's current role.
 */
const roleWhenSaid = (sp: string, s: string) => `
  MATCH (${sp})-[h:HOLDS]->(r:Role)
  WHERE CASE WHEN ${s}.dateLatest IS NULL THEN h.current ELSE ${validAtCypher('h', `${s}.dateLatest`, "'POSSIBLE'")} END
  WITH r ORDER BY coalesce(h.start, '') DESC, r.id LIMIT 1`;

/**
 * Each nested field as fetched with its statement `n`, in the order its resolver gives without them:
 * addressees by id (as the adjacency loader orders them), evidence in the statement's order of ids.
 */
const NESTED: Record<keyof StatementPrefetch, string> = {
  speaker: `head([(sp:Actor)-[:SAID]->(n) | ${RAW_NODE('sp')}])`,
  speakerRole: `head(COLLECT { MATCH (sp:Actor)-[:SAID]->(n) ${roleWhenSaid('sp', 'n')} RETURN ${RAW_NODE('r')} })`,
  addressees: `COLLECT { MATCH (n)-[r:ADDRESSED_TO]->(ad:Actor) WITH r, ad ORDER BY ad.id, coalesce(r.id, '') RETURN ${RAW_NODE('ad')} }`,
  evidence: `COLLECT { UNWIND n.evidenceIds AS id MATCH (e:Evidence {id: id})
    RETURN {id: e.id, sourceId: e.sourceId, excerpt: e.excerpt, start: e.start, end: e.end} }`,
};

interface RawStatement {
  node: RawNode;
  speaker?: RawNode | null;
  speakerRole?: RawNode | null;
  addressees?: RawNode[];
  evidence?: EvidenceRecord[];
}

/** The projection of each page node, with the nested fields asked for. */
function projection(nested: StatementPageRequest['nested']): string {
  const fields = (Object.keys(NESTED) as Array<keyof StatementPrefetch>).filter((k) => nested?.[k]);
  return `{${[`node: ${RAW_NODE('n')}`, ...fields.map((k) => `${k}: ${NESTED[k]}`)].join(', ')}}`;
}

function toStatement(raw: RawStatement): StatementRecord {
  const record = toNodeRecord(raw.node) as StatementRecord;
  const prefetched: StatementPrefetch = {};
  if (raw.speaker) prefetched.speaker = toNodeRecord(raw.speaker) as ActorRecord;
  // A speaker may hold no role then: null is an answer, absence means not fetched.
  if (raw.speakerRole !== undefined)
    prefetched.speakerRole = raw.speakerRole && (toNodeRecord(raw.speakerRole) as RoleRecord);
  if (raw.addressees) prefetched.addressees = raw.addressees.map((a) => toNodeRecord(a) as ActorRecord);
  if (raw.evidence) prefetched.evidence = raw.evidence;
  return Object.keys(prefetched).length ? { ...record, prefetched } : record;
}

type Anchor = 'speaker' | 'addressee' | 'about';

/**
 * How a statement `s` joins its anchor through edge `e`, which carries the anchored key
 * (src/domain/statementKeys.ts), and the anchor's edges of that type counted by degree (no walk). SAID,
 * ADDRESSED_TO and ABOUT are written for statements only (writeFacts), so the degree is the anchor's number
 * of statements.
 */
const ANCHORS: Record<Anchor, { edge: string; degree: string }> = {
  speaker: { edge: '()-[e:SAID]->(s)', degree: '(a)-[:SAID]->()' },
  addressee: { edge: '(s)-[e:ADDRESSED_TO]->()', degree: '(a)<-[:ADDRESSED_TO]-()' },
  about: { edge: '(s)-[e:ABOUT]->()', degree: '(a)<-[:ABOUT]-()' },
};

/** The most selective anchor given: the speaker's statements, else the addressee's, else the subject's. */
const anchorOf = (f: StatementFilter): Anchor | null =>
  f.speaker !== null ? 'speaker' : f.addressee !== null ? 'addressee' : f.about !== null ? 'about' : null;

/** Whether any filter is set beyond the anchor: then the total is a count of matches, not a degree. */
function filteredBeyond(f: StatementFilter, anchor: Anchor | null): boolean {
  return (Object.keys(f) as Array<keyof StatementFilter>).some((k) => k !== anchor && f[k] !== null);
}

/** The link filters' tests of a candidate `s`; the anchor's own is left out, as its pattern says it. */
const LINK_TESTS: Record<Anchor, string> = {
  speaker: '(q.speaker IS NULL OR EXISTS { (:Node {id: q.speaker})-[:SAID]->(s) })',
  addressee: '(q.addressee IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(:Node {id: q.addressee}) })',
  about: '(q.about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Node {id: q.about}) })',
};

const VALUE_TESTS = `(q.kind IS NULL OR s.kind = q.kind)
  AND (q.basis IS NULL OR coalesce(s.basis, 'STATED') = q.basis)
  AND (q.from IS NULL AND q.to IS NULL OR ${overlapsCypher('s', 'q.from', 'q.to')})`;

/**
 * Each test is guarded by its parameter being null rather than left out, so the text does not depend on
 * which filters are set: a few texts in all, each planned once (planning a new text costs more than the
 * guards, which read no property when their parameter is null).
 */
const matchesFilter = (anchor: Anchor | null): string =>
  [...(Object.keys(LINK_TESTS) as Anchor[]).filter((k) => k !== anchor).map((k) => LINK_TESTS[k]), VALUE_TESTS].join(
    ' AND ',
  );

/** The anchor's statements whose keys fall in the run `range` and pass the filters. */
const keyedMatches = (anchor: Anchor, range: string) => `
      MATCH ${ANCHORS[anchor].edge}
      WHERE e.${STATEMENT_KEY} > ${range}.low AND e.${STATEMENT_KEY} < ${range}.high AND s:Statement AND ${matchesFilter(anchor)}`;

/**
 * The page of an anchored request: the anchor's statements are one run of its edges' key index, in page
 * order, so each run (anchoredStatementRanges: the dated one after the cursor and down to the oldest date
 * `from` allows, and the undated one) is a relationship index seek cut at the page size, and the two cuts
 * merged. It costs the page (and the statements the other filters drop), whatever the anchor's degree. One
 * branch per run, not an UNWIND of the runs: the planner keeps the index order only within one seek.
 */
const anchoredPage = (anchor: Anchor) => `
  CALL (q, ranges) {
    CALL (q, ranges) {
      ${[0, 1]
        .map(
          (k) => `WITH q, ranges[${k}] AS range ${keyedMatches(anchor, 'range')}
      RETURN s, e.${STATEMENT_KEY} AS key ORDER BY key LIMIT $limit`,
        )
        .join('\n      UNION\n      ')}
    }
    WITH s ORDER BY key LIMIT $limit
    RETURN collect(s) AS page
  }`;

/** The page of a request without an anchor: the statement_order index read in key order. */
const unanchoredPage = `
  CALL (q, low) {
    MATCH (s:Statement) WHERE s.sortKey > low AND ${matchesFilter(null)}
    WITH s ORDER BY s.sortKey LIMIT $limit
    RETURN collect(s) AS page
  }`;

/** totalCount by the cheapest exact means: the anchor's degree, the label's count store, or a count of matches. */
function totalOf(r: StatementPageRequest, anchor: Anchor | null): string {
  if (!r.withTotal) return '0';
  if (!filteredBeyond(r.filter, anchor)) return anchor ? `COUNT { ${ANCHORS[anchor].degree} }` : 'statementCount';
  // The count reads the anchor's key runs without the cursor: a date filter counts within its bounds.
  return anchor
    ? `COUNT { UNWIND allRanges AS range ${keyedMatches(anchor, 'range')} RETURN s }`
    : `COUNT { MATCH (s:Statement) WHERE ${matchesFilter(null)} }`;
}

/** The query for a request: its text depends on the request's shape only (anchor, filters set, total asked). */
function pagesQuery(r: StatementPageRequest): string {
  const anchor = anchorOf(r.filter);
  const bind = anchor ? `MATCH (a:Node {id: q.${anchor}})` : '';
  const page = anchor ? anchoredPage(anchor) : unanchoredPage;
  return `CALL () { MATCH (s:Statement) RETURN count(s) AS statementCount }
    UNWIND range(0, size($requests) - 1) AS i
    WITH i, statementCount, $requests[i] AS request
    WITH i, statementCount, request.filter AS q, request.low AS low, request.ranges AS ranges, request.allRanges AS allRanges
    ${bind}
    ${page}
    RETURN i, ${totalOf(r, anchor)} AS total, [n IN page | ${projection(r.nested)}] AS nodes`;
}

/**
 * Where the key-order read starts: after the cursor, and not before the newest day a `to` bound allows
 * (keys sort newest first, undated last, so a statement dated after `to` sorts before that day's keys).
 */
function lowKey(after: string | null, { to }: StatementFilter): string {
  const bound = to === null ? '' : newestFirstKey(to, '');
  return after !== null && after > bound ? after : bound;
}

/** A request's parameters: its filter, where its index read starts, and its anchor's key runs. */
function requestParams({ filter, after }: StatementPageRequest) {
  const anchor = anchorOf(filter);
  const low = lowKey(after, filter);
  const ranges = (from: string) => (anchor ? anchoredStatementRanges(filter[anchor]!, from, filter.from) : null);
  return { filter, low, ranges: ranges(low), allRanges: ranges(lowKey(null, filter)) };
}

export class StatementRepository {
  constructor(private readonly db: Database) {}

  /**
   * Several pages (the Actor.statements of every actor in a list): one query per kind of request, which is
   * one query for a list, whose requests share their shape. `limit` is one more than the page size, so the
   * caller can tell whether there is a next page.
   */
  async pages(requests: readonly StatementPageRequest[], limit: number): Promise<Array<KeyedPage<StatementRecord>>> {
    const groups = new Map<string, number[]>();
    requests.forEach((r, i) => groups.set(pagesQuery(r), [...(groups.get(pagesQuery(r)) ?? []), i]));
    const out: Array<KeyedPage<StatementRecord>> = [];
    await Promise.all(
      [...groups].map(async ([cypher, indexes]) => {
        const pages = await this.samePages(
          cypher,
          indexes.map((i) => requests[i]!),
          limit,
        );
        indexes.forEach((i, j) => (out[i] = pages[j]!));
      }),
    );
    return out;
  }

  /** Pages of requests that share their shape, in one query. */
  private async samePages(
    cypher: string,
    requests: readonly StatementPageRequest[],
    limit: number,
  ): Promise<Array<KeyedPage<StatementRecord>>> {
    const rows = await this.db.read<{ i: number; total: number; nodes: RawStatement[] }>('statements:pages', cypher, {
      requests: requests.map(requestParams),
      limit,
    });
    return pagesInKeyOrder(
      requests,
      rows,
      (row) => row.nodes,
      (n) => ({ key: String(n.node.props.sortKey), record: toStatement(n) }),
    );
  }

  /** The role each statement's speaker held when speaking (roleWhenSaid). */
  async speakerRoles(statementIds: readonly string[]): Promise<Map<string, RoleRecord>> {
    const rows = await this.db.read<{ id: string; role: RawNode }>(
      'statements:speaker-role',
      `UNWIND $ids AS id
       MATCH (sp:Actor)-[:SAID]->(s:Node:Statement {id: id})
       CALL (sp, s) { ${roleWhenSaid('sp', 's')} RETURN r }
       RETURN s.id AS id, ${RAW_NODE('r')} AS role`,
      { ids: statementIds },
    );
    return new Map(rows.map((r) => [r.id, toNodeRecord(r.role) as RoleRecord]));
  }
}
