/** The evaluation's printout: one line per article, the overall line, and each target with pass or miss. */
import { METRICS, precision, recall, TARGETS, type ArticleScore, type Tally } from './score.js';

const HEADINGS: Record<(typeof METRICS)[number], string> = {
  statements: 'statements P/R',
  speakers: 'speaker',
  addressees: 'addressees P/R',
  roles: 'roles P/R',
  participants: 'participants P/R',
  dates: 'dates',
};

const f2 = (x: number) => x.toFixed(2);

/** "P/R (right/found/gold)", or the share right for the two shares (speakers, dates). */
function cell(metric: (typeof METRICS)[number], t: Tally): string {
  if (metric === 'speakers' || metric === 'dates') return `${f2(precision(t))} (${t.right}/${t.found})`;
  return `${f2(precision(t))}/${f2(recall(t))} (${t.right}/${t.found}/${t.gold})`;
}

export interface TargetResult {
  label: string;
  value: number;
  atLeast: number;
  pass: boolean;
}

export function targetResults(total: ArticleScore): TargetResult[] {
  return TARGETS.map((t) => {
    const value = (t.of === 'precision' ? precision : recall)(total[t.metric]);
    return { label: t.label, value, atLeast: t.atLeast, pass: value >= t.atLeast };
  });
}

/** A fixed-width table: the articles, then the overall line, then the targets. */
export function formatReport(rows: ReadonlyArray<{ name: string; score: ArticleScore }>, total: ArticleScore): string {
  const table = [
    ['article', ...METRICS.map((m) => HEADINGS[m])],
    ...rows.map((r) => [r.name, ...METRICS.map((m) => cell(m, r.score[m]))]),
    ['overall', ...METRICS.map((m) => cell(m, total[m]))],
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const targets = targetResults(total).map(
    (t) => `  ${t.pass ? 'pass' : 'miss'}  ${t.label}: ${f2(t.value)} (target ${f2(t.atLeast)})`,
  );
  return [...table.map(line), '', 'Targets (overall):', ...targets].join('\n');
}
