/** A titled list of the side panel with its length: responses, events, participants, tenures, holders. */
import type { ReactNode } from 'react';

interface ListSectionProps<T> {
  title: ReactNode;
  items: readonly T[];
  keyOf(item: T): string;
  render(item: T): ReactNode;
  /** Shown instead of the list when it is empty. */
  none?: string;
  listClass?: string;
  itemClass?(item: T): string | undefined;
}

export function ListSection<T>({
  title,
  items,
  keyOf,
  render,
  none = 'None recorded.',
  listClass = 'plain-list',
  itemClass,
}: ListSectionProps<T>) {
  return (
    <section className="panel-section">
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul className={listClass}>
          {items.map((item) => (
            <li key={keyOf(item)} className={itemClass?.(item)}>
              {render(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
