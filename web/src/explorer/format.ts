/** Dates as the API gives them (ISO date + precision), written for people. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  const month = MONTHS[m - 1] ?? String(m);
  switch (precision) {
    case 'YEAR':
      return String(y);
    case 'MONTH':
      return `${month} ${y}`;
    case 'WEEK':
      return `week of ${d} ${month} ${y}`;
    default:
      return `${d} ${month} ${y}`;
  }
}

export function formatSpan(
  start: string | null,
  startPrecision: string | null,
  end: string | null,
  endPrecision: string | null,
): string {
  const from = start ? formatDate(start, startPrecision) : 'start unknown';
  const to = end ? formatDate(end, endPrecision) : 'now';
  return `${from} – ${to}`;
}

/** "LED_DELEGATION" -> "led delegation". */
export function humanize(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}
