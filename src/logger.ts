/**
 * Structured logs: one JSON object a line on stdout (pino), for log shippers. Requests are logged once each,
 * when they finish; nothing logs a request body or a stack trace a client could have provoked.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const settings = { base: { app: 'actorgraph' }, level: options.level ?? 'info' };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A logger whose lines land in an array, parsed: what tests read. */
export function memoryLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  return { logger: createLogger({ destination, level: 'debug' }), lines };
}

/** For tests and tools that want no output. */
export const silentLogger: Logger = pino({ level: 'silent' });
