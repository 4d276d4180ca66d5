/**
 * Reported speech without quotation marks: a verb of saying with a clausal complement ("Zelenskyy confirmed
 * that …", "Trump pledged to …", "warning that …"), its subject resolved to an actor.
 */
import { attributionAddressees, demandAddressees } from './addressees.js';
import type { ParsedSentence, ParsedText, Span } from './parsedText.js';
import { trimSpan } from './parsedText.js';
import { INTENT_LEMMAS, isSpeechVerb, subjectOf } from './speechVerbs.js';
import type { Referents } from './speakers.js';
import { type FoundStatement, overlaps, wordCount } from './statements.js';

export function findReportedSpeech(parsed: ParsedText, referents: Referents, quoted: Span[]): FoundStatement[] {
  const out: FoundStatement[] = [];
  for (const s of parsed.sentences) {
    for (const t of s.tokens) {
      if (!t.pos.startsWith('VB')) continue;
      const verbSpan = { start: t.characterOffsetBegin, end: t.characterOffsetEnd };
      if (quoted.some((q) => overlaps(q, verbSpan))) continue;
      const said = whatWasSaid(s, t.index);
      if (!said) continue;
      const span = trimSpan(parsed.text, s.spanOf(said.words));
      // What is mostly a quotation is the quote's statement already.
      const quotedChars = quoted
        .filter((q) => overlaps(q, span))
        .reduce((n, q) => n + Math.min(q.end, span.end) - Math.max(q.start, span.start), 0);
      if (quotedChars > (span.end - span.start) / 2) continue;
      const subject = subjectOf(s, t.index);
      const speaker = subject !== undefined ? referents.of(s, subject) : undefined;
      if (!speaker || subject === undefined) continue;
      const text = said.withVerb ? `${t.originalText} ${parsed.slice(span)}` : parsed.slice(span);
      if (wordCount(text) < 3) continue;
      const subjectSpan = s.spanOf(s.subtree(subject, (d) => d.dep === 'punct' || d.dep.startsWith('acl')));
      out.push({
        kind: 'PARAPHRASE',
        text,
        speaker,
        addressees: [
          ...attributionAddressees(s, t.index, referents),
          ...demandAddressees(s, said.root, referents, speaker.actor.id),
        ],
        evidence: trimSpan(parsed.text, {
          start: Math.min(subjectSpan.start, span.start, verbSpan.start),
          end: Math.max(span.end, verbSpan.end),
        }),
        dateScope: { sentence: s, exclude: [span] },
        confidence: Math.min(speaker.confidence, 0.85),
        reasoning: speaker.reasoning,
      });
    }
  }
  return out;
}

/** Verbs whose object is what was said about it ("denounced the move", "acknowledged the remarks"). */
const OBJECT_SPEECH = /^(denounce|condemn|acknowledge|reject|criticize|criticise|welcome|dismiss|praise|deny|blame)$/;
/** Verbs that make a thing said out of their object ("issued an ultimatum"), unlike "studied the proposal". */
const UTTER = /^(issue|renew|present|make|deliver|repeat|reiterate|voice|express|level|send|announce|put|set|extend)$/;
/** Objects that are themselves something said ("issued an ultimatum", "renewed his call"). */
const SPEECH_NOUNS =
  /^(ultimatum|call|demand|warning|statement|appeal|threat|proposal|plea|accusation|criticism|condemnation)s?$/;

/**
 * The words said: a clausal complement ("said that …"), an intent ("pledged to …", with the verb), or an object
 * that is a thing said ("issued an ultimatum to …", with the verb).
 */
function whatWasSaid(
  s: ParsedSentence,
  verb: number,
): { words: number[]; root: number; withVerb: boolean } | undefined {
  const lemma = s.token(verb).lemma.toLowerCase();
  const speech = isSpeechVerb(s, verb);
  const complement = speech
    ? (s.dependents(verb, 'ccomp')[0] ?? (INTENT_LEMMAS.has(lemma) ? s.dependents(verb, 'xcomp')[0] : undefined))
    : undefined;
  if (complement) {
    const words = s.subtree(complement.dependent, (d) => d.dep === 'punct' && d.dependent < complement.dependent);
    const first = words[0]!;
    return {
      words: /^that$/i.test(s.token(first).word) ? words.slice(1) : words,
      root: complement.dependent,
      withVerb: complement.dep === 'xcomp',
    };
  }
  const object = objectOf(s, verb);
  const objectLemma = object ? s.token(object.dependent).lemma.toLowerCase() : '';
  if (!object || !(OBJECT_SPEECH.test(lemma) || (UTTER.test(lemma) && SPEECH_NOUNS.test(objectLemma))))
    return undefined;
  // The object with what qualifies it, not a participle clause tacked on after a comma.
  const words = s.subtree(
    object.dependent,
    (d) =>
      d.dep === 'punct' ||
      (d.dep === 'case' && d.governor === object.dependent) ||
      (d.dep.startsWith('acl') && s.token(d.dependent).pos === 'VBG'),
  );
  return { words, root: object.dependent, withVerb: true };
}

/** The object, looking through "a series of demands", and the noun a relative clause hangs on ("conditions Kyiv rejected"). */
function objectOf(s: ParsedSentence, verb: number): { dependent: number } | undefined {
  const object = s.dependents(verb, 'obj')[0];
  if (object && /^(series|set|list|number|range|raft)$/.test(s.token(object.dependent).lemma.toLowerCase())) {
    const inner = s.dependents(object.dependent, 'nmod').find((n) => s.caseOf(n.dependent) === 'of');
    return inner ? { dependent: inner.dependent } : object;
  }
  if (object) return object;
  const parent = s.parent(verb);
  return parent?.dep === 'acl:relcl' && !s.dependents(verb, 'ccomp').length
    ? { dependent: parent.governor }
    : undefined;
}
