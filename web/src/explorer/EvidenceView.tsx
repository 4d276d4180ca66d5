/**
 * Where a fact is stated: the list of its evidence excerpts, and the source text of the chosen one
 * with the excerpt highlighted at its offsets (Evidence.start/end into Source.text).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { sourceText, type Evidence } from './api';
import { formatDate } from './format';

export function EvidenceView({ evidence, title = 'Evidence' }: { evidence: Evidence[]; title?: string }) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [evidence]);
  if (evidence.length === 0) {
    return (
      <section className="panel-section">
        <h3>{title}</h3>
        <p className="muted">No source sentence is recorded for this.</p>
      </section>
    );
  }
  const current = evidence[Math.min(active, evidence.length - 1)]!;
  return (
    <section className="panel-section">
      <h3>
        {title} <span className="count">{evidence.length}</span>
      </h3>
      {evidence.length > 1 && (
        <ol className="evidence-list">
          {evidence.map((e, i) => (
            <li key={`${e.source.id}:${e.start}:${e.end}`}>
              <button
                type="button"
                className={i === active ? 'evidence-pick active' : 'evidence-pick'}
                aria-pressed={i === active}
                onClick={() => setActive(i)}
              >
                “{e.excerpt}”
              </button>
            </li>
          ))}
        </ol>
      )}
      <SourceText evidence={current} />
    </section>
  );
}

function SourceText({ evidence }: { evidence: Evidence }) {
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    setText(null);
    setFailed(false);
    sourceText(evidence.source.id).then(
      (t) => live && setText(t),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [evidence.source.id]);

  // Bring the highlighted sentence to the middle of the box, without scrolling the page.
  useLayoutEffect(() => {
    const container = box.current;
    const mark = container?.querySelector('mark');
    if (!container || !mark) return;
    container.scrollTop = Math.max(0, mark.offsetTop - container.offsetTop - container.clientHeight / 3);
  }, [text, evidence]);

  const { source, start, end, excerpt } = evidence;
  const header = (
    <div className="source-header">
      <span className="source-title">{source.title}</span>
      <span className="muted">
        {source.publisher}
        {source.published ? ` · ${formatDate(source.published)}` : ''}
      </span>
    </div>
  );

  if (failed)
    return (
      <div className="source-box">
        {header}
        <p className="muted">The source text could not be loaded.</p>
      </div>
    );
  if (text === null)
    return (
      <div className="source-box">
        {header}
        <p className="muted">Loading the source…</p>
      </div>
    );
  if (text === '') {
    return (
      <div className="source-box">
        {header}
        <p className="muted">This source is known only by citation; the excerpt is:</p>
        <blockquote className="excerpt">{excerpt}</blockquote>
      </div>
    );
  }
  const matches = text.slice(start, end) === excerpt;
  return (
    <div className="source-box" data-testid="source-text">
      {header}
      <div ref={box} className="source-text">
        {text.slice(0, start)}
        <mark data-testid="evidence-highlight" data-start={start} data-end={end}>
          {text.slice(start, end)}
        </mark>
        {text.slice(end)}
      </div>
      <p className="source-offsets muted">
        Characters {start}–{end} of {text.length}
        {matches ? '' : ' (the stored excerpt differs from the text at these offsets)'}
      </p>
    </div>
  );
}
