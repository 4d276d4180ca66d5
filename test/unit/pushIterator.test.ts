import { describe, expect, it } from 'vitest';
import { createPushIterator } from '../../src/live/pushIterator.js';

describe('createPushIterator', () => {
  it('hands values over in order, whether pushed before or after they are asked for', async () => {
    const it = createPushIterator<number>(() => {});
    it.push(1);
    it.push(2);
    expect(await it.next()).toEqual({ value: 1, done: false });
    expect(await it.next()).toEqual({ value: 2, done: false });
    const waiting = it.next();
    it.push(3);
    expect(await waiting).toEqual({ value: 3, done: false });
  });

  it('ends a waiting consumer on end(), and tells its owner once', async () => {
    let closed = 0;
    const it = createPushIterator<number>(() => closed++);
    const waiting = it.next();
    it.end();
    it.end();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
    it.push(4);
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });

  it('tells its owner when the consumer stops (return)', async () => {
    let closed = 0;
    const it = createPushIterator<number>(() => closed++);
    await it.return!();
    expect(closed).toBe(1);
  });
});
