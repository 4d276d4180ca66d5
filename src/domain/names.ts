/** Name keys: how "Zelenskyy", "ZELENSKYY" and "Zelenskýy" become the same look-up key. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();
}

/** Lucene query syntax: escape every special character so user text is matched as words. */
export function luceneTerms(text: string): string[] {
  // Folded and lower-cased first: prefix terms skip the analyzer, and AND/OR/NOT would read as operators.
  return foldName(text)
    .split(/\s+/)
    .map((t) => t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((t) => t.length > 0);
}

/** Each word as written or as a prefix, so "Umer" finds Umerov while typing. */
export function searchQuery(text: string): string {
  return luceneTerms(text)
    .map((t) => `(${t} OR ${t}*)`)
    .join(' ');
}
