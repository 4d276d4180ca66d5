import { describe, expect, it } from 'vitest';
import { foldName, luceneTerms, searchQuery } from '../../src/domain/names.js';

describe('foldName', () => {
  it('makes spellings that differ in case and diacritics one key', () => {
    const key = foldName('Zelenskyy');
    expect(foldName('ZELENSKYY')).toBe(key);
    expect(foldName('Zelenskýy')).toBe(key);
    expect(foldName('zelenskyy')).toBe(key);
    expect(foldName('Türkiye')).toBe(foldName('turkiye'));
  });

  it('keeps different spellings apart', () => {
    expect(foldName('Zelensky')).not.toBe(foldName('Zelenskyy'));
  });

  it('folds typographic apostrophes, dots and runs of white space', () => {
    expect(foldName('Ukraine’s')).toBe(foldName("Ukraine's"));
    expect(foldName('  Volodymyr \t Zelenskyy ')).toBe('volodymyr zelenskyy');
    expect(foldName('U.S.')).toBe(foldName('U S'));
    expect(foldName('Donald J. Trump')).toBe('donald j trump');
  });
});

describe('luceneTerms and searchQuery', () => {
  it('escapes every Lucene operator character, so user text is matched as words', () => {
    const terms = luceneTerms('Umerov) OR (x:y* "z"~ a/b');
    for (const t of terms) {
      // Every special character is preceded by a backslash.
      expect(t.replace(/\\./g, '')).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
    }
    expect(terms).toContain('umerov\\)');
  });

  it('lower-cases, so AND / OR / NOT are words, not operators', () => {
    expect(luceneTerms('Putin AND Zelenskyy NOT Trump')).toEqual(['putin', 'and', 'zelenskyy', 'not', 'trump']);
  });

  it('searches each word as written or as a prefix', () => {
    expect(searchQuery('Umer')).toBe('(umer OR umer*)');
    expect(searchQuery('Rustem  Umerov')).toBe('(rustem OR rustem*) (umerov OR umerov*)');
  });

  it('is empty for text without words', () => {
    expect(luceneTerms('   ')).toEqual([]);
    expect(searchQuery(' \n ')).toBe('');
  });
});
