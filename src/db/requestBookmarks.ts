/**
 * Read-your-writes across replicas: a client sends back the bookmark a mutation answered with
 * (`x-actorgraph-bookmark`), and every read of that request waits until the database has reached that state.
 * Held per request, as the read budget is, so no repository has to pass it along.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const bookmarks = new AsyncLocalStorage<readonly string[]>();

/** The header's value: the bookmarks a mutation returned, joined by commas. */
export const parseBookmarkHeader = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);

export const formatBookmarks = (list: readonly string[]): string => list.join(',');

export function withRequestBookmarks<T>(list: readonly string[], work: () => T): T {
  return list.length === 0 ? work() : bookmarks.run(list, work);
}

/** The bookmarks the current request's reads must wait for; undefined when it sent none. */
export function requestBookmarks(): readonly string[] | undefined {
  return bookmarks.getStore();
}
