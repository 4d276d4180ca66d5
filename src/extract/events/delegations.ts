/**
 * Delegations to talks: "Ukraine's delegation will be led by Rustem Umerov", "The head of the Russian
 * delegation, Vladimir Medinsky". A delegation joins the last talks mentioned; it never starts talks.
 */
import { TALKS_NOUNS } from '../eventTypes.js';
import type { ParsedSentence } from '../parsedText.js';
import { innerTalks, lemma } from './clauseReading.js';
import { mention, type EventMention, type FoundParticipant } from './mention.js';
import type { ParticipantReader } from './participants.js';

/** "Ukraine's delegation will be led by Rustem Umerov", "Umerov led Ukraine's delegation": the talks before it. */
export function delegationLed(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const passive = s.dependents(v, 'nsubj:pass')[0];
  const delegation = passive ?? s.dependents(v, 'obj')[0];
  if (!delegation || lemma(s, delegation.dependent) !== 'delegation') return;
  // "led Ukraine's delegation in two rounds of talks" is read with the talks (talks.ts).
  if (!passive && s.dependents(v, 'obl').some((d) => TALKS_NOUNS.test(lemma(s, innerTalks(s, d.dependent))))) return;
  const leader = passive
    ? s.dependents(v, 'obl').find((d) => s.caseOf(d.dependent) === 'by')?.dependent
    : s.dependents(v, 'nsubj')[0]?.dependent;
  return delegationMention(p, s, v, leader, delegation.dependent);
}

/** "Rustem Umerov, the head of Ukraine's delegation", "The head of the Russian delegation, Vladimir Medinsky". */
export function delegationHead(p: ParticipantReader, s: ParsedSentence, n: number): EventMention | undefined {
  const delegation = s
    .dependents(n, 'nmod')
    .find((d) => s.caseOf(d.dependent) === 'of' && lemma(s, d.dependent) === 'delegation');
  if (!delegation) return;
  const up = s.parent(n);
  const person = up?.dep === 'appos' ? up.governor : s.dependents(n, 'appos')[0]?.dependent;
  return delegationMention(p, s, n, person, delegation.dependent);
}

/** "Ukraine's delegation", "the Russian delegation": the state that sends it takes part, if the talks are held. */
export function delegationOwner(p: ParticipantReader, s: ParsedSentence, delegation: number): FoundParticipant[] {
  const owner = s.dependents(delegation, 'nmod:poss', 'amod')[0]?.dependent;
  return p
    .parties(s, owner, 'PARTICIPANT')
    .filter((x) => x.referent.actor.kind !== 'PERSON')
    .map((x) => ({ ...x, ifHeld: true, reasoning: 'The state whose delegation attends takes part in the talks.' }));
}

function delegationMention(
  p: ParticipantReader,
  s: ParsedSentence,
  trigger: number,
  leader: number | undefined,
  delegation: number,
): EventMention | undefined {
  const reasoning = 'A delegation named after talks is read as a delegation to those talks.';
  const participants = [...p.parties(s, leader, 'DELEGATION_LEADER'), ...delegationOwner(p, s, delegation)].map(
    (x) => ({ ...x, reasoning: x.reasoning ?? reasoning }),
  );
  // A delegation with no leader named says nothing the talks do not.
  if (!participants.some((x) => x.part === 'DELEGATION_LEADER')) return undefined;
  const m = mention(s, 'NEGOTIATIONS', [trigger], trigger, undefined, 0.8, participants);
  return { ...m, joinsLast: true };
}
