// A tiny TCP load balancer for tests: each new connection goes to the next backend in turn, and to
// the one after when that one refuses (a killed server), as nginx does with its upstreams.
import net from 'node:net';

export type RoundRobinProxy = { port: number; close(): Promise<void> };

export function startRoundRobinProxy(backends: number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const forward = (client: net.Socket, tries: number) => {
    const port = backends[next++ % backends.length];
    const upstream = net.connect(port, '127.0.0.1');
    track(upstream);
    upstream.once('connect', () => {
      client.pipe(upstream).pipe(client);
      client.resume();
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
    upstream.once('error', () => {
      if (upstream.connecting && tries + 1 < backends.length) forward(client, tries + 1);
      else client.destroy();
    });
  };

  const server = net.createServer((client) => {
    track(client);
    client.pause();
    client.on('error', () => undefined);
    forward(client, 0);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
