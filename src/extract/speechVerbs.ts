/**
 * Verbs of saying and how to find who said it: the verb's subject, or, for a participle ("…, stating, “…”",
 * "…, warning that …"), the subject of the clause it hangs on.
 */
import type { ParsedSentence } from './parsedText.js';

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

/** The subject of a verb, climbing through participles, conjuncts and complements to the clause that has one. */
export function subjectOf(s: ParsedSentence, verb: number): number | undefined {
  let at: number | undefined = verb;
  // A participle hanging on a noun ("his call for a meeting …, stating") speaks for the clause that noun is in.
  let viaNoun = false;
  for (let hops = 0; at !== undefined && hops < 6; hops++) {
    const subject = s.dependents(at, 'nsubj')[0];
    if (subject) return subject.dependent;
    const parent = s.parent(at);
    if (!parent) return undefined;
    if (parent.dep.startsWith('acl') && s.token(at).pos === 'VBG') viaNoun = true;
    else if (!/^(advcl|conj|dep|xcomp|parataxis)/.test(parent.dep) && !(viaNoun && /^(nmod|obj|obl)/.test(parent.dep)))
      return undefined;
    at = parent.governor;
  }
  return undefined;
}

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
