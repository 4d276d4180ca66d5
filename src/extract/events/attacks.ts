/** Military action: "Ukraine attacked an airbase in Crimea", with the actors on both sides. */
import type { ParsedSentence } from '../parsedText.js';
import { hypothetical } from './clauseReading.js';
import { mention, type EventMention } from './mention.js';
import type { ParticipantReader } from './participants.js';

/** "Ukraine attacked an airbase in Crimea", with the actors on both sides. */
export function attack(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const subject = s.dependents(v, 'nsubj')[0]?.dependent;
  const target = s.dependents(v, 'obj')[0]?.dependent;
  if (subject === undefined || target === undefined || hypothetical(s, v)) return;
  const participants = p.issuerTarget(s, subject, target, ['ATTACKER', 'TARGET']);
  return mention(s, 'MILITARY_ACTION', [v], v, 'OCCURRED', 0.8, participants);
}
