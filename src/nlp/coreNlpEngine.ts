/** The NlpEngine over a running CoreNLP (src/nlp/localCoreNlp.ts): one HTTP request per text. */
import { StartupError } from '../errors.js';
import type { AnnotatedDocument, NlpEngine } from './annotations.js';
import { CORENLP_VERSION } from './localCoreNlp.js';

export class EngineError extends StartupError {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

export function coreNlpEngine(url: string, timeoutMs = 180_000): NlpEngine {
  return {
    name: `Stanford CoreNLP ${CORENLP_VERSION}`,
    async annotate(text: string, documentDate: string): Promise<AnnotatedDocument> {
      let res: Response;
      try {
        res = await fetch(`${url}/annotate?date=${encodeURIComponent(documentDate)}`, {
          method: 'POST',
          body: text,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new EngineError(
          `The NLP engine at ${url} did not answer (${(error as Error).message}); run the command again.`,
        );
      }
      if (!res.ok)
        throw new EngineError(
          `The NLP engine could not annotate the text (HTTP ${res.status}): ${(await res.text()).slice(0, 300)}`,
        );
      return (await res.json()) as AnnotatedDocument;
    },
  };
}
