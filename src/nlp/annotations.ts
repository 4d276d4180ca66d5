/**
 * The parts of CoreNLP's JSON output the extractor reads. Offsets are Java string indices, i.e. UTF-16 code
 * units, the same unit as String.prototype.slice and the facts files' evidence offsets.
 */
export interface Timex {
  tid: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET' | string;
  value?: string;
  altValue?: string;
}

export interface Token {
  /** 1-based within the sentence, as dependencies count. */
  index: number;
  word: string;
  originalText: string;
  lemma: string;
  pos: string;
  ner: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  timex?: Timex;
}

export interface Dependency {
  dep: string;
  /** 0 is the root. */
  governor: number;
  dependent: number;
}

export interface EntityMention {
  /** Token span within the sentence, 0-based, end exclusive. */
  tokenBegin: number;
  tokenEnd: number;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  ner: string;
  timex?: Timex;
}

export interface Sentence {
  index: number;
  tokens: Token[];
  basicDependencies: Dependency[];
  entitymentions?: EntityMention[];
}

export interface Quote {
  id: number;
  beginIndex: number;
  endIndex: number;
  beginSentence: number;
  endSentence: number;
}

export interface AnnotatedDocument {
  sentences: Sentence[];
  quotes?: Quote[];
}

/** An engine turns a text, read as of a document date (YYYY-MM-DD, for relative dates), into annotations. */
export interface NlpEngine {
  /** Name and version, recorded in every extracted fact's extractedBy. */
  readonly name: string;
  annotate(text: string, documentDate: string): Promise<AnnotatedDocument>;
}

/** Only what the extractor reads, so recorded fixtures stay small and say what the code depends on. */
export function pruneAnnotations(doc: AnnotatedDocument): AnnotatedDocument {
  const pick = <T extends object, K extends keyof T>(o: T, keys: K[]) =>
    Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;
  return {
    sentences: doc.sentences.map((s) => ({
      index: s.index,
      tokens: s.tokens.map((t) =>
        pick(t, [
          'index',
          'word',
          'originalText',
          'lemma',
          'pos',
          'ner',
          'characterOffsetBegin',
          'characterOffsetEnd',
          'timex',
        ]),
      ),
      basicDependencies: s.basicDependencies.map((d) => pick(d, ['dep', 'governor', 'dependent'])),
      entitymentions: (s.entitymentions ?? []).map((m) =>
        pick(m, ['tokenBegin', 'tokenEnd', 'characterOffsetBegin', 'characterOffsetEnd', 'ner', 'timex']),
      ),
    })),
    quotes: (doc.quotes ?? []).map((q) => pick(q, ['id', 'beginIndex', 'endIndex', 'beginSentence', 'endSentence'])),
  };
}
