/**
 * Direct quotes, in any quote style, with their speakers: the attribution in the quote's sentence ("…,”
 * Zelenskyy said"), a participle ("stating, “…”"), or, for a quote standing alone, the speaker of the quote
 * just before it. A quote split around its attribution ("“A,” he said, “B.”") is one statement.
 */
import { attributionAddressees, continuedAddressees, demandAddressees, type Addressee } from './addressees.js';
import type { ParsedSentence, ParsedText, Span } from './parsedText.js';
import { trimSpan } from './parsedText.js';
import { quoteSpans } from './quoteMarks.js';
import { governingSpeech, isSpeechVerb, subjectOf } from './speechVerbs.js';
import type { Referent, Referents } from './speakers.js';
import { type FoundStatement, overlaps, wordCount, within } from './statements.js';

const OPEN = /^[“"‘'«„‹]/;
const CLOSE = /[”"’'»“›]$/;

interface RawQuote {
  span: Span;
  inner: Span;
  sentence: ParsedSentence;
}

/** The quotes the engine found and those found from their marks, as spans of the text. */
function rawQuotes(parsed: ParsedText): RawQuote[] {
  const out: RawQuote[] = [];
  const engine = (parsed.doc.quotes ?? []).map((q) => ({ start: q.beginIndex, end: q.endIndex }));
  const all = [...engine, ...quoteSpans(parsed.text)].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of all) {
    const text = parsed.slice(span);
    const inner = {
      start: span.start + (OPEN.test(text) ? 1 : 0),
      end: span.end - (CLOSE.test(text) ? 1 : 0),
    };
    const sentence = parsed.sentenceAt(span.start);
    // Nested quotes are part of the outer one; the two finders often find the same one.
    if (sentence && !out.some((o) => within(span, o.span) || overlaps(span, o.span)))
      out.push({ span, inner: trimSpan(parsed.text, inner), sentence });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** "“A,” he said, “B.”": the second part continues the first when only an attribution stands between them. */
function mergeSplit(parsed: ParsedText, quotes: RawQuote[]): RawQuote[][] {
  const groups: RawQuote[][] = [];
  for (const q of quotes) {
    const prev = groups.at(-1)?.at(-1);
    const between = prev ? parsed.text.slice(prev.span.end, q.span.start) : '';
    const continues =
      prev &&
      prev.sentence === q.sentence &&
      /,\s*$/.test(parsed.text.slice(prev.inner.start, prev.span.end - 1)) &&
      !/[.!?]/.test(between) &&
      between.length < 80;
    if (continues) groups.at(-1)!.push(q);
    else groups.push([q]);
  }
  return groups;
}

export function quotedSpans(parsed: ParsedText): Span[] {
  return rawQuotes(parsed).map((q) => q.span);
}

export function findQuotes(parsed: ParsedText, referents: Referents): FoundStatement[] {
  const quoteSpans = rawQuotes(parsed).map((q) => q.span);
  const out: FoundStatement[] = [];
  let previous: { speaker: Referent; sentence: number; told: Addressee[] } | undefined;
  for (const group of mergeSplit(parsed, rawQuotes(parsed))) {
    const first = group[0]!;
    const last = group.at(-1)!;
    const text = group
      .map((q) => parsed.slice(q.inner))
      .join(', ')
      .replace(/,$/, '');
    const { s, root, governing, verb } = attribution(parsed, first, group, quoteSpans);
    // One or two words in quote marks are a scare quote unless something said governs them ("calling it “blackmail”").
    if (!governing && wordCount(text) < 3) continue;
    // The speaker is never inside the quotation (the parser sometimes makes a quoted noun the subject).
    const subject = governing?.possessor ?? (verb !== undefined ? subjectOf(s, verb, quoteSpans) : undefined);
    let speaker = subject !== undefined ? referents.of(s, subject) : undefined;
    let reasoning: string | undefined;
    if (!speaker && previous && s.raw.index - previous.sentence <= 2) {
      speaker = previous.speaker;
      reasoning = `The quote stands alone; it continues the quotes of ${speaker.actor.name} just before it.`;
    }
    if (!speaker) continue;
    const span = { start: first.span.start, end: last.span.end };
    // Whom it was told, which a quote standing alone after it was told too; then whom a demand in it is made of.
    const told: Addressee[] = [
      ...(verb !== undefined ? attributionAddressees(s, verb, referents) : []),
      ...(reasoning && previous ? continuedAddressees(previous.told) : []),
    ];
    const addressees = [...told, ...(root !== undefined ? demandAddressees(s, root, referents, speaker.actor.id) : [])];
    previous = { speaker, sentence: last.sentence.raw.index, told };
    const evidence =
      verb !== undefined || reasoning === undefined ? trimSpan(parsed.text, unionSpan(s.span, span)) : span;
    out.push({
      kind: 'QUOTE',
      text,
      speaker,
      addressees,
      evidence,
      dateScope: { sentence: s, exclude: group.map((q) => q.span) },
      confidence: Math.min(speaker.confidence, reasoning ? 0.75 : 0.95),
      reasoning: reasoning ?? speaker.reasoning,
    });
  }
  return out;
}

/**
 * Where a quote is attributed: in its own sentence, or, for a quotation of several sentences with no saying
 * verb where it opens ("“… to us. This is blackmail,” Zakharova told …"), in the sentence where it closes.
 */
function attribution(parsed: ParsedText, quote: RawQuote, group: RawQuote[], quoteSpans: Span[]) {
  const read = (s: ParsedSentence) => {
    const root = clauseRootWithin(
      s,
      group.map((q) => q.inner),
    );
    const governing = root !== undefined ? governingSpeech(s, root) : undefined;
    const verb = governing ? governing.verb : attributionVerb(s, quoteSpans, quote.span);
    return { s, root, governing, verb };
  };
  const opening = read(quote.sentence);
  const closing = parsed.sentenceAt(quote.span.end - 1);
  if (opening.verb !== undefined || opening.governing || !closing || closing === quote.sentence) return opening;
  return read(closing);
}

/** The saying verb outside every quote, nearest to this one. */
function attributionVerb(s: ParsedSentence, quotes: Span[], quote: Span): number | undefined {
  const candidates = s.tokens
    .filter((t) => isSpeechVerb(s, t.index))
    .filter((t) => !quotes.some((q) => t.characterOffsetBegin >= q.start && t.characterOffsetEnd <= q.end));
  const distance = (t: { characterOffsetBegin: number }) =>
    Math.min(Math.abs(t.characterOffsetBegin - quote.start), Math.abs(t.characterOffsetBegin - quote.end));
  return candidates.sort((a, b) => distance(a) - distance(b))[0]?.index;
}

/** The token inside the quote (all its parts, when split) whose head lies outside it: the root of what was said. */
function clauseRootWithin(s: ParsedSentence, parts: Span[]): number | undefined {
  const isInside = (t: { characterOffsetBegin: number; characterOffsetEnd: number }) =>
    parts.some((p) => t.characterOffsetBegin >= p.start && t.characterOffsetEnd <= p.end);
  const root = s.tokens.filter(isInside).find((t) => {
    const parent = s.parent(t.index);
    return !parent || !isInside(s.token(parent.governor));
  });
  return root?.index;
}

const unionSpan = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
