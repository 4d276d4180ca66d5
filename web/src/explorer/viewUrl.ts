/** The view in the URL (focus, date, selection), so a view can be shared as a link. */
import { useEffect } from 'react';
import type { Selection } from './DetailsPanel';

export interface UrlView {
  focus: string | null;
  at: string | null;
  select: string | null;
}

export function readUrl(): UrlView {
  const params = new URLSearchParams(window.location.search);
  const date = params.get('at');
  return {
    focus: params.get('focus'),
    at: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    select: params.get('select'),
  };
}

/** Rewrites the URL (without a history entry) whenever the view changes. */
export function useViewInUrl(seeds: string[], at: string | null, selection: Selection | null): void {
  useEffect(() => {
    const params = new URLSearchParams();
    if (seeds[0]) params.set('focus', seeds[0]);
    if (at) params.set('at', at);
    if (selection?.kind === 'node' && selection.id !== seeds[0]) params.set('select', selection.id);
    const query = params.toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [seeds, at, selection]);
}
