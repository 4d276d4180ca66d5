/**
 * Imports a facts file: reads and checks it, compiles it into node, edge and evidence rows with
 * stable ids, and hands them to the write repository, which MERGEs them in one transaction.
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
import type { DatePrecision } from '../repositories/records.js';
import type { BasisInput, EvidenceInput, FactsFile, StatementLinkInput } from './factsSchema.js';
import { participationEdge } from './participationEdges.js';
import { checkEvidence, evidenceEntries, FactsFileError, linkId, readFactsFile, type ReadFacts } from './readFacts.js';
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
    edge(t.person, 'HOLDS', t.role, ids, { ...props, ...basisProps(t) }, t.id);
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
    const dating = dateProps('date', 'datePrecision', rangeOf(e.date, e.datePrecision, e.datePhrase));
    node(
      e.id,
      ['Event'],
      {
        type: e.type,
        title: e.title,
        description: e.description ?? null,
        ...dating,
        dateNote: e.dateNote ?? null,
        status: e.status,
        sortKey: oldestFirstKey(dating.date as string | null, e.id),
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
    const dating = dateProps('date', 'datePrecision', rangeOf(s.date, s.datePrecision, s.datePhrase));
    node(
      s.id,
      ['Statement'],
      {
        kind: s.kind,
        text: s.text,
        ...dating,
        dateNote: s.dateNote ?? null,
        sortKey: newestFirstKey(dating.date as string | null, s.id),
        ...basisProps(s),
      },
      ids,
    );
    edge(s.speaker, 'SAID', s.id, ids, basisProps(s));
    const link = (type: string, l: StatementLinkInput) => {
      const own = typeof l === 'string' ? undefined : l.evidence;
      edge(s.id, type, linkId(l), own ? ev(own) : ids, basisProps(linkBasis(l, s)));
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
