/**
 * The engine's annotations made easy to walk: each sentence's dependency tree by token, subtrees as character
 * spans, and the text itself, so every excerpt is an exact slice of it.
 */
import type { AnnotatedDocument, Dependency, EntityMention, Sentence, Token } from '../nlp/annotations.js';

export interface Span {
  start: number;
  end: number;
}

export class ParsedSentence {
  private readonly children = new Map<number, Dependency[]>();
  private readonly parents = new Map<number, Dependency>();

  constructor(
    readonly raw: Sentence,
    readonly text: string,
  ) {
    for (const d of raw.basicDependencies) {
      if (d.governor === 0) continue;
      const list = this.children.get(d.governor) ?? [];
      list.push(d);
      this.children.set(d.governor, list);
      this.parents.set(d.dependent, d);
    }
  }

  get tokens(): Token[] {
    return this.raw.tokens;
  }

  get mentions(): EntityMention[] {
    return this.raw.entitymentions ?? [];
  }

  get span(): Span {
    const t = this.raw.tokens;
    return { start: t[0]!.characterOffsetBegin, end: t[t.length - 1]!.characterOffsetEnd };
  }

  token(index: number): Token {
    return this.raw.tokens[index - 1]!;
  }

  /** The root's token index (1-based). */
  get root(): number {
    return this.raw.basicDependencies.find((d) => d.governor === 0)?.dependent ?? 1;
  }

  /** Dependents of a token, optionally only those whose relation starts with one of `rels` ("obl" matches "obl:to"). */
  dependents(index: number, ...rels: string[]): Dependency[] {
    const all = this.children.get(index) ?? [];
    return rels.length === 0 ? all : all.filter((d) => rels.some((r) => d.dep === r || d.dep.startsWith(`${r}:`)));
  }

  parent(index: number): Dependency | undefined {
    return this.parents.get(index);
  }

  /** The case marker of a nominal ("to" in "said to X"), lower-cased. */
  caseOf(index: number): string | undefined {
    const c = this.dependents(index, 'case')[0];
    return c ? this.token(c.dependent).word.toLowerCase() : undefined;
  }

  /** Token indices of a subtree (the token, its dependents, theirs …), optionally without some branches. */
  subtree(index: number, skip: (d: Dependency) => boolean = () => false): number[] {
    const out = [index];
    for (const d of this.dependents(index)) if (!skip(d)) out.push(...this.subtree(d.dependent, skip));
    return out.sort((a, b) => a - b);
  }

  /** The character span of token indices (first to last, whatever lies between). */
  spanOf(indices: number[]): Span {
    const first = Math.min(...indices);
    const last = Math.max(...indices);
    return { start: this.token(first).characterOffsetBegin, end: this.token(last).characterOffsetEnd };
  }

  /** The sentence-level token index (1-based) at a character offset, if a token starts or covers it. */
  tokenAt(offset: number): number | undefined {
    const t = this.raw.tokens.find((t) => t.characterOffsetBegin <= offset && offset < t.characterOffsetEnd);
    return t?.index;
  }

  /** The mention whose tokens include a token index (1-based). */
  mentionAt(index: number, accept: (m: EntityMention) => boolean = () => true): EntityMention | undefined {
    return this.mentions.find((m) => m.tokenBegin < index && index <= m.tokenEnd && accept(m));
  }
}

export class ParsedText {
  readonly sentences: ParsedSentence[];

  constructor(
    readonly text: string,
    readonly doc: AnnotatedDocument,
  ) {
    this.sentences = doc.sentences.map((s) => new ParsedSentence(s, text));
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The sentence holding a character offset. */
  sentenceAt(offset: number): ParsedSentence | undefined {
    return this.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
  }
}

/** A span without the spaces and trailing punctuation (",", ";", ":") the tokens around it leave. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
