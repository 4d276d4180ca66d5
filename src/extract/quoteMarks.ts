/**
 * Quotations found from their marks, in any style: “…”, "…", ‘…’, '…', «…», „…“. The engine's quote annotator
 * reads double quotes only; single quotes need care, since the same mark is an apostrophe ("Ukraine's").
 */
import type { Span } from './parsedText.js';

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['„', '“'],
];

/** An opening mark starts a word (after a space, a line start or a dash); a closing one ends one. */
const opensAt = (text: string, i: number) =>
  (i === 0 || /[\s([—–-]/.test(text[i - 1]!)) && /[\p{L}\p{N}…]/u.test(text[i + 1] ?? '');
const closesAt = (text: string, i: number) =>
  /[^\s]/.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');

export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      if (!opensAt(text, i)) continue;
      let j = text.indexOf(close, i + 1);
      while (j >= 0 && !closesAt(text, j)) j = text.indexOf(close, j + 1);
      // A quotation stays within its paragraph.
      if (j < 0 || text.slice(i, j).includes('\n')) continue;
      spans.push({ start: i, end: j + 1 });
      i = j;
    }
  }
  // The outermost of nested quotations.
  return spans
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s, k, all) => !all.slice(0, k).some((o) => o.start <= s.start && s.end <= o.end));
}
