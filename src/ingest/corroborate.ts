/**
 * Corroboration: a statement or event that several sources report becomes one node with evidence from each.
 *
 * A draft (a facts file the extractor wrote for one article) is compared with what is already known: the
 * graph's candidates (src/repositories/corroborationRepository.ts) and the other drafts of the same batch.
 * A draft statement or event that matches one known fact takes that fact's id, so the loader MERGEs it into
 * the existing node and its evidence (from the new source) joins the old; the node keeps the wording, kind and
 * date it has. A near match is flagged AMBIGUOUS_MATCH and kept apart: a person decides, never the threshold.
 *
 * The rules (docs/evaluation.md#corroboration):
 * - the same fact: it shares a piece of evidence (source and offsets) with the known one (loading a draft
 *   again changes nothing);
 * - never the same fact: a known fact with evidence from the draft fact's own source (one article's two
 *   statements are two statements, however alike);
 * - statements: the same speaker, date ranges that overlap, and text similarity (src/domain/textSimilarity.ts)
 *   at least MERGE_AT; AMBIGUOUS_FROM up to MERGE_AT, an undated side, or a second candidate as close, is a flag;
 * - events: the same type, overlapping dates, and a score from their participants (actor and part) and titles.
 */
import { overlaps, parseEdtf, toDateRange } from '../domain/dates.js';
import { dice, textSimilarity } from '../domain/textSimilarity.js';
import type { CorroborationRepository } from '../repositories/corroborationRepository.js';
import type { FactsFileInput, ReviewFlag } from './factsSchema.js';

/** Text similarity from which two statements of one speaker, on overlapping dates, are one. */
export const MERGE_AT = 0.7;
/** Text similarity from which a pair is shown to a person rather than kept apart silently. */
export const AMBIGUOUS_FROM = 0.5;
/** A second candidate this close to the best makes the choice a person's. */
const TIE_MARGIN = 0.1;

/** A piece of evidence as it identifies a fact: its source and offsets. */
export interface EvidenceKey {
  source: string;
  start: number;
  end: number;
}

export interface KnownStatement {
  id: string;
  speaker: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  /** EDTF, as stored; null when undated. */
  date: string | null;
  evidence: EvidenceKey[];
}

export interface KnownEvent {
  id: string;
  type: string;
  title: string;
  status: string;
  date: string | null;
  participants: Array<{ actor: string; role: string }>;
  evidence: EvidenceKey[];
}

/** What a draft is compared with: candidates from the graph, or the facts of other drafts of the batch. */
export interface ExistingFacts {
  statements: KnownStatement[];
  events: KnownEvent[];
}

export interface Corroborated {
  facts: FactsFileInput;
  flags: ReviewFlag[];
}

type DraftStatement = NonNullable<FactsFileInput['statements']>[number];
type DraftEvent = NonNullable<FactsFileInput['events']>[number];
type DraftEvidence = DraftStatement['evidence'][number];

const keyOf = (e: EvidenceKey) => `${e.source}:${e.start}-${e.end}`;

/** The source evidence points into when it names none: the file's first source with a text (as the loader reads it). */
function defaultSource(draft: FactsFileInput): string | undefined {
  return draft.sources.find((s) => s.textFile)?.id ?? draft.sources[0]?.id;
}

function evidenceKeys(list: readonly DraftEvidence[], fallback: string | undefined): EvidenceKey[] {
  return list.flatMap((e) => {
    const source = e.source ?? fallback;
    return source ? [{ source, start: e.start, end: e.end }] : [];
  });
}

/** The date as a range, whatever form the draft gives it in; null when undated. */
function rangeOf(date: string | null | undefined, precision?: DraftStatement['datePrecision']) {
  if (!date) return null;
  try {
    return toDateRange(date, precision);
  } catch {
    return null;
  }
}

function datesOverlap(a: ReturnType<typeof rangeOf>, b: string | null): boolean {
  if (!a || !b) return false;
  const other = parseEdtf(b);
  return overlaps(a, other.earliest, other.latest);
}

interface Candidate {
  id: string;
  score: number;
  /** Shares evidence with the draft fact: it is the same fact, loaded before. */
  same: boolean;
  datesOverlap: boolean;
}

type Flag = { kind: 'flag'; candidates: Candidate[]; reason: string };
/** A merge may carry a flag: a fact loaded before keeps the doubt it was loaded with. */
type Decision = { kind: 'merge'; into: string; flag?: Flag } | Flag | null;

