/**
 * Things one actor hands another, named by a noun: "issued an ultimatum to Russia", "extended an invitation
 * to Russian representatives". The verb ("Turkey invited both sides") is read here too.
 */
import type { EventType } from '../eventTypes.js';
import type { ParsedSentence } from '../parsedText.js';
import { subjectOf } from '../speechVerbs.js';
import { handedOverBy, hypothetical, recipientOf } from './clauseReading.js';
import { mention, type EventMention } from './mention.js';
import type { ParticipantReader } from './participants.js';

/** "issued an ultimatum to Russia", "extended an invitation to Russian representatives": who hands it to whom. */
export function handedOver(
  p: ParticipantReader,
  s: ParsedSentence,
  n: number,
  type: EventType,
  parts: readonly [string, string],
): EventMention | undefined {
  const verb = handedOverBy(s, n);
  if (verb === undefined) return;
  const participants = p.issuerTarget(s, subjectOf(s, verb), recipientOf(s, n, verb), parts);
  return mention(s, type, [n, verb], verb, 'OCCURRED', 0.9, participants);
}

/** "Turkey invited both sides to Istanbul". */
export function invitationVerb(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const invitee = s.dependents(v, 'obj')[0]?.dependent;
  if (invitee === undefined || hypothetical(s, v)) return;
  const participants = p.issuerTarget(s, subjectOf(s, v), invitee, ['INVITER', 'INVITEE']);
  return mention(s, 'INVITATION', [v], v, 'OCCURRED', 0.85, participants);
}
