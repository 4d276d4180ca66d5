/**
 * To whom a statement is made, read from the dependency tree around the verb of saying: its object ("told X",
 * "urged X", "thanked X"), its passive subject ("X was warned"), its "to"/"on"/"of" obliques ("said to X",
 * "wrote to X", "called on X", "demanded of X"), the partner of a conversation it happened in ("in a call with
 * X", "in a letter to X"), the other side of a meeting it offers ("offered talks with X", "renewed his call for
 * a meeting with X"), and the actor a demand inside what was said is made of ("The Russian side must stop …").
 * Whatever is not an actor ("told reporters", "said to journalists") names no addressee.
 */
import type { ParsedSentence, Span } from './parsedText.js';
import type { Referent, Referents } from './speakers.js';

export interface Addressee {
  referent: Referent;
  /** The words that name the addressee, with the verb. */
  evidence: Span;
}

/** Verbs whose object (or passive subject) is the one spoken to. */
const OBJECT_ADDRESSED =
  /^(tell|urge|warn|ask|accuse|inform|assure|remind|brief|invite|order|appeal|press|implore|thank|threaten|congratulate|caution|advise|notify)$/;
/** Where a statement is made in: its partner is named by "with" or "to". */
const CONVERSATION = /^(call|conversation|talk|talks|meeting|phone|letter|message|interview|telephone|exchange)$/;
const CONVERSATION_PARTNER = /^(with|to)$/;
/** Obliques that name the one spoken to, and the verbs they do so with ("called on X", "demanded of X"). */
const ADDRESSED_OBLIQUE: Record<string, RegExp> = {
  to: /./,
  on: /^(call|appeal)$/,
  of: /^(demand|ask|request)$/,
};
/** Verbs and nouns that put forward a meeting: its other side is the one the offer is made to. */
const OFFER_VERBS = /^(offer|propose|invite|call|suggest)$/;
const PROPOSAL_NOUNS = /^(call|proposal|offer|invitation|appeal|plan|initiative|request)s?$/;
/** A meeting and its partner ("talks with X"), or meeting as a verb ("to meet X", "to talk with X"). */
const MEETING_NOUNS = /^(meeting|talk|talks|negotiation|negotiations|summit|dialogue|call|conversation|contact)s?$/;
const MEETING_VERBS = /^(meet|talk|negotiate|speak)$/;
const DEMAND_MODALS = /^(must|should|need|needs|ought|has|have)$/;

export function attributionAddressees(s: ParsedSentence, verb: number, referents: Referents): Addressee[] {
  const out: Addressee[] = [];
  const add = (token: number) => {
    for (const referent of referents.addressed(s, token)) out.push({ referent, evidence: s.spanOf([verb, token]) });
  };
  const lemma = s.token(verb).lemma.toLowerCase();
  // "called on Iran to …": the particle makes the object the one appealed to.
  const onParticle = s.dependents(verb, 'compound:prt').some((d) => /^(on|upon)$/i.test(s.token(d.dependent).word));
  for (const d of s.dependents(verb, 'obj', 'iobj')) {
    if (OBJECT_ADDRESSED.test(lemma) || (onParticle && ADDRESSED_OBLIQUE.on!.test(lemma))) add(d.dependent);
    // "issued an ultimatum to Russia"
    for (const n of s.dependents(d.dependent, 'nmod')) if (s.caseOf(n.dependent) === 'to') add(n.dependent);
  }
  // "Russia was warned that …"
  if (OBJECT_ADDRESSED.test(lemma)) for (const d of s.dependents(verb, 'nsubj:pass')) add(d.dependent);
  for (const d of s.dependents(verb, 'obl')) {
    const marker = s.caseOf(d.dependent);
    if (marker && ADDRESSED_OBLIQUE[marker]?.test(lemma)) add(d.dependent);
    // "in a call with X", "during talks with X", "in a letter to X"
    if (CONVERSATION.test(s.token(d.dependent).lemma.toLowerCase()))
      for (const n of s.dependents(d.dependent, 'nmod'))
        if (CONVERSATION_PARTNER.test(s.caseOf(n.dependent) ?? '')) add(n.dependent);
  }
  for (const partner of offeredMeetingPartners(s, verb)) add(partner);
  return out;
}

/**
 * "offered to restart negotiations with X", "renewed his call for a meeting with X", "repeating his proposal to
 * meet X": an offer of a meeting is made to the one it would be held with.
 */
function offeredMeetingPartners(s: ParsedSentence, verb: number): number[] {
  const offers = OFFER_VERBS.test(s.token(verb).lemma.toLowerCase());
  const proposals = s
    .dependents(verb, 'obj')
    .filter((d) => PROPOSAL_NOUNS.test(s.token(d.dependent).lemma.toLowerCase()));
  if (!offers && proposals.length === 0) return [];
  const roots = [
    ...proposals,
    ...s.dependents(verb, 'xcomp'),
    // "offered talks with X", "called for a meeting with X"
    ...(offers
      ? s.dependents(verb, 'obj', 'obl').filter((d) => d.dep !== 'obl' || s.caseOf(d.dependent) === 'for')
      : []),
  ];
  // Within the offer itself: not into a clause of its own ("…, saying that a meeting with X …").
  const inOffer = roots.flatMap((r) => s.subtree(r.dependent, (d) => /^(ccomp|advcl|parataxis|acl:relcl)/.test(d.dep)));
  return inOffer.flatMap((i) => {
    const lemma = s.token(i).lemma.toLowerCase();
    if (MEETING_NOUNS.test(lemma))
      return s
        .dependents(i, 'nmod')
        .filter((n) => s.caseOf(n.dependent) === 'with')
        .map((n) => n.dependent);
    if (MEETING_VERBS.test(lemma) && s.token(i).pos.startsWith('VB'))
      return [
        ...s.dependents(i, 'obj').map((n) => n.dependent),
        ...s
          .dependents(i, 'obl')
          .filter((n) => s.caseOf(n.dependent) === 'with')
          .map((n) => n.dependent),
      ];
    return [];
  });
}

/** The subject of a demand inside what was said: "X must …", "X should …". */
export function demandAddressees(
  s: ParsedSentence,
  clauseRoot: number,
  referents: Referents,
  speakerId: string,
): Addressee[] {
  const modal = s
    .dependents(clauseRoot, 'aux')
    .some((d) => DEMAND_MODALS.test(s.token(d.dependent).word.toLowerCase()));
  if (!modal) return [];
  const subject = s.dependents(clauseRoot, 'nsubj')[0];
  if (!subject) return [];
  const referent = referents.of(s, subject.dependent);
  if (!referent || referent.actor.id === speakerId) return [];
  const reasoning = `A demand that ${referent.actor.name} act is read as addressed to ${referent.actor.name}.`;
  return [
    {
      referent: inferred(referent, reasoning),
      evidence: s.spanOf(s.subtree(clauseRoot, (d) => d.dep === 'punct')),
    },
  ];
}

/** A quote that continues the one before it is told to whom that one was told ("…," X told Interfax. "…"). */
export function continuedAddressees(previous: readonly Addressee[]): Addressee[] {
  return previous.map((a) => ({
    ...a,
    referent: inferred(a.referent, `The quote continues the one told to ${a.referent.actor.name} just before it.`),
  }));
}

function inferred(referent: Referent, reasoning: string): Referent {
  return {
    ...referent,
    basis: 'INFERRED',
    reasoning: referent.reasoning ? `${referent.reasoning} ${reasoning}` : reasoning,
  };
}