/** The rule for both kinds of fact, once the candidates are scored. */
function decide(candidates: Candidate[], what: string): Decision {
  const same = candidates.find((c) => c.same);
  if (same) {
    // Decided again without itself, so a second load raises the flags the first did.
    const rest = decide(
      candidates.filter((c) => c !== same),
      what,
    );
    const flag =
      rest?.kind === 'merge' ? { kind: 'flag' as const, candidates: [], reason: `also matches ${rest.into}` } : rest;
    return flag ? { kind: 'merge', into: same.id, flag } : { kind: 'merge', into: same.id };
  }
  const near = candidates
    .filter((c) => c.score >= AMBIGUOUS_FROM)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const [best, second] = near;
  if (!best) return null;
  const describe = (c: Candidate) =>
    `${c.id} (${c.score.toFixed(2)}${c.datesOverlap ? '' : ', dates do not overlap or are missing'})`;
  if (best.score >= MERGE_AT && best.datesOverlap && !(second && best.score - second.score < TIE_MARGIN))
    return { kind: 'merge', into: best.id };
  const why =
    best.score < MERGE_AT
      ? `${what} similarity ${best.score.toFixed(2)} is under the merge threshold ${MERGE_AT}`
      : !best.datesOverlap
        ? `${what} matches, but the dates do not overlap or one is missing`
        : 'two known facts match about as well';
  return { kind: 'flag', candidates: near, reason: `${why}: ${near.map(describe).join(', ')}` };
}

/**
 * Whether a known fact is this draft fact loaded before (`true`), another fact of the same source, so never
 * this one (`null`), or a candidate to compare (`false`).
 */
function identity(
  draftId: string,
  keys: EvidenceKey[],
  known: { id: string; evidence: EvidenceKey[] },
): boolean | null {
  const mine = new Set(keys.map(keyOf));
  if (known.id === draftId || known.evidence.some((e) => mine.has(keyOf(e)))) return true;
  const sources = new Set(keys.map((k) => k.source));
  return known.evidence.some((e) => sources.has(e.source)) ? null : false;
}

function scoreStatement(s: DraftStatement, keys: EvidenceKey[], known: KnownStatement): Candidate | null {
  const same = identity(s.id, keys, known);
  if (known.speaker !== s.speaker || same === null) return null;
  return {
    id: known.id,
    score: textSimilarity(s.text, known.text),
    same,
    datesOverlap: datesOverlap(rangeOf(s.date, s.datePrecision), known.date),
  };
}

const participantKey = (p: { actor: string; role: string }) => `${p.actor}|${p.role}`;

function scoreEvent(e: DraftEvent, keys: EvidenceKey[], known: KnownEvent): Candidate | null {
  const same = identity(e.id, keys, known);
  if (known.type !== e.type || same === null) return null;
  const draftParts = new Set((e.participants ?? []).map(participantKey));
  const knownParts = new Set(known.participants.map(participantKey));
  const titles = textSimilarity(e.title, known.title);
  // Who did what to whom says most about an event; titles are written differently by every source.
  const score =
    draftParts.size > 0 && knownParts.size > 0 ? 0.75 * dice(draftParts, knownParts) + 0.25 * titles : titles;
  return { id: known.id, score, same, datesOverlap: datesOverlap(rangeOf(e.date, e.datePrecision), known.date) };
}

/** Every reference a draft makes to a statement or event id, renamed where it was merged. */
function renameReferences(draft: FactsFileInput, renamed: Map<string, string>): FactsFileInput {
  if (renamed.size === 0) return draft;
  const to = (id: string) => renamed.get(id) ?? id;
  type Link = NonNullable<DraftStatement['about']>[number];
  const link = (l: Link): Link => (typeof l === 'string' ? to(l) : { ...l, id: to(l.id) });
  return {
    ...draft,
    statements: draft.statements?.map((s) => ({
      ...s,
      about: s.about?.map(link),
      respondsTo: s.respondsTo?.map(to),
    })),
    relations: draft.relations?.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })),
  };
}

/**
 * The draft with each statement and event that matches a known one renamed to it (keeping the known wording,
 * kind, title and date), and a flag for each near match, which stays apart with `needsReview: true`.
 */
