/**
 * Actors coming together, as a verb: "X met with Y" (a meeting of people, else negotiations between states
 * or bodies) and "Russia and Ukraine agreed to exchange prisoners". The nouns are read by talks.ts.
 */
import type { ParsedSentence } from '../parsedText.js';
import { clauseStatus, hypothetical } from './clauseReading.js';
import { mention, type EventMention } from './mention.js';
import type { ParticipantReader } from './participants.js';

/** "where he was meeting NATO Secretary General Mark Rutte", "X met with Y": people who met. */
export function meeting(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const subject = s.dependents(v, 'nsubj')[0]?.dependent;
  const other =
    s.dependents(v, 'obj')[0]?.dependent ??
    s.dependents(v, 'obl').find((d) => s.caseOf(d.dependent) === 'with')?.dependent;
  if (subject === undefined || other === undefined || hypothetical(s, v)) return;
  const participants = p.issuerTarget(s, subject, other, ['PARTICIPANT', 'PARTICIPANT']);
  const type = participants.some((x) => x.referent.actor.kind === 'PERSON') ? 'MEETING' : 'NEGOTIATIONS';
  return mention(s, type, [v], v, clauseStatus(s, v), 0.85, participants);
}

/** "Russia and Ukraine agreed on Wednesday to exchange 1,200 prisoners": each subject a party to the agreement. */
export function agreement(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const subject = s.dependents(v, 'nsubj')[0]?.dependent;
  if (subject === undefined || s.dependents(v, 'xcomp').length === 0 || hypothetical(s, v)) return;
  return mention(s, 'AGREEMENT', [v], v, 'OCCURRED', 0.85, p.parties(s, subject, 'PARTY'));
}
