/** What the statement finders (quotes.ts, reportedSpeech.ts) hand to the draft. */
import type { Addressee } from './addressees.js';
import type { ParsedSentence, Span } from './parsedText.js';
import type { Referent } from './speakers.js';

export interface FoundStatement {
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  speaker: Referent;
  addressees: Addressee[];
  evidence: Span;
  /** Where a date for the statement may stand: this sentence, outside `exclude` (the words said). */
  dateScope: { sentence: ParsedSentence; exclude: Span[] };
  confidence: number;
  /** Why the speaker is taken from elsewhere than the sentence, when it is. */
  reasoning?: string;
  /** Only the thing judged ("welcomed the agreement"), not what was said about it. */
  verdictOnly?: boolean;
}

/** Words in a span, roughly: quotes shorter than two words are scare quotes, not statements. */
export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

export const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * "Von der Leyen welcomed the agreement. “We are hitting …,” she wrote.": a verdict on a thing, followed in the
 * next sentence by the same speaker's words, heads those words; the words are the statement. Sorted input.
 */
export function withoutVerdictHeadlines(statements: FoundStatement[]): FoundStatement[] {
  const sentenceOf = (f: FoundStatement) => f.dateScope.sentence.raw.index;
  return statements.filter(
    (f) =>
      !f.verdictOnly ||
      !statements.some((g) => g.speaker.actor.id === f.speaker.actor.id && sentenceOf(g) === sentenceOf(f) + 1),
  );
}
