/**
 * Every relationship the seed facts file asks for, derived from the file as its header comment and
 * README and docs/graph-model.md describe: statements (SAID, ADDRESSED_TO, ABOUT, RESPONDS_TO), tenures
 * (HOLDS, and HEADS for heading posts), posts (POST_IN), memberships (CITIZEN_OF / PART_OF a country),
 * participations (the part's edge), citations (CITES), publishers (PUBLISHED) and the file's own relations.
 */
import { participationEdge } from '../../src/ingest/participationEdges.js';
import { headedBy, seedFacts, type FactEvidence } from './seedFacts.js';

export interface ExpectedEdge {
  id: string;
  from: string;
  type: string;
  to: string;
  evidence: FactEvidence[];
  /** Properties the edge must carry (it may carry more, e.g. dates). */
  properties: Record<string, unknown>;
}

export function seedEdges(): ExpectedEdge[] {
  const f = seedFacts();
  const edges: ExpectedEdge[] = [];
  const add = (
    from: string,
    type: string,
    to: string,
    evidence: FactEvidence[],
    properties: Record<string, unknown> = {},
    id = `${from}>${type}>${to}`,
  ) => edges.push({ id, from, type, to, evidence, properties });

  for (const s of f.sources) {
    for (const c of s.cites) add(s.id, 'CITES', c, []);
    // The publisher's name in the text is what says that it published the source.
    if (s.publisherActor)
      add(s.publisherActor, 'PUBLISHED', s.id, f.actors.find((a) => a.id === s.publisherActor)?.evidence ?? []);
  }
  for (const a of f.actors)
    if (a.country) add(a.id, a.kind === 'PERSON' ? 'CITIZEN_OF' : 'PART_OF', a.country, a.evidence);
  for (const r of f.roles) {
    if (r.organization) add(r.id, 'POST_IN', r.organization, r.evidence);
    if (r.country) add(r.id, 'POST_IN', r.country, r.evidence);
  }
  for (const t of f.tenures) {
    add(t.person, 'HOLDS', t.role, t.evidence, { current: t.current }, t.id);
    const headed = headedBy(t);
    if (headed) add(t.person, 'HEADS', headed, t.evidence, { current: t.current, role: t.role }, `${t.id}>HEADS`);
  }
  for (const e of f.events) {
    for (const p of e.participants) {
      const { type, direction } = participationEdge(p.role, p.relation, p.direction);
      const [from, to] = direction === 'OUT' ? [p.actor, e.id] : [e.id, p.actor];
      add(from, type, to, p.evidence, { role: p.role });
    }
  }
  for (const s of f.statements) {
    add(s.speaker, 'SAID', s.id, s.evidence);
    // A link with evidence of its own carries that; a plain id shares the statement's.
    for (const l of s.addresseeLinks) add(s.id, 'ADDRESSED_TO', l.id, l.evidence ?? s.evidence);
    for (const l of s.aboutLinks) add(s.id, 'ABOUT', l.id, l.evidence ?? s.evidence);
    for (const a of s.respondsTo) add(s.id, 'RESPONDS_TO', a, s.evidence);
  }
  for (const r of f.relations)
    add(r.from, r.type, r.to, r.evidence, { ...r.properties, ...(r.note ? { note: r.note } : {}) });
  return edges;
}

/** The edges at one node, as that node sees them. */
export function edgesAt(nodeId: string): Array<ExpectedEdge & { direction: 'OUT' | 'IN'; node: string }> {
  return seedEdges().flatMap((e) => [
    ...(e.from === nodeId ? [{ ...e, direction: 'OUT' as const, node: e.to }] : []),
    ...(e.to === nodeId ? [{ ...e, direction: 'IN' as const, node: e.from }] : []),
  ]);
}
