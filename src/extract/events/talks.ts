/**
 * Talks, and a meeting that states or bodies hold, named by a noun: "talks between X and Y", "a proposal for
 * talks", "offered Russia to hold a meeting", "ready to host talks", "agreed … at a round of talks". The
 * clause around the noun says who proposes, hosts, invites or holds them, and whether they happened.
 */
import { MEETING_NOUNS, PERSON_NOUNS, PROPOSAL_NOUNS, PROPOSE_VERBS, type EventStatus } from '../eventTypes.js';
import type { ParsedSentence } from '../parsedText.js';
import { subjectOf } from '../speechVerbs.js';
import { delegationOwner } from './delegations.js';
import { clauseStatus, handedOverBy, hypothetical, isVerb, lemma, recipientOf, roundOf } from './clauseReading.js';
import { mention, type EventMention, type FoundParticipant } from './mention.js';
import type { ParticipantReader } from './participants.js';

interface TalksContext {
  participants: FoundParticipant[];
  status?: EventStatus;
  anchor: number;
}

export function talks(p: ParticipantReader, s: ParsedSentence, n: number): EventMention | undefined {
  const head = roundOf(s, n);
  const between = [...s.dependents(n, 'nmod'), ...s.dependents(head, 'nmod')];
  const withCase = (c: string) => between.filter((d) => s.caseOf(d.dependent) === c).map((d) => d.dependent);
  const context = talksContext(p, s, head, withCase('with'));
  const participants = [
    ...context.participants,
    ...(context.status === 'PROPOSED' ? [] : withCase('between').flatMap((b) => p.parties(s, b, 'PARTICIPANT'))),
  ];
  const meetingNoun = MEETING_NOUNS.test(lemma(s, n));
  const people = peopleMeet(s, participants, [...withCase('between'), ...withCase('with')]);
  // A meeting of people proposed is what a statement says, not an event; a meeting noun with no one named is no event.
  if (meetingNoun && (participants.length === 0 || (people && context.status === 'PROPOSED'))) return;
  const type = meetingNoun && people ? 'MEETING' : 'NEGOTIATIONS';
  const m = mention(s, type, [n], context.anchor, context.status, 0.85, participants);
  return participants.length > 0 ? m : { ...m, bare: true };
}

/** "a meeting between the presidents": people meet, named or by their titles. */
function peopleMeet(s: ParsedSentence, participants: FoundParticipant[], named: number[]): boolean {
  return (
    participants.some((x) => x.referent.actor.kind === 'PERSON') ||
    named.some((t) => /^(PERSON|TITLE)$/.test(s.token(t).ner) || PERSON_NOUNS.test(lemma(s, t)))
  );
}

/** What the clause around talks says of them: who proposes, hosts, invites or holds them, and whether they happened. */
function talksContext(p: ParticipantReader, s: ParsedSentence, head: number, withWhom: number[]): TalksContext {
  const up = s.parent(head);
  if (up?.dep.startsWith('nmod') && isProposalNoun(s, up.governor)) return proposedByNoun(p, s, up.governor, withWhom);
  if (!up || !isVerb(s, up.governor)) return { participants: [], anchor: head };
  const verb = up.governor;
  const proposing = proposingVerb(s, verb);
  if (up.dep === 'obj' && proposing !== undefined) return proposedByVerb(p, s, head, proposing, verb, withWhom);
  if (up.dep === 'obj' && lemma(s, verb) === 'host' && !hypothetical(s, verb))
    return { participants: p.parties(s, subjectOf(s, verb), 'HOST'), status: clauseStatus(s, verb), anchor: verb };
  if (up.dep.startsWith('obl') && /^(at|in|during)$/.test(s.caseOf(head) ?? '') && !hypothetical(s, verb))
    return { participants: heldBy(p, s, verb), status: clauseStatus(s, verb), anchor: verb };
  return { participants: [], anchor: verb };
}

const isProposalNoun = (s: ParsedSentence, n: number) =>
  PROPOSAL_NOUNS.test(lemma(s, n)) || lemma(s, n) === 'invitation';

/** "a proposal for talks", "Erdogan's invitation to talks with Russia": who proposes, who is invited. */
function proposedByNoun(p: ParticipantReader, s: ParsedSentence, noun: number, withWhom: number[]): TalksContext {
  const verb = handedOverBy(s, noun);
  const proposal = PROPOSAL_NOUNS.test(lemma(s, noun));
  const proposer =
    s.dependents(noun, 'nmod:poss')[0]?.dependent ?? (proposal && verb !== undefined ? subjectOf(s, verb) : undefined);
  const invitees = [recipientOf(s, noun, verb), ...withWhom];
  return {
    participants: [
      ...(proposal ? p.parties(s, proposer, 'PROPOSER') : []),
      ...invitees.flatMap((i) => p.parties(s, i, 'INVITEE')),
    ],
    status: 'PROPOSED',
    anchor: verb ?? noun,
  };
}

/** "proposed talks", "offered to hold talks": the verb of the talks, or the proposing verb it hangs from. */
function proposingVerb(s: ParsedSentence, verb: number): number | undefined {
  if (PROPOSE_VERBS.test(lemma(s, verb))) return verb;
  const up = s.parent(verb);
  return up?.dep === 'xcomp' && PROPOSE_VERBS.test(lemma(s, up.governor)) ? up.governor : undefined;
}

/** "offered Russia to hold a meeting": the proposer, and the one it is offered to beside the talks themselves. */
function proposedByVerb(
  p: ParticipantReader,
  s: ParsedSentence,
  head: number,
  proposing: number,
  verb: number,
  withWhom: number[],
): TalksContext {
  const invitee = s.dependents(proposing, 'obj', 'iobj').find((d) => d.dependent !== head)?.dependent;
  return {
    participants: [
      ...p.parties(s, subjectOf(s, proposing), 'PROPOSER'),
      ...[invitee, ...withWhom].flatMap((i) => p.parties(s, i, 'INVITEE')),
    ],
    status: 'PROPOSED',
    anchor: verb,
  };
}

/** Who held talks a clause is set in: "Umerov led Ukraine's delegation in …", "Russia and Ukraine agreed at …". */
function heldBy(p: ParticipantReader, s: ParsedSentence, verb: number): FoundParticipant[] {
  const delegation = s.dependents(verb, 'obj').find((d) => lemma(s, d.dependent) === 'delegation');
  const subject = subjectOf(s, verb);
  if (delegation && /^(lead|head)$/.test(lemma(s, verb)))
    return [...p.parties(s, subject, 'DELEGATION_LEADER'), ...delegationOwner(p, s, delegation.dependent)];
  // People in talks are named by their part in them (a delegation's leader); states and bodies take part.
  return p.parties(s, subject, 'PARTICIPANT').filter((x) => x.referent.actor.kind !== 'PERSON');
}
