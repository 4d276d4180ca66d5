/**
 * Imports facts files: reads and checks them, compiles them into node, edge and evidence rows with
 * stable ids, and hands them in batches to the write repository, which MERGEs each batch in one transaction.
 */
import type { Database } from '../db/database.js';
import { newestFirstKey, oldestFirstKey, validity } from '../domain/dates.js';
import { foldName } from '../domain/names.js';
import type { EvidenceInput, FactsFile } from './factsSchema.js';
import { participationEdge } from './participationEdges.js';
import { StartupError } from '../errors.js';
import {
  checkEvidence,
  evidenceEntries,
  factsFilesIn,
  FactsFileError,
  readFactsFile,
  type ReadFacts,
} from './readFacts.js';
import {
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

function compile(read: ReadFacts): FactRows {
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

  for (const s of f.sources) {
    const { textFile: _file, cites, ...props } = s;
    node(s.id, ['Source'], props, [], [], read.sourceTexts.get(s.id) ?? null);
    for (const c of cites) edge(s.id, 'CITES', c, []);
  }
  const labelOf = { PERSON: 'Person', ORGANIZATION: 'Organization', COUNTRY: 'Country' } as const;
  for (const a of f.actors) {
    const ids = ev(a.evidence);
    node(
      a.id,
      ['Actor', labelOf[a.kind]],
      { kind: a.kind, name: a.name, description: a.description ?? null, sortKey: `${foldName(a.name)}|${a.id}` },
      ids,
      [a.name, ...a.aliases],
    );
    if (a.country) edge(a.id, a.kind === 'PERSON' ? 'CITIZEN_OF' : 'PART_OF', a.country, ids);
    if (a.partOf) edge(a.id, 'PART_OF', a.partOf, ids);
  }
  for (const r of f.roles) {
    const ids = ev(r.evidence);
    node(r.id, ['Role'], { title: r.title, heads: r.heads }, ids, [r.title, ...r.aliases]);
    if (r.organization) edge(r.id, 'POST_IN', r.organization, ids);
    if (r.country) edge(r.id, 'POST_IN', r.country, ids);
  }
  const roles = new Map(f.roles.map((r) => [r.id, r]));
  for (const t of f.tenures) {
    const ids = ev(t.evidence);
    const dates = {
      start: t.start ?? null,
      startPrecision: t.startPrecision ?? null,
      end: t.end ?? null,
      endPrecision: t.endPrecision ?? null,
      note: t.note ?? null,
    };
    const valid = validity(t.start, t.end, t.endPrecision, t.current);
    edge(t.person, 'HOLDS', t.role, ids, { ...dates, ...valid, current: t.current }, t.id);
    // A post that heads something draws the HEADS edge a person would draw, over the same stretch.
    const role = roles.get(t.role);
    const headed = role?.heads ? (role.organization ?? role.country) : undefined;
    if (headed)
      edge(t.person, 'HEADS', headed, ids, { ...dates, ...valid, current: t.current, role: t.role }, `${t.id}>HEADS`);
  }
  for (const e of f.events) {
    const ids = ev(e.evidence);
    node(
      e.id,
      ['Event'],
      {
        type: e.type,
        title: e.title,
        description: e.description ?? null,
        date: e.date ?? null,
        datePrecision: e.datePrecision ?? null,
        dateNote: e.dateNote ?? null,
        status: e.status,
        sortKey: oldestFirstKey(e.date, e.id),
      },
      ids,
      [e.title],
    );
    for (const p of e.participants) {
      const { type, direction } = participationEdge(p.role, p.relation, p.direction);
      const [from, to] = direction === 'OUT' ? [p.actor, e.id] : [e.id, p.actor];
      edge(from, type, to, ev(p.evidence), { role: p.role });
    }
  }
  for (const s of f.statements) {
    const ids = ev(s.evidence);
    node(
      s.id,
      ['Statement'],
      {
        kind: s.kind,
        text: s.text,
        date: s.date ?? null,
        datePrecision: s.datePrecision ?? null,
        dateNote: s.dateNote ?? null,
        sortKey: newestFirstKey(s.date, s.id),
      },
      ids,
    );
    edge(s.speaker, 'SAID', s.id, ids);
    for (const a of s.addressees) edge(s.id, 'ADDRESSED_TO', a, ids);
    for (const a of s.about) edge(s.id, 'ABOUT', a, ids);
    for (const a of s.respondsTo) edge(s.id, 'RESPONDS_TO', a, ids);
  }
  for (const r of f.relations) {
    const dates = {
      start: r.start ?? null,
      startPrecision: r.startPrecision ?? null,
      end: r.end ?? null,
      endPrecision: r.endPrecision ?? null,
      note: r.note ?? null,
    };
    const valid = r.start || r.end ? validity(r.start, r.end, r.endPrecision, undefined) : {};
    edge(r.from, r.type, r.to, ev(r.evidence), { ...r.properties, ...dates, ...valid });
  }
  return { nodes, edges, evidence: [...evidence.values()] };
}

/** Rows written per transaction: large enough to amortise a commit, small enough for a 1 GB heap. */
export const DEFAULT_BATCH_ROWS = 5_000;

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
async function checkAll(repo: WriteRepository, reads: readonly ReadFacts[]): Promise<void> {
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

const factCounts = (reads: readonly ReadFacts[], rows: FactRows): Record<string, number> => {
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
  const files = factsFilesIn(inputs);
  if (files.length === 0) throw new FactsFileError(inputs.join(', '), ['no .yaml, .yml or .json facts file found']);
  const reads = files.map(readFactsFile);
  await checkAll(repo, reads);
  const compiled = reads.map(compile);
  const rows: FactRows = {
    evidence: compiled.flatMap((c) => c.evidence),
    nodes: compiled.flatMap((c) => c.nodes),
    edges: compiled.flatMap((c) => c.edges),
  };
  const plan = batches(rows, options.batchRows ?? DEFAULT_BATCH_ROWS);
  const progress: LoadProgress = {
    batch: 0,
    batches: plan.length,
    rowsWritten: 0,
    rows: rows.evidence.length + rows.nodes.length + rows.edges.length,
  };
  const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  options.onProgress?.({ ...progress }); // batch 0: everything is checked, nothing written yet
  for (const batch of plan) {
    if (options.shouldStop?.()) throw new LoadInterrupted({ ...progress });
    const written = await repo.writeFacts(batch);
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
