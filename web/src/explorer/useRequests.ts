/** The explorer's requests: how many are under way, the last message, and which answers are still wanted. */
import { useCallback, useRef, useState } from 'react';

export interface Message {
  kind: 'error' | 'info';
  text: string;
}

export interface Requests {
  busy: number;
  message: Message | null;
  setMessage(message: Message | null): void;
  /** Runs `work`, counted as busy while it lasts; a failure becomes the error message. */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  /**
   * Marks a request. `supersede` makes every earlier request stale, so only the last thing asked for
   * is shown; the returned check says whether this request's answer is still wanted.
   */
  ticket(supersede: boolean): () => boolean;
}

export function useRequests(): Requests {
  const [busy, setBusy] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const generation = useRef(0);

  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy((b) => b + 1);
    try {
      return await work();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
      return undefined;
    } finally {
      setBusy((b) => b - 1);
    }
  }, []);

  const ticket = useCallback((supersede: boolean) => {
    const mine = supersede ? ++generation.current : generation.current;
    return () => mine === generation.current;
  }, []);

  return { busy, message, setMessage, run, ticket };
}
