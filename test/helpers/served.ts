/** The app of src/server.ts on a real socket of 127.0.0.1, for tests that speak HTTP. */
import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/database.js';
import { createApp, type AppOptions } from '../../src/server.js';
import { openForTests } from './hooks.js';

export interface Served {
  url: string;
  /** host:port, to tell the server's own requests from any others. */
  host: string;
  close(): Promise<void>;
}

export async function serve(db: Database, options: AppOptions = {}): Promise<Served> {
  const { apollo, listen, closeSubscriptions } = await createApp(db, options);
  const server = await listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: async () => {
      await closeSubscriptions();
      // Browsers keep connections open; close() alone would wait for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * A server for the tests of one file or describe block: opened before them, closed after them. Call it
 * where the hooks belong; read `url` and `host` inside tests and hooks.
 */
export function useServed(open: () => Promise<Served>): Served {
  const served = openForTests('the server', open, (opened) => opened.close());
  return {
    get url() {
      return served().url;
    },
    get host() {
      return served().host;
    },
    close: () => served().close(),
  };
}
