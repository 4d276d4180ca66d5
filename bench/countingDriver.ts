/**
 * A neo4j-driver Driver that reports every Cypher query sent through it, for the
 * systems that have no query hook of their own (the peer and the floor). It counts
 * `run` calls inside sessions and transactions, and `executeQuery` calls.
 */
import type { Driver } from 'neo4j-driver';

export type QueryListener = (cypher: string) => void;

const textOf = (query: unknown): string =>
  typeof query === 'string'
    ? query
    : typeof query === 'object' && query !== null && 'text' in query
      ? String(query.text)
      : String(query);

/** Wraps an object so that its `run(query, …)` reports the query; everything else is passed through. */
function withCountedRun<T extends object>(target: T, onQuery: QueryListener): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'run') {
        return (query: unknown, ...rest: unknown[]) => {
          onQuery(textOf(query));
          return (value as (...a: unknown[]) => unknown).call(obj, query, ...rest);
        };
      }
      if (
        prop === 'executeRead' ||
        prop === 'executeWrite' ||
        prop === 'readTransaction' ||
        prop === 'writeTransaction'
      ) {
        return (work: (tx: object) => unknown, ...rest: unknown[]) =>
          (value as (...a: unknown[]) => unknown).call(obj, (tx: object) => work(withCountedRun(tx, onQuery)), ...rest);
      }
      if (prop === 'beginTransaction') {
        return (...args: unknown[]) => withCountedRun((value as (...a: unknown[]) => object).apply(obj, args), onQuery);
      }
      return value.bind(obj);
    },
  });
}

export function countingDriver(driver: Driver, onQuery: QueryListener): Driver {
  return new Proxy(driver, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === 'session') {
        return (...args: unknown[]) => withCountedRun((value as (...a: unknown[]) => object).apply(obj, args), onQuery);
      }
      if (prop === 'executeQuery') {
        return (query: unknown, ...rest: unknown[]) => {
          onQuery(textOf(query));
          return (value as (...a: unknown[]) => unknown).call(obj, query, ...rest);
        };
      }
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
