/**
 * Verbs of saying and how to find who said it: the verb's subject, or, for a participle ("…, stating, “…”",
 * "…, warning that …"), the subject of the clause it hangs on.
 */
import type { ParsedSentence, Span } from './parsedText.js';
import { within } from './statements.js';

export const SPEECH_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'warn',
  'accuse',
  'call',
  'write',
  'state',
  'emphasize',
  'emphasise',
  'stress',
  'announce',
  'confirm',
  'urge',
  'insist',
  'claim',
  'argue',
  'note',
  'acknowledge',
  'denounce',
  'declare',
  'reiterate',
  'repeat',
  'explain',
  'tweet',
  'post',
  'vow',
  'pledge',
  'promise',
  'demand',
  'respond',
  'reply',
  'ask',
  'suggest',
  'threaten',
  'deny',
  'admit',
  'predict',
  'describe',
  'criticize',
  'criticise',
  'condemn',
  'remark',
  'comment',
  'caution',
  'assert',
  'allege',
  'report',
  'indicate',
  'signal',
  'say.',
  'agree',
  'vowed',
  'tell.',
  'underline',
  'underscore',
  'recall',
  'reject',
  'propose',
  'offer',
  'invite',
  'appeal',
  'order',
  'thank',
  'seek',
  'request',
]);

/** Verbs whose complement is a plan or a commitment rather than a claim ("pledged to send"). */
export const INTENT_LEMMAS = new Set([
  'pledge',
  'vow',
  'promise',
  'threaten',
  'offer',
  'propose',
  'agree',
  'urge',
  'ask',
  'call',
  'demand',
  'order',
  'invite',
  'appeal',
]);

export const isSpeechVerb = (s: ParsedSentence, i: number) =>
  s.token(i).pos.startsWith('VB') && SPEECH_LEMMAS.has(s.token(i).lemma.toLowerCase());

/**
 * The subject of a verb, climbing through participles, conjuncts and complements to the clause that has one.
 * A subject inside `outside` (a quotation) is never the speaker of the words around it.
 */
export function subjectOf(s: ParsedSentence, verb: number, outside: Span[] = []): number | undefined {
  const saying = outerSaying(s, verb);
  if (saying !== undefined) return subjectOf(s, saying, outside);
  let at: number | undefined = verb;
  // A participle hanging on a noun ("his call for a meeting …, stating") speaks for the clause that noun is in.
  let viaNoun = false;
  for (let hops = 0; at !== undefined && hops < 6; hops++) {
    const subject = s.dependents(at, 'nsubj').find((d) => !outside.some((q) => within(tokenSpan(s, d.dependent), q)));
    if (subject) return subject.dependent;
    const parent = s.parent(at);
    if (!parent) return undefined;
    // "…, saying a meeting was needed": the parser makes the participle a marker of what was said; the speaker
    // is the subject of the clause that what was said hangs on, not of what was said.
    if (parent.dep === 'mark' && isSpeechVerb(s, at)) {
      at = s.parent(parent.governor)?.governor;
      continue;
    }
    if (parent.dep.startsWith('acl') && s.token(at).pos === 'VBG') viaNoun = true;
    else if (!/^(advcl|conj|dep|xcomp|parataxis)/.test(parent.dep) && !(viaNoun && /^(nmod|obj|obl)/.test(parent.dep)))
      return undefined;
    at = parent.governor;
  }
  return undefined;
}

/**
 * "X said that Kyiv had sent a proposal, and urged Moscow to …": a verb of saying without a subject of its own,
 * conjoined inside what another verb of saying reports, is that verb's conjunct misattached by the parser: the
 * two share a speaker. The outer verb, when there is one.
 */
export function outerSaying(s: ParsedSentence, verb: number): number | undefined {
  if (s.parent(verb)?.dep !== 'conj' || !isSpeechVerb(s, verb) || s.dependents(verb, 'nsubj').length) return undefined;
  let at = s.parent(verb)?.governor;
  for (let hops = 0; at !== undefined && hops < 6; hops++) {
    const parent = s.parent(at);
    if (!parent || !/^(ccomp|conj|acl|advcl|obl|nmod)/.test(parent.dep)) return undefined;
    if (isSpeechVerb(s, parent.governor)) return parent.governor;
    at = parent.governor;
  }
  return undefined;
}

/** A token's characters. */
export const tokenSpan = (s: ParsedSentence, i: number): Span => ({
  start: s.token(i).characterOffsetBegin,
  end: s.token(i).characterOffsetEnd,
});

/** Nouns for something said, whose possessor is its speaker ("Zelenskyy's remarks that …"). */
export const REMARK_NOUNS =
  /^(remark|comment|word|statement|call|claim|message|address|speech|warning|appeal|demand|assertion|suggestion|promise|pledge)s?$/;

/** What a quotation inside a sentence hangs on: a saying verb, or a remark with its speaker's name. */
export function governingSpeech(s: ParsedSentence, token: number): { verb?: number; possessor?: number } | undefined {
  let at: number | undefined = token;
  for (let hops = 0; at !== undefined && hops < 8; hops++) {
    if (REMARK_NOUNS.test(s.token(at).lemma.toLowerCase())) {
      const poss = s.dependents(at, 'nmod:poss')[0];
      if (poss) return { possessor: poss.dependent };
    }
    if (at !== token && isSpeechVerb(s, at)) return { verb: at };
    at = s.parent(at)?.governor;
  }
  return undefined;
}
