/**
 * The CoreNLP pipeline actorgraph runs: what the extractor reads (src/extract/) and nothing more, since every
 * annotator costs start-up time and memory. Coreference is left out (it took most of the 30 s per article
 * measured with it); the extractor resolves pronouns and titles itself (src/extract/speakers.ts).
 */
export const CORENLP_PROPERTIES: Record<string, string> = {
  annotators: 'tokenize,ssplit,pos,lemma,ner,depparse,quote',
  // Quote attribution needs coref; the extractor attributes quotes itself (src/extract/speakers.ts).
  'quote.attributeQuotes': 'false',
  // TITLE, NATIONALITY, COUNTRY, … as well as PERSON/ORGANIZATION/LOCATION.
  'ner.applyFineGrained': 'true',
  'ner.useSUTime': 'true',
  // A line break ends a sentence: wire texts put one paragraph per line.
  'ssplit.newlineIsSentenceBreak': 'always',
};
