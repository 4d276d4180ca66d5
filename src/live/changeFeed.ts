/**
 * Committed writes, pushed to the factsChanged subscribers of this process. The feed tails the :Change nodes
 * every mutation writes, so a write through any replica reaches the subscribers of every replica; a write
 * through this one nudges it (notify) so that its own subscribers hear at once rather than at the next poll.
 * It polls only while someone listens: an idle API makes no queries of its own.
 */
import { outsideRequestBudget } from '../db/requestBudget.js';
import type { ChangeFeedRepository, FactsChangeRecord, SeenChanges } from '../repositories/changeFeedRepository.js';
import { filterChange, type ChangeFilter } from './changeFilter.js';
import { createPushIterator, type PushIterator } from './pushIterator.js';

export interface ChangeFeedOptions {
  /** How often to look for writes made through other replicas. */
  pollMs: number;
  /** How long a write may take to commit: the feed looks back that far for late commits. */
  lookBackMs: number;
  /** Changes read per query; more are read at once after a full page. */
  pageSize?: number;
  /** Told the number of subscribers whenever it changes (the subscriptions gauge). */
  onSubscribers?: (count: number) => void;
  /** A poll that failed; the next one tries again from the same place. */
  onError?: (error: unknown) => void;
}

interface Subscriber {
  filter: ChangeFilter;
  out: PushIterator<FactsChangeRecord>;
}

export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  /** Set while anyone listens: the changes already passed on (or there before the first subscriber). */
  private seen: SeenChanges | null = null;
  private starting: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly repo: ChangeFeedRepository,
    private readonly options: ChangeFeedOptions,
  ) {}

  /** A write was committed through this process: look now. */
  notify(): void {
    if (this.seen !== null) void this.poll();
  }

  /**
   * The changes committed from now on that pass `filter`. Resolves once the feed knows where "now" is, so a
   * write committed after this resolves is delivered.
   */
  async subscribe(filter: ChangeFilter): Promise<AsyncIterableIterator<FactsChangeRecord>> {
    if (this.closed) throw new Error('The change feed is closed: the server is shutting down.');
    await this.start();
    const subscriber: Subscriber = {
      filter,
      out: createPushIterator<FactsChangeRecord>(() => this.remove(subscriber)),
    };
    this.subscribers.add(subscriber);
    this.options.onSubscribers?.(this.subscribers.size);
    return subscriber.out;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Ends every subscription (their clients see them complete) and stops polling: for shutdown. */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of [...this.subscribers]) s.out.end();
    this.stop();
    await this.polling;
  }

  private start(): Promise<void> {
    if (this.seen !== null) return Promise.resolve();
    this.starting ??= this.repo
      .recent(this.options.lookBackMs)
      .then((recent) => {
        this.seen = recent;
        this.schedule();
      })
      .finally(() => (this.starting = null));
    return this.starting;
  }

  private remove(subscriber: Subscriber): void {
    if (!this.subscribers.delete(subscriber)) return;
    this.options.onSubscribers?.(this.subscribers.size);
    if (this.subscribers.size === 0) this.stop();
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.seen = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    // Not under the budget of whichever request happened to start or nudge the feed.
    this.timer = outsideRequestBudget(() => setTimeout(() => void this.poll(), this.options.pollMs));
  }

  /** One poll at a time; a nudge during a poll makes it look once more when done. */
  private poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return this.polling;
    }
    this.polling = outsideRequestBudget(() => this.drain()).finally(() => {
      this.polling = null;
      if (this.seen !== null) this.schedule();
    });
    return this.polling;
  }

  private async drain(): Promise<void> {
    const pageSize = this.options.pageSize ?? 100;
    do {
      this.again = false;
      const seen = this.seen;
      if (seen === null) return;
      try {
        const { changes, horizon } = await this.repo.unseen(seen, this.options.lookBackMs, pageSize);
        for (const [id, atMs] of seen) if (atMs < horizon) seen.delete(id);
        for (const change of changes) {
          seen.set(change.id, change.atMs);
          this.publish(change);
        }
        if (changes.length === pageSize) this.again = true;
      } catch (error) {
        this.options.onError?.(error);
        return;
      }
    } while (this.again);
  }

  private publish(change: FactsChangeRecord): void {
    for (const { filter, out } of this.subscribers) {
      const seen = filterChange(change, filter);
      if (seen) out.push(seen);
    }
  }
}
