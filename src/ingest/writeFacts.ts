/**
 * Imports facts files: reads and checks them, compiles them into node, edge and evidence rows with
 * stable ids, and hands them in batches to the write repository, which MERGEs each batch in one transaction.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import {
  derivedDate,
  newestFirstKey,
  oldestFirstKey,
  spanOf,
  toDateRange,
  type DateRange,
  type Span,
} from '../domain/dates.js';
import { foldName } from '../domain/names.js';
import { anchoredStatementKey } from '../domain/statementKeys.js';
import { actorTimelineKey, timelineEntryKey } from '../domain/timelineKeys.js';
import type { DatePrecision } from '../repositories/records.js';
import type { BasisInput, EvidenceInput, FactsFile, StatementLinkInput } from './factsSchema.js';
import { participationEdge } from './participationEdges.js';
import { StartupError } from '../errors.js';
import {
  checkEvidence,
  evidenceEntries,
  factsFilesIn,
  FactsFileError,
  linkId,
  readFactsFile,
  type ReadFacts,
} from './readFacts.js';
import {
  LoadLedger,
  WriteRepository,
  type EdgeRow,
  type EvidenceRow,
  type FactRows,
  type NodeRow,
} from '../repositories/writeRepository.js';

export interface ImportSummary {
  file: string;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  facts: Record<string, number>;
}

const slug = (id: string) => id.slice(id.indexOf(':') + 1);

function evidenceId(e: { source: string; start: number; end: number }): string {
  return `evidence:${slug(e.source)}:${e.start}-${e.end}`;
}

/**
 * Only what a file states: a field it leaves out keeps what another file said, rather than
 * being erased by `SET n += {field: null}` (two sources each tell part of the story).
 */
