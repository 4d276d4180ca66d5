/**
 * How alike two wordings are, for corroboration (is this the same statement in another translation?) and for
 * evaluation (did the extractor find this quote?).
 *
 * The measure: the Dice coefficient of the two texts' sets of content-word stems,
 * 2·|A ∩ B| / (|A| + |B|), from 0 (no stem in common) to 1 (the same stems). Words are folded (case, diacritics,
 * curly apostrophes), function words and modal verbs are left out ("must" and "should" are how two translators
 * render the same obligation), and each word is cut to a crude stem ("securing", "secured", "secure" → "secur").
 * "Everything must be done to secure a ceasefire" and "Everything should be done to achieve a ceasefire" share
 * 3 of their 4 stems each: 0.75. Synonyms ("secure", "achieve") are not recognised: a translation that changes
 * most content words scores low, and corroboration then leaves it apart (or flags it, near the threshold).
 */
import { foldName } from './names.js';

/** Function words, auxiliaries and modals: they say how, not what, and translators pick them freely. */
const STOP_WORDS = new Set(
  (
    'a an the and or but if then so as of to in on at by for from with into onto about over under than ' +
    'be is are was were been being am do does did doing have has had having ' +
    'must should would will shall can could may might ought ' +
    'i me my we us our you your he him his she her it its they them their this that these those there here ' +
    'who whom whose which what also just very only all any some such'
  ).split(' '),
);

/** A crude English stem: enough to make inflections of one word meet, never a dictionary form. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "secure" and "secur(ing)" meet once a final e and a doubled final consonant ("stopp(ed)") are cut.
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The words of a text, folded, split at anything but letters, digits and apostrophes. */
export function words(text: string): string[] {
  return foldName(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** The set of content-word stems of a text: what the similarity compares. */
export function contentStems(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => !STOP_WORDS.has(w))
      .map(stem),
  );
}

/** Dice coefficient of two sets: 1 for two empty sets (nothing to tell them apart). */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two wordings are, from 0 to 1 (see the top of this file). */
export function textSimilarity(a: string, b: string): number {
  return dice(contentStems(a), contentStems(b));
}
