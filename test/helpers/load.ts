/** A bounded load on loopback: a few fetch loops for a fixed time, every request timed and its answer kept. */

export interface Answer {
  ms: number;
  status?: number;
  /** The body parsed as JSON, or undefined when it was not complete JSON. */
  json?: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  /** A request that never got an answer: the error's cause code (ECONNREFUSED, UND_ERR_SOCKET, …). */
  failure?: string;
}

export async function postOnce(url: string, query: string, timeoutMs = 30_000): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let json: Answer['json'];
    try {
      json = JSON.parse(text) as Answer['json'];
    } catch {
      json = undefined;
    }
    return { ms: performance.now() - started, status: response.status, json };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { ms: performance.now() - started, failure: cause?.code ?? (error as Error).name };
  }
}

export interface Load {
  /** Stops the loops and returns every answer. */
  stop(): Promise<Answer[]>;
}

export function startLoad(url: string, query: string, connections = 4, maxMs = 60_000): Load {
  const answers: Answer[] = [];
  let running = true;
  const deadline = Date.now() + maxMs;
  const loops = Array.from({ length: connections }, async () => {
    while (running && Date.now() < deadline) answers.push(await postOnce(url, query));
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return answers;
    },
  };
}

export const codesOf = (answer: Answer) => (answer.json?.errors ?? []).map((e) => e.extensions?.code);
