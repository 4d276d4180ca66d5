/** The path finder of the toolbar: two actors, and the shortest chain of relationships between them. */
import { Fragment, useState } from 'react';
import type { SearchHit } from './api';
import { SearchBox } from './SearchBox';

const ACTOR_TYPES = ['Person', 'Organization', 'Country', 'Group'];
const ENDS = [
  { end: 'from', label: 'Path from', placeholder: 'an actor…' },
  { end: 'to', label: 'Path to', placeholder: 'another actor…' },
] as const;

export function PathFinder({
  hasPath,
  onFind,
  onClear,
}: {
  hasPath: boolean;
  onFind(from: SearchHit, to: SearchHit): void;
  onClear(): void;
}) {
  const [ends, setEnds] = useState<{ from: SearchHit | null; to: SearchHit | null }>({ from: null, to: null });
  return (
    <div className="pathfinder" aria-label="Path finder">
      <span className="pathfinder-title">Path between</span>
      {ENDS.map(({ end, label, placeholder }) => (
        <Fragment key={end}>
          {end === 'to' && <span aria-hidden>and</span>}
          <SearchBox
            label={label}
            placeholder={placeholder}
            keepPick
            types={ACTOR_TYPES}
            className="compact"
            testId={`path-${end}`}
            onPick={(hit) => setEnds((p) => ({ ...p, [end]: hit }))}
          />
        </Fragment>
      ))}
      <button
        type="button"
        className="primary"
        disabled={!ends.from || !ends.to}
        data-testid="find-path"
        onClick={() => ends.from && ends.to && onFind(ends.from, ends.to)}
      >
        Find path
      </button>
      {hasPath && (
        <button type="button" className="link-button" onClick={onClear}>
          clear
        </button>
      )}
    </div>
  );
}
