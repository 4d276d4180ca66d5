/**
 * Network faults on loopback, without touching the shared test Neo4j: a server that accepts connections and
 * never answers (a frozen process: the kernel still completes the handshake), and a proxy that can be frozen
 * and thawed mid-connection (SIGSTOP and SIGCONT as the client sees them).
 */
import net from 'node:net';

export interface Listening {
  uri: string;
  close(): Promise<void>;
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

/** Accepts every connection, reads nothing, answers nothing. */
export async function silentServer(): Promise<Listening> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.pause();
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return { uri: `bolt://127.0.0.1:${port}`, close: closer(server, sockets) };
}

export interface FreezableProxy extends Listening {
  /** Stops forwarding in both directions: sockets stay open, bytes wait. */
  freeze(): void;
  thaw(): void;
}

/** Forwards to host:port; freeze() stalls every connection, old and new, as a stopped server would. */
export async function freezableProxy(target: { host: string; port: number }): Promise<FreezableProxy> {
  const sockets = new Set<net.Socket>();
  const pairs = new Set<[net.Socket, net.Socket]>();
  let frozen = false;
  // pipe() resumes its source, so a frozen pair is unpiped and paused, not just paused.
  const connectPair = ([a, b]: [net.Socket, net.Socket]) => {
    a.pipe(b);
    b.pipe(a);
  };
  const freezePair = ([a, b]: [net.Socket, net.Socket]) => {
    a.unpipe(b);
    b.unpipe(a);
    a.pause();
    b.pause();
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    for (const s of pair) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      });
    }
    if (frozen) freezePair(pair);
    else connectPair(pair);
  });
  const port = await listen(server);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    close: closer(server, sockets),
    freeze: () => {
      frozen = true;
      pairs.forEach(freezePair);
    },
    thaw: () => {
      frozen = false;
      pairs.forEach(connectPair);
    },
  };
}