export function corroborate(draft: FactsFileInput, existing: ExistingFacts): Corroborated {
  const fallback = defaultSource(draft);
  const flags: ReviewFlag[] = [];
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const flag = (factId: string, decision: Flag) =>
    flags.push({
      kind: 'AMBIGUOUS_MATCH',
      factId,
      reason: decision.reason,
      candidates: decision.candidates.map((c) => c.id),
    });
  // Two facts of one draft never merge into the same known one: the second goes to a person.
  const claim = (id: string, into: string) => {
    if (taken.has(into)) return false;
    taken.add(into);
    if (into !== id) renamed.set(id, into);
    return true;
  };

  const flagged = <F extends { id: string; needsReview?: boolean | null }>(fact: F, decision: Flag): F => {
    flag(fact.id, decision);
    return { ...fact, needsReview: true };
  };
  /** A fact as decided: renamed into a known one (`adopt` keeps the known one's words), flagged, or as it was. */
  const apply = <F extends { id: string; needsReview?: boolean | null }>(
    fact: F,
    decision: Decision,
    adopt: (into: string) => F,
  ): F => {
    if (decision?.kind !== 'merge') return decision ? flagged(fact, decision) : fact;
    if (!claim(fact.id, decision.into)) {
      const reason = `another fact of this draft already matched ${decision.into}`;
      return flagged(fact, { kind: 'flag', candidates: [], reason });
    }
    const merged = decision.into === fact.id ? fact : adopt(decision.into);
    return decision.flag ? flagged(merged, decision.flag) : merged;
  };

  const statements = draft.statements?.map((s) => {
    const keys = evidenceKeys(s.evidence, fallback);
    const scored = existing.statements.flatMap((k) => scoreStatement(s, keys, k) ?? []);
    return apply(s, decide(scored, 'text'), (into): DraftStatement => {
      const known = existing.statements.find((k) => k.id === into)!;
      // The node keeps what it says; phrase and note left out keep the stored ones (the loader never erases).
      const { datePrecision: _p, datePhrase: _ph, dateNote: _n, ...rest } = s;
      return { ...rest, id: known.id, text: known.text, kind: known.kind, date: known.date ?? s.date };
    });
  });

  const events = draft.events?.map((e) => {
    const keys = evidenceKeys(e.evidence, fallback);
    const scored = existing.events.flatMap((k) => scoreEvent(e, keys, k) ?? []);
    return apply(e, decide(scored, 'participants and title'), (into): DraftEvent => {
      const known = existing.events.find((k) => k.id === into)!;
      const { datePrecision: _p, datePhrase: _ph, dateNote: _n, description: _d, ...rest } = e;
      const status = known.status as DraftEvent['status'];
      return { ...rest, id: known.id, title: known.title, status, date: known.date ?? e.date };
    });
  });

  return { facts: renameReferences({ ...draft, statements, events }, renamed), flags };
}

/** A draft's statements and events as known facts: what the next draft of the same batch is compared with. */
export function knownFromDraft(draft: FactsFileInput): ExistingFacts {
  const fallback = defaultSource(draft);
  const dateOf = (date: string | null | undefined, precision: DraftStatement['datePrecision']) =>
    rangeOf(date, precision)?.edtf ?? null;
  return {
    statements: (draft.statements ?? []).map((s) => ({
      id: s.id,
      speaker: s.speaker,
      kind: s.kind,
      text: s.text,
      date: dateOf(s.date, s.datePrecision),
      evidence: evidenceKeys(s.evidence, fallback),
    })),
    events: (draft.events ?? []).map((e) => ({
      id: e.id,
      type: e.type,
      title: e.title,
      status: e.status ?? 'OCCURRED',
      date: dateOf(e.date, e.datePrecision),
      participants: (e.participants ?? []).map((p) => ({ actor: p.actor, role: p.role })),
      evidence: evidenceKeys(e.evidence, fallback),
    })),
  };
}

/** Known facts from several places as one list, each fact once, its evidence from every place that had it. */
export function combineKnown(...parts: ExistingFacts[]): ExistingFacts {
  const merge = <T extends { id: string; evidence: EvidenceKey[] }>(lists: T[][]): T[] => {
    const byId = new Map<string, T>();
    for (const fact of lists.flat()) {
      const seen = byId.get(fact.id);
      if (!seen) byId.set(fact.id, fact);
      else {
        const keys = new Set(seen.evidence.map(keyOf));
        byId.set(fact.id, {
          ...seen,
          evidence: [...seen.evidence, ...fact.evidence.filter((e) => !keys.has(keyOf(e)))],
        });
      }
    }
    return [...byId.values()];
  };
  return {
    statements: merge(parts.map((p) => p.statements)),
    events: merge(parts.map((p) => p.events)),
  };
}

/** What the graph knows that a draft's statements and events might be: the candidates of each, in two queries. */
export function knownInGraph(repo: CorroborationRepository, draft: FactsFileInput): Promise<ExistingFacts> {
  const window = (date: string | null | undefined, precision: DraftStatement['datePrecision']) => {
    const range = rangeOf(date, precision);
    return { from: range?.earliest ?? null, to: range?.latest ?? null };
  };
  return repo.candidates(
    (draft.statements ?? []).map((s) => ({ speaker: s.speaker, ...window(s.date, s.datePrecision) })),
    (draft.events ?? []).flatMap((e) => {
      const actors = [...new Set((e.participants ?? []).map((p) => p.actor))];
      return actors.length > 0 ? [{ type: e.type, actors, ...window(e.date, e.datePrecision) }] : [];
    }),
  );
}
