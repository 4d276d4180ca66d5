/**
 * An async iterator fed by pushes: what a subscription resolver returns to graphql-js. Values wait in a queue
 * until the consumer asks; `return()` (the client unsubscribed) and `end()` (the server is stopping) finish it.
 */
export interface PushIterator<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  /** No more values: a pending next() resolves done. */
  end(): void;
}

export function createPushIterator<T>(onClose: () => void): PushIterator<T> {
  const queue: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    queue.length = 0;
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    onClose();
  };
  const iterator: PushIterator<T> = {
    push(value) {
      if (done) return;
      const resolve = waiting.shift();
      if (resolve) resolve({ value, done: false });
      else queue.push(value);
    },
    end: finish,
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
