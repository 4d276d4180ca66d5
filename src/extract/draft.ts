/**
 * Found statements and roles as a facts file in the seed's format: stable ids, exact excerpts, a basis,
 * confidence and extractedBy on every fact, and `needsReview` with a `review:` reason where a person should look.
 */
import type { EvidenceInput, FactsFileInput, ReviewFlag } from '../ingest/factsSchema.js';
import type { ReadDate } from './dates.js';
import { slug } from './names.js';
import type { Span } from './parsedText.js';
import type { ResolvedActor } from './resolveActors.js';
import type { FoundRole } from './roles.js';
import type { FoundStatement } from './statements.js';

type Facts = Required<Pick<FactsFileInput, 'sources' | 'actors' | 'roles' | 'tenures' | 'events' | 'statements'>>;

/** Below this, a fact is flagged for review. */
export const REVIEW_BELOW = 0.8;

const localId = (id: string) => id.slice(id.indexOf(':') + 1);

export class DraftBuilder {
  readonly facts: Facts = { sources: [], actors: [], roles: [], tenures: [], events: [], statements: [] };
  readonly flags: ReviewFlag[] = [];
  private readonly ids = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly extractedBy: string,
  ) {}

  evidence(span: Span): EvidenceInput[] {
    return [{ start: span.start, end: span.end, excerpt: this.text.slice(span.start, span.end) }];
  }

  /** A fresh id from a base: the same article gives the same ids, so loading it again changes nothing. */
  uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** basis, confidence, extractedBy and review fields, flagging the fact when it needs a person. */
  private known(id: string, confidence: number, reasoning: string | undefined, review?: Omit<ReviewFlag, 'factId'>) {
    const flag =
      review ??
      (confidence < REVIEW_BELOW
        ? { kind: 'LOW_CONFIDENCE' as const, reason: `confidence ${confidence}${reasoning ? `: ${reasoning}` : ''}` }
        : undefined);
    if (flag) this.flags.push({ factId: id, ...flag });
    return {
      basis: reasoning ? ('INFERRED' as const) : ('STATED' as const),
      ...(reasoning ? { reasoning } : {}),
      confidence,
      extractedBy: this.extractedBy,
      ...(flag ? { needsReview: true, review: `${flag.kind}: ${flag.reason}` } : {}),
    };
  }

  /** A new actor is defined here; a known one is only referred to (the graph holds it). */
  actor(actor: ResolvedActor, firstSeen: Span): void {
    if (actor.status === 'AMBIGUOUS')
      this.flags.push({
        kind: 'AMBIGUOUS_MATCH',
        factId: actor.id,
        reason: `"${actor.name}" fits several known actors; the first was taken`,
        candidates: actor.candidates,
      });
    if (actor.status !== 'NEW' || this.facts.actors.some((a) => a.id === actor.id)) return;
    this.facts.actors.push({
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      evidence: this.evidence(firstSeen),
      ...this.known(actor.id, 0.9, undefined, { kind: 'NEW_ACTOR', reason: `"${actor.name}" is not in the graph yet` }),
    });
  }

  role(found: FoundRole): void {
    const org = found.organization;
    const country = found.country;
    let roleId = found.known?.id;
    if (!roleId) {
      const qualifier = !org && country && found.reasoning ? `${country.name} ` : '';
      roleId = `role:${slug(`${qualifier}${found.title}`, 8)}`;
      // "Iceland, whose prime minister, …" and "a former prime minister": one title, two posts.
      const same = this.facts.roles.find((r) => r.id === roleId);
      if (same && same.country !== (country?.id ?? null)) roleId = `${roleId}-${slug(country?.name ?? 'unplaced')}`;
      if (!this.facts.roles.some((r) => r.id === roleId)) {
        this.facts.roles.push({
          id: roleId,
          title: `${qualifier}${found.title}`,
          organization: org?.kind === 'ORGANIZATION' ? org.id : null,
          country: country?.id ?? null,
          evidence: this.evidence(found.titleSpan),
          ...this.known(roleId, found.reasoning ? 0.7 : 0.85, found.reasoning),
        });
      }
    }
    const tenureId = `tenure:${localId(found.person.actor.id)}-${localId(roleId)}`;
    if (this.facts.tenures.some((t) => t.id === tenureId)) return;
    this.facts.tenures.push({
      id: tenureId,
      person: found.person.actor.id,
      role: roleId,
      current: found.current,
      note: found.current
        ? 'In post at publication, as the text gives the title.'
        : 'Ended: the text says "former" or "previously".',
      evidence: this.evidence(found.evidence),
      ...this.known(tenureId, found.reasoning ? 0.7 : 0.9, found.reasoning),
    });
  }

  statement(found: FoundStatement, date: ReadDate): void {
    const id = this.uniqueId(`stmt:${localId(found.speaker.actor.id)}-${slug(found.text, 6) || 'statement'}`);
    const addressees = uniqueBy(
      found.addressees.filter((a) => a.referent.actor.id !== found.speaker.actor.id),
      (a) => a.referent.actor.id,
    ).map((a) => ({
      id: a.referent.actor.id,
      basis: a.referent.basis,
      ...(a.referent.reasoning ? { reasoning: a.referent.reasoning } : {}),
      evidence: this.evidence(a.evidence),
    }));
    this.facts.statements.push({
      id,
      kind: found.kind,
      text: found.text,
      speaker: found.speaker.actor.id,
      addressees,
      date: date.date,
      ...(date.phrase ? { datePhrase: date.phrase } : {}),
      dateNote: date.note,
      evidence: this.evidence(found.evidence),
      ...this.known(id, found.confidence, found.reasoning),
    });
  }
}

function uniqueBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
