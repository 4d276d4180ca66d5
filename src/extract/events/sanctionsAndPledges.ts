/**
 * Measures one side takes for or against another: sanctions and tariffs imposed ("an 18th package of
 * sanctions against Russia"), aid pledged ("pledged to escalate military aid to Ukraine").
 */
import { GIVING_VERBS } from '../eventTypes.js';
import type { ParsedSentence } from '../parsedText.js';
import { subjectOf } from '../speechVerbs.js';
import { hypothetical, lemma } from './clauseReading.js';
import { mention, type EventMention } from './mention.js';
import type { ParticipantReader } from './participants.js';

const MEASURE_NOUNS = /^(sanction|tariff)$/;

/** "EU governments approved an 18th package of sanctions against Russia". */
export function sanctions(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const object = s.dependents(v, 'obj')[0]?.dependent;
  if (object === undefined || hypothetical(s, v)) return;
  const noun = MEASURE_NOUNS.test(lemma(s, object))
    ? object
    : s.dependents(object, 'nmod').find((d) => MEASURE_NOUNS.test(lemma(s, d.dependent)))?.dependent;
  if (noun === undefined) return;
  const against = [...s.dependents(noun, 'nmod'), ...s.dependents(v, 'obl')].find((d) =>
    /^(against|on)$/.test(s.caseOf(d.dependent) ?? ''),
  );
  const participants = p.issuerTarget(s, subjectOf(s, v), against?.dependent);
  const type = lemma(s, noun) === 'tariff' ? 'TARIFFS' : 'SANCTIONS';
  return mention(s, type, [v, noun], v, 'OCCURRED', 0.85, participants);
}

/** "Trump pledged to escalate military aid to Ukraine", "announced that Washington would send weapons to Kyiv". */
export function pledge(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const given = s.dependents(v, 'xcomp', 'ccomp').find((d) => GIVING_VERBS.test(lemma(s, d.dependent)));
  if (!given || hypothetical(s, v)) return;
  const participants = p.issuerTarget(s, subjectOf(s, v), recipientOfGift(s, given.dependent), [
    'PLEDGER',
    'RECIPIENT',
  ]);
  return mention(s, 'PLEDGE', [v], v, 'OCCURRED', 0.85, participants);
}

/** "send weapons to Kyiv", "give Kyiv weapons", "supply Ukraine with weapons": who receives what is given. */
function recipientOfGift(s: ParsedSentence, g: number): number | undefined {
  const object = s.dependents(g, 'obj')[0]?.dependent;
  const to = [...s.dependents(g, 'obl', 'iobj'), ...(object ? s.dependents(object, 'nmod') : [])].find(
    (d) => d.dep === 'iobj' || s.caseOf(d.dependent) === 'to',
  );
  // "supply Ukraine with weapons": the object is the recipient when what is given comes with "with".
  const withWhat = s.dependents(g, 'obl').some((d) => s.caseOf(d.dependent) === 'with');
  return to?.dependent ?? (withWhat ? object : undefined);
}
