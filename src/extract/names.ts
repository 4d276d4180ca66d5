/**
 * Names as keys: spelling variants of one name meet on one key (Zelensky, Zelenskiy, Zelenskyy; Dmitry,
 * Dmitri, Dmitriy; Defence, Defense; spokesman, spokesperson), and readable slugs for new ids.
 */
import { foldName } from '../domain/names.js';

const WORD_VARIANTS: Array<[RegExp, string]> = [
  [/\bdefence\b/g, 'defense'],
  [/\bspokes(?:man|woman|person)\b/g, 'spokesperson'],
  [/\bkiev\b/g, 'kyiv'],
  [/\bu ?s\b/g, 'us'],
  [/\bu ?k\b/g, 'uk'],
];

/** One key for every common transliteration of a name. */
export function variantKey(name: string): string {
  let key = foldName(name)
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of WORD_VARIANTS) key = key.replace(pattern, replacement);
  // Transliterations of -ий/-ый/-ій endings, doubled vowels, and kh/h, ks/x.
  return key
    .split(' ')
    .map((w) => w.replace(/(?:iy|yy|yi|ii|ij|y|i)$/, 'y').replace(/kh/g, 'h'))
    .join(' ')
    .replace(/^the /, '');
}

/** "Andrii Sybiha" → "andrii-sybiha", for ids. */
export function slug(text: string, maxWords = 6): string {
  return foldName(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, maxWords)
    .join('-');
}

/** Adjectives and short forms that name a country ("Ukrainian", "U.S."), to its usual English name. */
export const DEMONYMS: Record<string, string> = {
  ukrainian: 'Ukraine',
  russian: 'Russia',
  american: 'United States',
  us: 'United States',
  british: 'United Kingdom',
  uk: 'United Kingdom',
  french: 'France',
  german: 'Germany',
  turkish: 'Turkey',
  chinese: 'China',
  polish: 'Poland',
  belarusian: 'Belarus',
  european: 'European Union',
  eu: 'European Union',
  israeli: 'Israel',
  iranian: 'Iran',
  hungarian: 'Hungary',
  italian: 'Italy',
  japanese: 'Japan',
  indian: 'India',
  saudi: 'Saudi Arabia',
  qatari: 'Qatar',
  kremlin: 'Kremlin',
  dutch: 'Netherlands',
  estonian: 'Estonia',
  latvian: 'Latvia',
  lithuanian: 'Lithuania',
  finnish: 'Finland',
  swedish: 'Sweden',
  danish: 'Denmark',
  norwegian: 'Norway',
  slovak: 'Slovakia',
  czech: 'Czech Republic',
  romanian: 'Romania',
  moldovan: 'Moldova',
  georgian: 'Georgia',
  swiss: 'Switzerland',
  serbian: 'Serbia',
};
