/**
 * Ultimatums the words do not name: a deadline set for an actor to act ("gave Russia 50 days to agree"),
 * one announced ("Trump's announcement that Russia had 50 days"), a threat on a condition. The noun
 * ("issued an ultimatum to Russia") is read by handedOver.ts.
 */
import { ANNOUNCEMENT_NOUNS } from '../eventTypes.js';
import type { ParsedSentence } from '../parsedText.js';
import { isSpeechVerb, subjectOf } from '../speechVerbs.js';
import { hypothetical, isVerb, lemma } from './clauseReading.js';
import { mention, type EventMention } from './mention.js';
import type { ParticipantReader } from './participants.js';

/** "gave Russia 50 days to agree …": a deadline set for an actor to act is an ultimatum. */
export function daysGiven(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const objects = s.dependents(v, 'obj', 'iobj');
  const days = objects.find((d) => s.token(d.dependent).ner === 'DURATION');
  const target = objects.find((d) => d !== days);
  if (!days || !target || !toAct(s, v, days.dependent) || hypothetical(s, v)) return;
  return impliedUltimatum(p, s, {
    trigger: v,
    confidence: 0.8,
    issuer: subjectOf(s, v),
    target: target.dependent,
    reasoning: `"${verbPhrase(s, v)}" sets a deadline for an actor to act, read as an ultimatum.`,
  });
}

/** "Trump's announcement that Russia had 50 days to agree": whoever announced the deadline issued it. */
export function daysToAct(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const days = s.dependents(v, 'obj').find((d) => s.token(d.dependent).ner === 'DURATION');
  const said = s.parent(v);
  if (!days || !said || !/^(ccomp|acl)/.test(said.dep) || !toAct(s, v, days.dependent)) return;
  const by = announcer(s, said.governor);
  if (by === undefined) return;
  return impliedUltimatum(p, s, {
    trigger: v,
    anchor: said.governor,
    confidence: 0.75,
    issuer: by,
    target: s.dependents(v, 'nsubj')[0]?.dependent,
    reasoning: `A deadline announced for an actor to act is read as an ultimatum from whoever announced it.`,
  });
}

/** "threatened Russia with sanctions if it did not agree …": a threat on a condition is an ultimatum. */
export function conditionalThreat(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const target = s.dependents(v, 'obj')[0];
  const condition = s
    .dependents(v, 'advcl')
    .some((c) => s.dependents(c.dependent, 'mark').some((m) => /^(if|unless)$/i.test(s.token(m.dependent).word)));
  if (!target || !condition) return;
  return impliedUltimatum(p, s, {
    trigger: v,
    confidence: 0.8,
    issuer: subjectOf(s, v),
    target: target.dependent,
    reasoning: 'A threat made on a condition the target must meet is read as an ultimatum.',
  });
}

interface ImpliedUltimatum {
  trigger: number;
  /** The token whose clause dates it, when not the trigger's (the announcing verb). */
  anchor?: number;
  confidence: number;
  issuer: number | undefined;
  target: number | undefined;
  /** Why the words, which do not say "ultimatum", are read as one. */
  reasoning: string;
}

function impliedUltimatum(p: ParticipantReader, s: ParsedSentence, u: ImpliedUltimatum): EventMention {
  const participants = p.issuerTarget(s, u.issuer, u.target);
  return mention(
    s,
    'ULTIMATUM',
    [u.trigger],
    u.anchor ?? u.trigger,
    'OCCURRED',
    u.confidence,
    participants,
    u.reasoning,
  );
}

/** "… days to agree": a "to" clause on the verb or on the days, whichever way the parser hangs it. */
function toAct(s: ParsedSentence, verb: number, days: number): boolean {
  return [...s.dependents(verb, 'xcomp', 'ccomp', 'advcl'), ...s.dependents(days, 'acl')].some(
    (d) => isVerb(s, d.dependent) && s.dependents(d.dependent, 'mark').some((m) => lemma(s, m.dependent) === 'to'),
  );
}

/** Who announced a clause: the possessor of "Trump's announcement that …", the subject of "said that …". */
function announcer(s: ParsedSentence, governor: number): number | undefined {
  if (ANNOUNCEMENT_NOUNS.test(lemma(s, governor))) return s.dependents(governor, 'nmod:poss')[0]?.dependent;
  return isSpeechVerb(s, governor) ? subjectOf(s, governor) : undefined;
}

/** The verb with its objects, without its subject and side clauses: "gave Russia 50 days to agree". */
function verbPhrase(s: ParsedSentence, v: number): string {
  const words = s.subtree(v, (d) => /^(punct|nsubj|obl|conj|cc|parataxis|advcl)$/.test(d.dep) && d.governor === v);
  return s.text.slice(s.spanOf(words).start, s.spanOf(words).end);
}
