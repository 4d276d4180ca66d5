/**
 * Reported speech without quotation marks: a verb of saying with a clausal complement ("Zelenskyy confirmed
 * that …", "Trump pledged to …", "warning that …"), an attribution after the words ("…, the Kremlin
 * confirmed"), "according to X", and a remark's content ("Trump's announcement that …"), the speaker resolved
 * to an actor.
 */
import { attributionAddressees, demandAddressees } from './addressees.js';
import type { ParsedSentence, ParsedText, Span } from './parsedText.js';
import { trimSpan } from './parsedText.js';
import { INTENT_LEMMAS, isSpeechVerb, outerSaying, REMARK_NOUNS, subjectOf, tokenSpan } from './speechVerbs.js';
import type { Referents } from './speakers.js';
import { type FoundStatement, overlaps, wordCount } from './statements.js';

/** What one sentence says someone said, before its speaker is resolved. */
interface Said {
  /** The word that reports it: the verb of saying, or the remark noun, or the clause "according to" hangs on. */
  anchor: number;
  /** The token standing for the speaker. */
  subject: number | undefined;
  /** Token indices of the words said. */
  words: number[];
  root: number;
  /** The verb leads the text ("pledged to …", "issued an ultimatum"): what was said is an act, not a clause. */
  withVerb: boolean;
  /** Only the thing judged ("welcomed the agreement"), not what was said about it. */
  verdictOnly?: boolean;
}

export function findReportedSpeech(parsed: ParsedText, referents: Referents, quoted: Span[]): FoundStatement[] {
  const out: FoundStatement[] = [];
  for (const s of parsed.sentences) {
    const inQuote = (i: number) => quoted.some((q) => overlaps(q, tokenSpan(s, i)));
    const all = saidIn(s, quoted).filter((said) => !inQuote(said.anchor));
    // What one speaker reports of another ("Zelenskyy said Umerov had sent the proposal") is the outer
    // speaker's statement, not a second one of its own.
    const said = all.filter((a) => !all.some((b) => b !== a && b.words.includes(a.anchor)));
    for (const a of said) {
      const statement = asStatement(parsed, s, a, referents, quoted);
      if (statement) out.push(statement);
    }
  }
  return out;
}

function asStatement(
  parsed: ParsedText,
  s: ParsedSentence,
  said: Said,
  referents: Referents,
  quoted: Span[],
): FoundStatement | undefined {
  const span = trimSpan(parsed.text, s.spanOf(said.words));
  // What is mostly a quotation is the quote's statement already.
  const quotedChars = quoted
    .filter((q) => overlaps(q, span))
    .reduce((n, q) => n + Math.min(q.end, span.end) - Math.max(q.start, span.start), 0);
  if (quotedChars > (span.end - span.start) / 2) return undefined;
  const { subject, anchor } = said;
  const speaker = subject !== undefined ? referents.of(s, subject) : undefined;
  if (!speaker || subject === undefined) return undefined;
  const words = textOf(parsed, s, said.words);
  const text = said.withVerb ? `${s.token(anchor).originalText} ${words}` : words;
  if (wordCount(text) < 3) return undefined;
  const subjectSpan = s.spanOf(s.subtree(subject, (d) => d.dep === 'punct' || d.dep.startsWith('acl')));
  const anchorSpan = tokenSpan(s, anchor);
  return {
    kind: 'PARAPHRASE',
    text,
    speaker,
    addressees: [
      ...attributionAddressees(s, anchor, referents),
      ...demandAddressees(s, said.root, referents, speaker.actor.id),
    ],
    evidence: trimSpan(parsed.text, {
      start: Math.min(subjectSpan.start, span.start, anchorSpan.start),
      end: Math.max(span.end, anchorSpan.end, subjectSpan.end),
    }),
    dateScope: { sentence: s, exclude: [span] },
    confidence: Math.min(speaker.confidence, 0.85),
    reasoning: speaker.reasoning,
    ...(said.verdictOnly ? { verdictOnly: true } : {}),
  };
}