function stated(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** A Neo4j DATE, so ranges compare and index as dates rather than strings. */
const neoDate = (day: string | null) => {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};

/**
 * A date stored under a prefix: the derived date and precision the API has always given
 * (`date`, `datePrecision`), and the range itself (`dateEdtf`, `datePhrase`, `dateEarliest`, `dateLatest`).
 */
function dateProps(prefix: string, precisionKey: string, range: DateRange | null): Record<string, unknown> {
  if (!range) return {};
  const derived = derivedDate(range);
  return {
    [prefix]: derived.date,
    [precisionKey]: derived.datePrecision,
    [`${prefix}Edtf`]: range.edtf,
    [`${prefix}Phrase`]: range.phrase,
    [`${prefix}Earliest`]: neoDate(range.earliest),
    [`${prefix}Latest`]: neoDate(range.latest),
  };
}

const rangeOf = (value: string | null | undefined, precision?: DatePrecision | null, phrase?: string | null) =>
  value ? toDateRange(value, precision, phrase) : null;

/** A statement's or an event's date as stored: its range, the date derived from it, and the curator's note. */
function datedProps(f: {
  date?: string | null;
  datePrecision?: DatePrecision | null;
  datePhrase?: string | null;
  dateNote?: string | null;
}): { props: Record<string, unknown>; date: string | null } {
  const range = dateProps('date', 'datePrecision', rangeOf(f.date, f.datePrecision, f.datePhrase));
  return { props: { ...range, dateNote: f.dateNote ?? null }, date: (range.date as string | undefined) ?? null };
}

/** Where a fact holds, by certainty (src/domain/dates.ts), as Neo4j dates. */
function spanProps(span: Span): Record<string, unknown> {
  return Object.fromEntries(Object.entries(span).map(([k, v]) => [k, neoDate(v)]));
}

interface Spanned {
  start?: string | null;
  startPrecision?: DatePrecision | null;
  startPhrase?: string | null;
  end?: string | null;
  endPrecision?: DatePrecision | null;
  endPhrase?: string | null;
}

/** A tenure's or relation's start and end as stored: both ranges, and where the fact holds. */
function spannedProps(f: Spanned, current: boolean | undefined): Record<string, unknown> {
  const start = rangeOf(f.start, f.startPrecision, f.startPhrase);
  const end = rangeOf(f.end, f.endPrecision, f.endPhrase);
  if (!start && !end && current === undefined) return {};
  return {
    ...dateProps('start', 'startPrecision', start),
    ...dateProps('end', 'endPrecision', end),
    ...spanProps(spanOf(start, end, current ?? !end)),
  };
}

/** A tenure's places in its person's timeline: where it starts and where it ends, when each is dated. */
function tenureTimelineKeys(person: string, role: string, id: string, props: Record<string, unknown>) {
  const key = (side: 'start' | 'end') =>
    props[`${side}Edtf`] == null
      ? null
      : actorTimelineKey(
          person,
          timelineEntryKey(
            props[side] as string | undefined,
            side === 'start' ? 'TENURE_START' : 'TENURE_END',
            role,
            id,
          ),
        );
  return { timelineStartKey: key('start'), timelineEndKey: key('end') };
}

/** How a fact is known, as stored on its node or edge. */
function basisProps(b: BasisInput): Record<string, unknown> {
  return {
    basis: b.basis,
    reasoning: b.reasoning ?? null,
    confidence: b.confidence ?? null,
    extractedBy: b.extractedBy ?? null,
    needsReview: b.needsReview ?? null,
  };
}

/** A link written as a plain id shares the statement's basis and evidence. */
function linkBasis(link: StatementLinkInput, statement: BasisInput): BasisInput {
  return typeof link === 'string' ? statement : link;
}

/** The weaker of two bases: a fact drawn from an inferred one is inferred too. */
function weaker(a: BasisInput, b: BasisInput): BasisInput {
  return a.basis === 'INFERRED' ? a : b;
}

export function compile(read: ReadFacts): FactRows {
  const f = read.facts;
  const evidence = new Map<string, EvidenceRow>();
  const ev = (list: EvidenceInput[]): string[] =>
    list.map((e) => {
      const row = { sourceId: (e.source ?? read.defaultSourceId)!, start: e.start, end: e.end, excerpt: e.excerpt };
      const id = evidenceId({ source: row.sourceId, start: e.start, end: e.end });
      evidence.set(id, { id, ...row });
      return id;
    });
  const nodes: NodeRow[] = [];
  const edges: EdgeRow[] = [];
  const edge = (
    from: string,
    type: string,
    to: string,
    evidenceIds: string[],
    props: Record<string, unknown> = {},
    id = `${from}>${type}>${to}`,
  ) => edges.push({ id, from, type, to, props: stated(props), evidenceIds });
  const node = (
    id: string,
    labels: string[],
    props: Record<string, unknown>,
    evidenceIds: string[],
    names: string[] = [],
    sourceText?: string | null,
  ) =>
    nodes.push({
      id,
      labels,
      props: stated(props),
      evidenceIds,
      aliases: names.slice(1),
      nameKeys: [...new Set(names.map(foldName))],
      sourceText,
    });

  const actorsById = new Map(f.actors.map((a) => [a.id, a]));
  for (const s of f.sources) {
    const { textFile: _file, cites, publisherActor, published, publishedPrecision, publishedPhrase, ...props } = s;
    const publishedRange = rangeOf(published, publishedPrecision, publishedPhrase);
    node(
      s.id,
      ['Source'],
      { ...props, ...dateProps('published', 'publishedPrecision', publishedRange) },
      [],
      [],
      read.sourceTexts.get(s.id) ?? null,
    );
    for (const c of cites) edge(s.id, 'CITES', c, []);
    // The publisher's own evidence (its name in the text) is what says it published the source.
    const publisher = publisherActor ? actorsById.get(publisherActor) : undefined;
    if (publisherActor)
      edge(publisherActor, 'PUBLISHED', s.id, publisher ? ev(publisher.evidence) : [], {
        basis: 'STATED',
      });
  }
  const labelOf = {
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    COUNTRY: 'Country',
    GROUP: 'Group',
  } as const;
  for (const a of f.actors) {
    const ids = ev(a.evidence);
    const referenceAliases = a.referenceAliases.map((r) => r.alias);
    node(
      a.id,
      ['Actor', labelOf[a.kind]],
      {
        kind: a.kind,
        name: a.name,
        description: a.description ?? null,
        // A tab sorts before every character of a folded name: "russia" comes before "russian representatives".
        sortKey: `${foldName(a.name)}\t${a.id}`,
        ...basisProps(a),
        // Which source gives each alias that the file's own sources do not (JSON: Neo4j keeps no maps).
        referenceAliases: a.referenceAliases.length > 0 ? JSON.stringify(a.referenceAliases) : null,
      },
      ids,
      [a.name, ...a.aliases, ...referenceAliases],
    );
    if (a.country) edge(a.id, a.kind === 'PERSON' ? 'CITIZEN_OF' : 'PART_OF', a.country, ids, basisProps(a));
    if (a.partOf) edge(a.id, 'PART_OF', a.partOf, ids, basisProps(a));
  }
  // An edge to an inferred actor is inferred too (a post in a ministry the article never names).
  const withActor = (b: BasisInput, id: string): BasisInput => {
    const actor = actorsById.get(id);
    return actor ? weaker(actor, b) : b;
  };
  for (const r of f.roles) {
    const ids = ev(r.evidence);
    node(r.id, ['Role'], { title: r.title, heads: r.heads, ...basisProps(r) }, ids, [r.title, ...r.aliases]);
    if (r.organization) edge(r.id, 'POST_IN', r.organization, ids, basisProps(withActor(r, r.organization)));
    if (r.country) edge(r.id, 'POST_IN', r.country, ids, basisProps(withActor(r, r.country)));
  }
  const roles = new Map(f.roles.map((r) => [r.id, r]));
  for (const t of f.tenures) {
    const ids = ev(t.evidence);
    const props = { ...spannedProps(t, t.current), current: t.current, note: t.note ?? null };
    edge(
      t.person,
      'HOLDS',
      t.role,
      ids,
      { ...props, ...tenureTimelineKeys(t.person, t.role, t.id, props), ...basisProps(t) },
      t.id,
    );
    // A post that heads something draws the HEADS edge a person would draw, over the same stretch.
    const role = roles.get(t.role);
    const headed = role?.heads ? (role.organization ?? role.country) : undefined;
    if (role && headed)
      edge(
        t.person,
        'HEADS',
        headed,
        ids,
        { ...props, role: t.role, ...basisProps(withActor(weaker(role, t), headed)) },
        `${t.id}>HEADS`,
      );
  }
  for (const e of f.events) {
    const ids = ev(e.evidence);
    const dated = datedProps(e);
    node(
      e.id,
      ['Event'],
      {
        type: e.type,
        title: e.title,
        description: e.description ?? null,
        ...dated.props,
        status: e.status,
        sortKey: oldestFirstKey(dated.date, e.id),
        timelineKey: timelineEntryKey(dated.date, 'EVENT', e.id),
        ...basisProps(e),
      },
      ids,
      [e.title],
    );
    for (const p of e.participants) {
      const { type, direction } = participationEdge(p.role, p.relation, p.direction);
      const [from, to] = direction === 'OUT' ? [p.actor, e.id] : [e.id, p.actor];
      edge(from, type, to, ev(p.evidence), { role: p.role, ...basisProps(p) });
    }
  }
  for (const s of f.statements) {
    const ids = ev(s.evidence);
    const dated = datedProps(s);
    const sortKey = newestFirstKey(dated.date, s.id);
    node(s.id, ['Statement'], { kind: s.kind, text: s.text, ...dated.props, sortKey, ...basisProps(s) }, ids);
    const said = actorTimelineKey(s.speaker, timelineEntryKey(dated.date, 'STATEMENT', s.id));
    const statementKey = (anchor: string) => anchoredStatementKey(anchor, sortKey);
    edge(s.speaker, 'SAID', s.id, ids, { ...basisProps(s), timelineKey: said, statementKey: statementKey(s.speaker) });
    const link = (type: string, l: StatementLinkInput) => {
      const own = typeof l === 'string' ? undefined : l.evidence;
      const props = { ...basisProps(linkBasis(l, s)), statementKey: statementKey(linkId(l)) };
      edge(s.id, type, linkId(l), own ? ev(own) : ids, props);
    };
    for (const a of s.addressees) link('ADDRESSED_TO', a);
    for (const a of s.about) link('ABOUT', a);
    for (const a of s.respondsTo) edge(s.id, 'RESPONDS_TO', a, ids, basisProps(s));
  }
  for (const r of f.relations) {
    edge(r.from, r.type, r.to, ev(r.evidence), {
      ...r.properties,
      ...spannedProps(r, undefined),
      note: r.note ?? null,
      ...basisProps(r),
    });
  }
  return { nodes, edges, evidence: [...evidence.values()] };
}

/** Rows written per transaction: large enough to amortise a commit, small enough for a 1 GB heap. */
export const DEFAULT_BATCH_ROWS = 20_000;

export interface LoadProgress {
  batch: number;
  batches: number;
  rowsWritten: number;
  rows: number;
}

export interface LoadOptions {
  batchRows?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** Asked between batches: true ends the load after the batch in flight (an interrupt). */
  shouldStop?: () => boolean;
}

/** A load stopped between two batches: what is written stays, and the same command finishes it. */
export class LoadInterrupted extends StartupError {
  constructor(readonly progress: LoadProgress) {
    super(
      `Load interrupted after batch ${progress.batch} of ${progress.batches} ` +
        `(${progress.rowsWritten} of ${progress.rows} rows written, each batch whole). ` +
        'Run the same command again to finish: it merges on stable ids, so what is loaded is not duplicated.',
    );
    this.name = 'LoadInterrupted';
  }
}

/**
 * Checks every file against the others and the graph before anything is written: an id one file defines
 * may be used by another, and evidence may point into any input's or the graph's source texts.
 */
export async function checkAll(
  repo: Pick<WriteRepository, 'existingTexts'>,
  reads: readonly ReadFacts[],
): Promise<void> {
  const defined = new Set(
    reads.flatMap((r) =>
      [...r.facts.sources, ...r.facts.actors, ...r.facts.roles, ...r.facts.events, ...r.facts.statements].map(
        (x) => x.id,
      ),
    ),
  );
  const texts = new Map(reads.flatMap((r) => [...r.sourceTexts]));
  const outside = reads.flatMap((r) => r.externalRefs.map((ref) => ref.id).filter((id) => !defined.has(id)));
  // Evidence may point into any source the graph holds, cited by the input or not.
  const sources = reads.flatMap((r) => evidenceEntries(r).flatMap((e) => (e.source ? [e.source] : [])));
  const wanted = [...new Set([...outside, ...sources.filter((id) => !texts.has(id))])];
  const external = await repo.existingTexts(wanted);
  for (const [id, text] of external) if (text && !texts.has(id)) texts.set(id, text);
  for (const read of reads) {
    const missing = read.externalRefs.filter((ref) => !defined.has(ref.id) && !external.has(ref.id));
    if (missing.length > 0) {
      throw new FactsFileError(
        read.file,
        missing.map((ref) => `${ref.at}: refers to ${ref.id}, which is neither defined in the input nor in the graph`),
      );
    }
    checkEvidence(read, texts);
  }
}

/** Cuts the rows into transactions of at most `size` rows, evidence first, then nodes, then edges. */
function batches(rows: FactRows, size: number): FactRows[] {
  const out: FactRows[] = [];
  let current: FactRows = { evidence: [], nodes: [], edges: [] };
  let count = 0;
  for (const kind of ['evidence', 'nodes', 'edges'] as const) {
    for (let i = 0; i < rows[kind].length;) {
      const take = Math.min(size - count, rows[kind].length - i);
      (current[kind] as unknown[]).push(...rows[kind].slice(i, i + take));
      [i, count] = [i + take, count + take];
      if (count === size) {
        out.push(current);
        [current, count] = [{ evidence: [], nodes: [], edges: [] }, 0];
      }
    }
  }
  if (count > 0) out.push(current);
  return out;
}

export const factCounts = (reads: readonly ReadFacts[], rows: FactRows): Record<string, number> => {
  const sum = (k: keyof FactsFile) => reads.reduce((n, r) => n + r.facts[k].length, 0);
  return {
    sources: sum('sources'),
    actors: sum('actors'),
    roles: sum('roles'),
    tenures: sum('tenures'),
    events: sum('events'),
    statements: sum('statements'),
    relations: rows.edges.length,
    evidence: rows.evidence.length,
  };
};

/** The files' and folders' facts, all read and checked (`graph` says which outside ids exist), then compiled. */
export async function checkedRows(
  graph: Pick<WriteRepository, 'existingTexts'>,
  inputs: readonly string[],
): Promise<{ files: string[]; reads: ReadFacts[]; rows: FactRows }> {
  const files = factsFilesIn(inputs);
  if (files.length === 0) throw new FactsFileError(inputs.join(', '), ['no .yaml, .yml or .json facts file found']);
  const reads = files.map(readFactsFile);
  await checkAll(graph, reads);
  const compiled = reads.map(compile);
  const rows: FactRows = {
    evidence: compiled.flatMap((c) => c.evidence),
    nodes: compiled.flatMap((c) => c.nodes),
    edges: compiled.flatMap((c) => c.edges),
  };
  return { files, reads, rows };
}

/**
 * Loads facts files and folders of them: all read and checked first (one bad file and nothing is written),
 * then written in batches of `batchRows`, each its own transaction. A file that fits one batch is written
 * whole or not at all; a larger load interrupted part-way is finished by loading it again.
 */
export async function loadFacts(
  db: Database,
  inputs: readonly string[],
  options: LoadOptions = {},
): Promise<ImportSummary> {
  const repo = new WriteRepository(db);
  const { files, reads, rows } = await checkedRows(repo, inputs);
  const plan = batches(rows, options.batchRows ?? DEFAULT_BATCH_ROWS);
  const progress: LoadProgress = {
    batch: 0,
    batches: plan.length,
    rowsWritten: 0,
    rows: rows.evidence.length + rows.nodes.length + rows.edges.length,
  };
  const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const ledger = new LoadLedger();
  options.onProgress?.({ ...progress }); // batch 0: everything is checked, nothing written yet
  for (const batch of plan) {
    if (options.shouldStop?.()) throw new LoadInterrupted({ ...progress });
    const written = await repo.writeFacts(batch, ledger);
    totals.nodesCreated += written.nodesCreated;
    totals.relationshipsCreated += written.relationshipsCreated;
    totals.propertiesSet += written.propertiesSet;
    progress.batch += 1;
    progress.rowsWritten += batch.evidence.length + batch.nodes.length + batch.edges.length;
    options.onProgress?.({ ...progress });
  }
  return { file: files.join(', '), ...totals, facts: factCounts(reads, rows) };
}

export function importFacts(db: Database, file: string, options: LoadOptions = {}): Promise<ImportSummary> {
  return loadFacts(db, [file], options);
}
