/** Set-up shared by the tests of a file or describe block. */
import { afterAll, beforeAll } from 'vitest';

/**
 * Opens something before the tests of the enclosing file or describe block (call it where the hooks belong)
 * and closes it after them. Returns a getter, to call inside tests and hooks.
 */
export function openForTests<T>(what: string, open: () => Promise<T>, close: (opened: T) => unknown): () => T {
  let opened: { value: T } | undefined;
  beforeAll(async () => {
    opened = { value: await open() };
  });
  afterAll(async () => {
    if (opened) await close(opened.value);
  });
  return () => {
    if (!opened) throw new Error(`${what} is used before beforeAll has opened it`);
    return opened.value;
  };
}