/** Every report of speech in a sentence, each with the words said and the token naming the speaker. */
function saidIn(s: ParsedSentence, quoted: Span[]): Said[] {
  const out: Said[] = [];
  for (const t of s.tokens) {
    if (t.pos.startsWith('VB')) {
      if (negated(s, t.index)) continue;
      const said = whatWasSaid(s, t.index) ?? afterTheVerb(s, t.index) ?? beforeTheVerb(s, t.index, quoted);
      if (said) out.push({ anchor: t.index, subject: subjectOf(s, t.index, quoted), ...said });
    } else if (t.pos.startsWith('NN')) {
      const remark = remarkContent(s, t.index);
      if (remark) out.push(remark);
    }
    const source = accordingTo(s, t.index);
    if (source) out.push(source);
  }
  return out;
}

type Words = Omit<Said, 'anchor' | 'subject'>;

/** "did not say how", "never said": a verb of saying under a negation reports nothing said. */
const negated = (s: ParsedSentence, verb: number) =>
  s.dependents(verb, 'advmod', 'neg').some((d) => /^(not|n't|never)$/i.test(s.token(d.dependent).word));

/** Verbs whose object is what was said about it ("denounced the move", "acknowledged the remarks"). */
const OBJECT_SPEECH = /^(denounce|condemn|acknowledge|reject|criticize|criticise|welcome|dismiss|praise|deny|blame)$/;
/** Verbs that make a thing said out of their object ("issued an ultimatum"), unlike "studied the proposal". */
const UTTER = /^(issue|renew|present|make|deliver|repeat|reiterate|voice|express|level|send|announce|put|set|extend)$/;
/** Objects that are themselves something said ("issued an ultimatum", "renewed his call"). */
const SPEECH_NOUNS =
  /^(ultimatum|call|demand|warning|statement|appeal|threat|proposal|plea|accusation|criticism|condemnation)s?$/;
/**
 * Speech acts whose object and its purpose are what was said, with the verb: "thanked X for Y", "demanded
 * guarantees", "threatened X with sanctions if …", "called for talks", "cautioned against expecting …".
 */
const ACT_VERBS = /^(thank|demand|seek|request|threaten|call|caution|warn)$/;
/** What a speech act's purpose hangs on: "for", "with", "against", "over". */
const ACT_MARKERS = /^(for|with|against|over)$/;

/**
 * The words said: a clausal complement ("said that …"), an intent ("pledged to …", with the verb), a speech
 * act ("thanked X for Y", with the verb), or an object that is a thing said ("issued an ultimatum to …").
 */
function whatWasSaid(s: ParsedSentence, verb: number): Words | undefined {
  const lemma = s.token(verb).lemma.toLowerCase();
  const speech = isSpeechVerb(s, verb);
  const complement = speech
    ? (s.dependents(verb, 'ccomp')[0] ?? (INTENT_LEMMAS.has(lemma) ? s.dependents(verb, 'xcomp')[0] : undefined))
    : undefined;
  if (complement) {
    // A verb of saying conjoined inside the complement is the outer verb's own conjunct (outerSaying); an
    // appositive after it (", terms that Kyiv rejected") is the writer's gloss, not the speaker's words.
    const words = s.subtree(
      complement.dependent,
      (d) =>
        (d.dep === 'punct' && d.dependent < complement.dependent) ||
        outerSaying(s, d.dependent) === verb ||
        (d.dep === 'appos' && s.token(s.subtree(d.dependent)[0]! - 1)?.word === ','),
    );
    // What was said begins after its "that", and after a participle of saying the parser put inside it.
    while (words.length > 1 && (/^that$/i.test(s.token(words[0]!).word) || isSpeechVerb(s, words[0]!))) words.shift();
    // "urged the Kremlin to stop stalling": whom an intent is pressed on is part of it.
    const object = s.dependents(verb, 'obj').find((d) => d.dependent < complement.dependent);
    if (complement.dep === 'xcomp' && object) words.unshift(...s.subtree(object.dependent, (d) => d.dep === 'punct'));
    return { words, root: complement.dependent, withVerb: complement.dep === 'xcomp' };
  }
  // "…, saying a meeting was needed": the parser makes the participle a marker of the clause it introduces.
  const parent = s.parent(verb);
  if (speech && parent?.dep === 'mark') {
    const words = s.subtree(parent.governor, (d) => d.dependent === verb || d.dep === 'punct');
    return { words, root: parent.governor, withVerb: false };
  }
  if (speech && ACT_VERBS.test(lemma)) {
    const act = speechAct(s, verb);
    if (act) return act;
  }
  const object = objectOf(s, verb);
  const objectLemma = object ? s.token(object.dependent).lemma.toLowerCase() : '';
  if (!object || !(OBJECT_SPEECH.test(lemma) || (UTTER.test(lemma) && SPEECH_NOUNS.test(objectLemma))))
    return undefined;
  // The object with what qualifies it, not a participle clause tacked on after a comma.
  const words = s.subtree(
    object.dependent,
    (d) =>
      object.alone === true ||
      d.dep === 'punct' ||
      (d.dep === 'case' && d.governor === object.dependent) ||
      (d.dep.startsWith('acl') && s.token(d.dependent).pos === 'VBG'),
  );
  // "denounced the threat as blackmail": the predicate is what was said of the object.
  const predicate = s.dependents(verb, 'obl').filter((d) => s.caseOf(d.dependent) === 'as');
  for (const p of predicate) words.push(...s.subtree(p.dependent, (d) => d.dep === 'punct'));
  const content = words.some((w) => /^(ccomp|acl)/.test(s.parent(w)?.dep ?? '') && w !== object.dependent);
  return {
    words: words.sort((a, b) => a - b),
    root: object.dependent,
    withVerb: true,
    verdictOnly: OBJECT_SPEECH.test(lemma) && predicate.length === 0 && !content,
  };
}

/** "thanked X for Y", "demanded guarantees over …", "called for work to start", "cautioned against expecting …". */
function speechAct(s: ParsedSentence, verb: number): Words | undefined {
  const lemma = s.token(verb).lemma.toLowerCase();
  const objects = s.dependents(verb, 'obj');
  // The purpose hangs on the verb, or on its object ("threatened [the hauliers with fines]").
  const marked = [verb, ...objects.map((o) => o.dependent)]
    .flatMap((head) => s.dependents(head, 'obl', 'advcl', 'nmod'))
    .filter((d) => ACT_MARKERS.test(s.caseOf(d.dependent) ?? markOf(s, d.dependent) ?? ''));
  // "demanded guarantees" stands alone; "thanked X", "called X", "warned X" need what they are for.
  if (marked.length === 0 && !(/^(demand|seek|request)$/.test(lemma) && objects.length)) return undefined;
  const kept = [...objects, ...marked, ...s.dependents(verb, 'advcl').filter((d) => markOf(s, d.dependent) === 'if')];
  const words = kept.flatMap((d) => s.subtree(d.dependent, (x) => x.dep === 'punct' && x.governor === d.dependent));
  return { words: [...new Set(words)].sort((a, b) => a - b), root: kept[0]!.dependent, withVerb: true };
}

/** The marker introducing a clause ("for" in "for work to start", "if"), the first that is not "to". */
const markOf = (s: ParsedSentence, i: number) => {
  const m = s.dependents(i, 'mark').find((d) => !/^to$/i.test(s.token(d.dependent).word));
  return m ? s.token(m.dependent).word.toLowerCase() : undefined;
};

/** Verbs that name their addressee first: "told Rutte the deliveries could begin". */
const ADDRESSING = /^(tell|inform|assure|warn|remind|brief)$/;
const FINITE = /^(VBD|VBZ|VBP|MD)$/;
/** What a clause's subject can begin with. */
const NOMINAL_START = /^(DT|PDT|NN|NNS|NNP|NNPS|PRP|PRP\$|JJ|JJR|JJS|CD|EX)$/;

/**
 * "He said Western arms deliveries were prolonging the conflict", parsed with "deliveries" as the object of
 * "said": a verb of saying with no complement, followed (past its addressee, and a "that") by a clause with a
 * finite verb. The words run to the end of the sentence, or to a second verb of saying conjoined to the first.
 */
function afterTheVerb(s: ParsedSentence, verb: number): Words | undefined {
  const lemma = s.token(verb).lemma.toLowerCase();
  if (!isSpeechVerb(s, verb) || OBJECT_SPEECH.test(lemma)) return undefined;
  const last = lastWord(s);
  let start = verb + 1;
  const addressee = s
    .dependents(verb, 'obj', 'iobj')
    .find((d) => d.dependent === start || s.subtree(d.dependent)[0] === start);
  if (ADDRESSING.test(lemma) && addressee)
    start =
      Math.max(...s.subtree(addressee.dependent, (d) => !/^(compound|amod|det|nmod:poss|case|flat)/.test(d.dep))) + 1;
  // "told reporters after the second round that …": the words begin after "that", if only a phrase precedes it.
  for (let i = start; i <= Math.min(last, start + 8); i++) {
    const t = s.token(i);
    if (/^that$/i.test(t.word)) {
      // "responded to Kowalska's announcement that …": the clause a noun's, not the verb's.
      const clause = s.parent(i)?.governor;
      const of = clause !== undefined ? s.parent(clause) : undefined;
      if (of?.dep === 'ccomp' && s.token(of.governor).pos.startsWith('NN')) return undefined;
      start = i + 1;
      break;
    }
    if (t.pos.startsWith('VB') || t.pos === 'MD' || /^[,;:"“”'‘’]$/.test(t.word)) break;
  }
  // "called for work to start …": what is called for, with the verb, finite or not.
  const callFor = /^(call|ask|appeal)$/.test(lemma) && /^for$/i.test(s.token(verb + 1)?.word ?? '');
  if (callFor) start = verb + 1;
  else if (start > last || !NOMINAL_START.test(s.token(start).pos)) return undefined;
  let end = start;
  for (let i = start + 1; i <= last; i++) {
    const t = s.token(i);
    // "… and called for …": a second verb of saying is a second statement.
    if (t.pos === 'CC' && i < last && isSpeechVerb(s, i + 1) && !s.dependents(i + 1, 'nsubj').length) break;
    if (t.word === ',' && /^(according|“|"|‘|')/i.test(s.token(i + 1)?.word ?? '')) break;
    end = i;
  }
  const words = range(start, end);
  if (!callFor && !words.slice(1).some((i) => FINITE.test(s.token(i).pos))) return undefined;
  return { words, root: words.find((i) => FINITE.test(s.token(i).pos)) ?? start, withVerb: lemma === 'call' };
}

/**
 * "Turkey is ready to host the talks, Turkish Foreign Minister Hakan Fidan said on Tuesday." and "Such a
 * meeting had to be prepared, she said, and could not be a show": the words before the attribution (and after
 * it, when the sentence goes on), for a verb of saying with a subject of its own and no complement.
 */
function beforeTheVerb(s: ParsedSentence, verb: number, quoted: Span[]): Words | undefined {
  // A complement after the verb is what it reports; an "object" before it is a relative pronoun misread.
  if (!isSpeechVerb(s, verb) || s.dependents(verb, 'ccomp', 'xcomp', 'obj').some((d) => d.dependent > verb))
    return undefined;
  const subject = s.dependents(verb, 'nsubj').find((d) => d.dependent < verb);
  if (!subject) return undefined;
  const first = s.subtree(subject.dependent)[0]!;
  const comma = first - 1;
  if (comma < 2 || s.token(comma).word !== ',' || quoted.some((q) => overlaps(q, tokenSpan(s, comma))))
    return undefined;
  const words = range(1, comma - 1).filter((i) => s.token(i).pos !== '``' && s.token(i).pos !== "''");
  if (!words.some((i) => FINITE.test(s.token(i).pos))) return undefined;
  // ", she said, and could not …": the sentence goes on after the attribution.
  const tail = Math.max(verb, ...s.subtree(verb, (d) => d.dep === 'conj' || d.dep === 'cc' || d.dep === 'punct'));
  const last = lastWord(s);
  if (s.token(tail + 1)?.word === ',' && tail + 2 <= last) words.push(...range(tail + 2, last));
  return { words, root: s.root, withVerb: false };
}

/** "Trump's announcement that Russia had 50 days …": a remark's content, its possessor the speaker. */
function remarkContent(s: ParsedSentence, noun: number): Said | undefined {
  if (!REMARK_NOUNS.test(s.token(noun).lemma.toLowerCase()) && s.token(noun).lemma.toLowerCase() !== 'announcement')
    return undefined;
  const content = s.dependents(noun, 'ccomp')[0];
  const possessor = s.dependents(noun, 'nmod:poss')[0];
  if (!content || !possessor) return undefined;
  const words = s.subtree(content.dependent, (d) => d.dep === 'punct' && d.dependent < content.dependent);
  return {
    anchor: noun,
    subject: possessor.dependent,
    words: /^that$/i.test(s.token(words[0]!).word) ? words.slice(1) : words,
    root: content.dependent,
    withVerb: false,
  };
}

/**
 * "According to him, the new round should focus on …": the clause "according to X" hangs on is X's statement,
 * unless that clause is itself a report of speech (then X is only where the report comes from).
 */
function accordingTo(s: ParsedSentence, token: number): Said | undefined {
  if (s.token(token).lemma.toLowerCase() !== 'accord' || s.parent(token)?.dep !== 'case') return undefined;
  const source = s.parent(token)!.governor;
  const clause = s.parent(source)?.governor;
  if (clause === undefined || isSpeechVerb(s, clause)) return undefined;
  const words = s.subtree(clause, (d) => d.dependent === source || d.dep === 'punct');
  return { anchor: clause, subject: source, words, root: clause, withVerb: false };
}

/** The object, looking through "a series of demands", and the noun a relative clause hangs on ("conditions Kyiv rejected"). */
function objectOf(s: ParsedSentence, verb: number): { dependent: number; alone?: boolean } | undefined {
  const object = s.dependents(verb, 'obj')[0];
  if (object && /^(series|set|list|number|range|raft)$/.test(s.token(object.dependent).lemma.toLowerCase())) {
    const inner = s.dependents(object.dependent, 'nmod').find((n) => s.caseOf(n.dependent) === 'of');
    return inner ? { dependent: inner.dependent } : object;
  }
  const parent = s.parent(verb);
  // "terms that Kyiv rejected as …": the relative pronoun stands for the noun the clause hangs on.
  if (object && /^(WDT|WP)$/.test(s.token(object.dependent).pos) && parent?.dep === 'acl:relcl')
    return { dependent: parent.governor, alone: true };
  if (object) return object;
  return parent?.dep === 'acl:relcl' && !s.dependents(verb, 'ccomp').length
    ? { dependent: parent.governor, alone: true }
    : undefined;
}

/** The words of token indices as the text has them; a gap of more than punctuation joins with a space. */
function textOf(parsed: ParsedText, s: ParsedSentence, words: number[]): string {
  const runs: number[][] = [];
  for (const i of words) {
    const run = runs.at(-1);
    const gap = run ? range(run.at(-1)! + 1, i - 1) : [];
    if (run && gap.every((g) => /^[,;:—–-]$/.test(s.token(g).word) || s.token(g).pos.startsWith('``'))) run.push(i);
    else runs.push([i]);
  }
  return runs.map((r) => parsed.slice(trimSpan(parsed.text, s.spanOf(r)))).join(' ');
}

/** The last token before the sentence's closing punctuation. */
function lastWord(s: ParsedSentence): number {
  let last = s.tokens.length;
  while (last > 1 && /^[.!?"”’']$/.test(s.token(last).word)) last--;
  return last;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
