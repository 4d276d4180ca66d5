/** Catching what a synchronous call throws, for tests that then look at the error. */
import { expect } from 'vitest';

/** The error `fn` throws, checked to be a `type`; the test fails when `fn` throws nothing. */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}`);
}
