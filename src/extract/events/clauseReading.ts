/**
 * Walks over the dependency parse that every event family shares: which word a phrase stands for, who a
 * thing is handed to, whether a clause may not have happened. They read the parse only, never the actors.
 */
import { CONDITION_MARKS, HAND_OVER_VERBS, HYPOTHETICAL_AUX, TALKS_NOUNS, type EventStatus } from '../eventTypes.js';
import type { ParsedSentence } from '../parsedText.js';
import { isSpeechVerb } from '../speechVerbs.js';

export const lemma = (s: ParsedSentence, i: number) => s.token(i).lemma.toLowerCase();
export const isVerb = (s: ParsedSentence, i: number) => s.token(i).pos.startsWith('VB');
export const isNoun = (s: ParsedSentence, i: number) => s.token(i).pos.startsWith('NN');
const NEGATION = /^(not|n't|never)$/;
const SERIES = /^(series|set|list|number|range|raft)$/;

export function conjuncts(s: ParsedSentence, token: number): number[] {
  return s.dependents(token, 'conj').map((d) => d.dependent);
}

/** "who" in "Umerov, the former minister who was appointed" is Umerov. */
export function antecedent(s: ParsedSentence, token: number): number {
  let at = token;
  const up = s.parent(s.parent(at)?.governor ?? 0);
  if (/^(who|that|which)$/i.test(s.token(at).word) && up?.dep === 'acl:relcl') at = up.governor;
  const appos = s.parent(at);
  return appos?.dep === 'appos' && !isVerb(s, appos.governor) ? appos.governor : at;
}

/** "a series of demands" is the demands; with `inward`, from the series to the demands. */
export function throughSeries(s: ParsedSentence, n: number, inward = false): number {
  if (inward) {
    const inner = s.dependents(n, 'nmod').find((d) => s.caseOf(d.dependent) === 'of');
    return inner && SERIES.test(lemma(s, n)) ? inner.dependent : n;
  }
  const up = s.parent(n);
  return up?.dep === 'nmod' && SERIES.test(lemma(s, up.governor)) ? up.governor : n;
}

/** "a third round of talks" is the talks' phrase in the clause. */
export function roundOf(s: ParsedSentence, n: number): number {
  const up = s.parent(n);
  return up?.dep === 'nmod' && /^(round|series)$/.test(lemma(s, up.governor)) ? up.governor : n;
}

/** "two rounds of talks" names the talks. */
export function innerTalks(s: ParsedSentence, n: number): number {
  return s.dependents(n, 'nmod').find((d) => TALKS_NOUNS.test(lemma(s, d.dependent)))?.dependent ?? n;
}

/** The verb that hands a thing over ("issued an ultimatum", "sent Moscow a proposal"), if its object is the noun. */
export function handedOverBy(s: ParsedSentence, noun: number): number | undefined {
  const up = s.parent(throughSeries(s, noun));
  return up?.dep === 'obj' && HAND_OVER_VERBS.test(lemma(s, up.governor)) ? up.governor : undefined;
}

/** To whom a thing is handed: "an ultimatum to Russia", "sent Moscow a proposal". */
export function recipientOf(s: ParsedSentence, noun: number, verb: number | undefined): number | undefined {
  const to = [...s.dependents(noun, 'nmod'), ...(verb !== undefined ? s.dependents(verb, 'obl') : [])].find(
    (d) => s.caseOf(d.dependent) === 'to',
  );
  return to?.dependent ?? (verb !== undefined ? s.dependents(verb, 'iobj')[0]?.dependent : undefined);
}

/** A clause that may not have happened: "would let …", "if it agrees", "did not meet". */
export function hypothetical(s: ParsedSentence, verb: number): boolean {
  let at: number | undefined = verb;
  for (let hops = 0; at !== undefined && hops < 4; hops++) {
    const words = [...s.dependents(at, 'aux', 'mark', 'advmod')].map((d) => s.token(d.dependent).word.toLowerCase());
    if (words.some((w) => HYPOTHETICAL_AUX.test(w) || CONDITION_MARKS.test(w) || NEGATION.test(w))) return true;
    const up = s.parent(at);
    // The walk stops at a speech verb: how it is said ("could say", "if asked, said") is not the event's mood.
    at =
      up && /^(xcomp|ccomp|acl)/.test(up.dep) && isVerb(s, up.governor) && !isSpeechVerb(s, up.governor)
        ? up.governor
        : undefined;
  }
  return false;
}

/** Planned when the clause looks ahead ("will host", "is ready to host"), else held when it is in the past. */
export function clauseStatus(s: ParsedSentence, verb: number): EventStatus | undefined {
  const aux = s.dependents(verb, 'aux').map((d) => s.token(d.dependent).word.toLowerCase());
  const up = s.parent(verb);
  if (
    aux.some((w) => /^(will|shall|'ll)$/.test(w)) ||
    (up?.dep === 'xcomp' && /^(ready|plan|prepare|set|due)$/.test(lemma(s, up.governor)))
  )
    return 'PLANNED';
  const pos = s.token(verb).pos;
  return pos === 'VBD' || pos === 'VBN' || aux.some((w) => /^(was|were|had|has|have)$/.test(w))
    ? 'OCCURRED'
    : undefined;
}
