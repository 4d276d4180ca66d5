/** The path finder of the toolbar: two actors, and the shortest chain of relationships between them. */
import { useState } from 'react';
import type { SearchHit } from './api';
import { SearchBox } from './SearchBox';

const ACTOR_TYPES = ['Person', 'Organization', 'Country'];

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
      <SearchBox
        label="Path from"
        placeholder="an actor…"
        keepPick
        types={ACTOR_TYPES}
        className="compact"
        testId="path-from"
        onPick={(hit) => setEnds((p) => ({ ...p, from: hit }))}
      />
      <span aria-hidden>and</span>
      <SearchBox
        label="Path to"
        placeholder="another actor…"
        keepPick
        types={ACTOR_TYPES}
        className="compact"
        testId="path-to"
        onPick={(hit) => setEnds((p) => ({ ...p, to: hit }))}
      />
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
