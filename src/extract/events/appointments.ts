/** Appointments: "Umerov … was appointed last week to head …", "the president appointed X". */
import type { ParsedSentence } from '../parsedText.js';
import { antecedent, hypothetical } from './clauseReading.js';
import { mention, type EventMention } from './mention.js';
import type { ParticipantReader } from './participants.js';

/** "Umerov … was appointed last week to head …"; "the president appointed X". Not "the newly appointed secretary". */
export function appointment(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  if (s.parent(v)?.dep === 'amod' || hypothetical(s, v)) return;
  const passive = s.dependents(v, 'nsubj:pass')[0];
  const appointee = passive?.dependent ?? s.dependents(v, 'obj')[0]?.dependent;
  const agent = passive
    ? s.dependents(v, 'obl').find((d) => s.caseOf(d.dependent) === 'by')?.dependent
    : s.dependents(v, 'nsubj')[0]?.dependent;
  if (appointee === undefined) return;
  return mention(s, 'APPOINTMENT', [v], v, 'OCCURRED', 0.9, [
    ...p.parties(s, antecedent(s, appointee), 'APPOINTEE'),
    ...p.parties(s, agent, 'APPOINTER'),
  ]);
}
