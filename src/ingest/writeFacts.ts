/**
 * Imports a facts file: reads and checks it, compiles it into node, edge and evidence rows with
 * stable ids, and hands them to the write repository, which MERGEs them in one transaction.
 */
import type { Database } from '../db/database.js';
import { newestFirstKey, oldestFirstKey, validity } from '../domain/dates.js';
import { foldName } from '../domain/names.js';
import type { EvidenceInput, FactsFile } from './factsSchema.js';
import { participationEdge } from './participationEdges.js';
import { checkEvidence, evidenceEntries, FactsFileError, readFactsFile, type ReadFacts } from './readFacts.js';
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

/** Ids and source texts the file refers to that must already be in the graph. */
function fetchExternal(repo: WriteRepository, read: ReadFacts): Promise<Map<string, string | null>> {
  // Evidence may point into any source the graph holds, cited by this file or not.
  const evidenceSources = evidenceEntries(read).flatMap((e) => (e.source ? [e.source] : []));
  const sourceIds = [...read.facts.sources.map((s) => s.id), ...evidenceSources];
  const ids = [
    ...new Set([...read.externalRefs.map((r) => r.id), ...sourceIds.filter((id) => !read.sourceTexts.has(id))]),
  ];
  return repo.existingTexts(ids);
}

export async function importFacts(db: Database, file: string): Promise<ImportSummary> {
  const repo = new WriteRepository(db);
  const read = readFactsFile(file);
  const external = await fetchExternal(repo, read);
  const missing = read.externalRefs.filter((ref) => !external.has(ref.id));
  if (missing.length > 0) {
    throw new FactsFileError(
      file,
      missing.map((ref) => `${ref.at}: refers to ${ref.id}, which is neither defined in this file nor in the graph`),
    );
  }
  const texts = new Map(read.sourceTexts);
  for (const [id, text] of external) if (text && !texts.has(id)) texts.set(id, text);
  checkEvidence(read, texts);

  const rows = compile(read);
  const totals = await repo.writeFacts(rows);
  const f: FactsFile = read.facts;
  return {
    file,
    ...totals,
    facts: {
      sources: f.sources.length,
      actors: f.actors.length,
      roles: f.roles.length,
      tenures: f.tenures.length,
      events: f.events.length,
      statements: f.statements.length,
      relations: rows.edges.length,
      evidence: rows.evidence.length,
    },
  };
}
