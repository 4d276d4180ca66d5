/**
 * Full-text search as an ARIA combobox: type, move with the arrow keys, Enter picks, Escape closes.
 * Used for the main search and for the two ends of the path finder.
 */
import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { search, type SearchHit } from './api';
import { kindStyle } from './graphStyle';

interface Props {
  label: string;
  placeholder: string;
  /** Shown in the box after a pick (the picked caption), or kept empty. */
  keepPick?: boolean;
  /** Only hits of these GraphQL types (e.g. the actor types for the path finder). */
  types?: string[];
  className?: string;
  onPick(hit: SearchHit): void;
  testId?: string;
}

const DEBOUNCE_MS = 120;

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { label, placeholder, keepPick = false, types, className, onPick, testId },
  ref,
) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<'idle' | 'searching' | 'done' | 'error'>('idle');
  const picked = useRef<string | null>(null);

  useEffect(() => {
    const query = text.trim();
    if (query === '' || query === picked.current) {
      setHits([]);
      setState('idle');
      return;
    }
    const controller = new AbortController();
    setState('searching');
    const timer = window.setTimeout(() => {
      search(query, controller.signal)
        .then((found) => {
          const filtered = types ? found.filter((h) => types.includes(h.node.__typename)) : found;
          setHits(filtered);
          setActive(0);
          setOpen(true);
          setState('done');
        })
        .catch((error: Error) => {
          if (error.name !== 'AbortError') setState('error');
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, types]);

  const pick = (hit: SearchHit) => {
    picked.current = keepPick ? hit.caption : null;
    setText(keepPick ? hit.caption : '');
    setOpen(false);
    setHits([]);
    onPick(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
        break;
      case 'Enter': {
        const hit = hits[active];
        if (open && hit) {
          event.preventDefault();
          pick(hit);
        }
        break;
      }
      case 'Escape':
        if (open) setOpen(false);
        else setText('');
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const expanded = open && text.trim() !== '' && state !== 'idle';
  const optionId = (i: number) => `${id}-option-${i}`;

  return (
    <div className={`search ${className ?? ''}`}>
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        ref={ref}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        data-testid={testId}
        onChange={(e) => {
          picked.current = null;
          setText(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length && setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label={`${label}: results`}>
          {state === 'done' && hits.length === 0 && (
            <li className="search-empty">Nothing found for “{text.trim()}”.</li>
          )}
          {state === 'error' && <li className="search-empty">Search failed: is the server running?</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.node.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-node-id={hit.node.id}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(hit)}
            >
              <span className="kind-dot" style={{ background: kindStyle(hit.node.__typename).color }} aria-hidden />
              <span className="search-caption">{hit.caption}</span>
              <span className="search-kind">{hit.node.__typename}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
