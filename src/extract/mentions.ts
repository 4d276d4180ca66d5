/** Every named actor in the article, in reading order, resolved: the base of speakers, roles and addressees. */
import type { EntityMention } from '../nlp/annotations.js';
import type { ParsedSentence, ParsedText, Span } from './parsedText.js';
import { DEMONYMS, variantKey } from './names.js';
import type { ActorResolver, ResolvedActor } from './resolveActors.js';

export interface ActorMention {
  sentence: ParsedSentence;
  /** 1-based token indices, inclusive. */
  first: number;
  last: number;
  /** The token the rest of the mention hangs on ("Zelenskyy" in "Volodymyr Zelenskyy"). */
  head: number;
  span: Span;
  actor: ResolvedActor;
}

const PRONOUN_TAGS = new Set(['PRP', 'PRP$', 'WP', 'WP$']);

function headOf(sentence: ParsedSentence, first: number, last: number): number {
  for (let i = last; i >= first; i--) {
    const parent = sentence.parent(i);
    if (!parent || parent.governor < first || parent.governor > last) return i;
  }
  return last;
}

export function actorMentions(parsed: ParsedText, resolver: ActorResolver): ActorMention[] {
  const out: ActorMention[] = [];
  for (const sentence of parsed.sentences) {
    for (const m of sentence.mentions) {
      if (isPronoun(sentence, m)) continue;
      const span = { start: m.characterOffsetBegin, end: m.characterOffsetEnd };
      const first = m.tokenBegin + 1;
      const last = m.tokenEnd;
      const head = headOf(sentence, first, last);
      // The text itself, not the engine's copy of it: offsets are what the evidence must match.
      const actor = resolver.resolve(parsed.slice(span), m.ner, countryOf(parsed, sentence, head));
      if (!actor) continue;
      out.push({ sentence, first, last, head, span, actor });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The country a possessor or adjective gives a name: "Russia's" or "Russian" in "Russia's Foreign Ministry". */
function countryOf(parsed: ParsedText, sentence: ParsedSentence, head: number): string | undefined {
  for (const d of sentence.dependents(head, 'nmod:poss', 'amod')) {
    const m = sentence.mentionAt(d.dependent, (e) => e.ner === 'COUNTRY' || e.ner === 'NATIONALITY');
    if (!m) continue;
    const text = parsed.slice({ start: m.characterOffsetBegin, end: m.characterOffsetEnd });
    return m.ner === 'NATIONALITY' ? (DEMONYMS[variantKey(text)] ?? text) : text;
  }
  return undefined;
}

function isPronoun(sentence: ParsedSentence, m: EntityMention): boolean {
  return m.tokenEnd - m.tokenBegin === 1 && PRONOUN_TAGS.has(sentence.token(m.tokenBegin + 1).pos);
}

/** The mention covering a token, if any. */
export function mentionAtToken(mentions: ActorMention[], sentence: ParsedSentence, index: number) {
  return mentions.find((m) => m.sentence === sentence && m.first <= index && index <= m.last);
}
