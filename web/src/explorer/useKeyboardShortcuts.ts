/**
 * "/" puts the cursor in the search box, as on most sites with search; Escape clears the
 * selection, and the side panel lists what is on the canvas. Keys typed into a field are its own.
 */
import { useEffect, type RefObject } from 'react';

export function useKeyboardShortcuts(
  searchInput: RefObject<HTMLInputElement | null>,
  clearSelection: () => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return;
      if (event.key === '/') {
        event.preventDefault();
        searchInput.current?.focus();
      } else if (event.key === 'Escape') {
        clearSelection();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchInput, clearSelection]);
}
