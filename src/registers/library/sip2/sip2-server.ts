// The SIP2 server: self-service machines connect over TCP and exchange CR-terminated messages
// (UTF-8). Each connection is one Sip2Session; its messages are answered in order. Set
// VARANTO_SIP2_PORT (and VARANTO_SIP2_HOST, default 127.0.0.1) to start it with the HTTP
// server; put TLS in front of it (stunnel) when machines connect over an untrusted network.
import { createServer, type Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '../../../core/clock.ts';
import type { Db } from '../../../core/db/database.ts';
import { Sip2Session } from './sip2-session.ts';

/** A SIP2 message is short; anything longer is not a self-service machine talking. */
const MAX_MESSAGE = 16 * 1024;
/** Machines send an SC status (99) every minute or so; a silent connection is closed. */
const IDLE_MS = 10 * 60 * 1000;

export interface Sip2Server {
  port: number;
  close(): Promise<void>;
}

export async function startSip2Server(opts: { db: Db; clock: Clock; port: number; host?: string; log?: (line: string) => void }): Promise<Sip2Server> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.setEncoding('utf8');
    socket.setTimeout(IDLE_MS, () => socket.end());
    const session = new Sip2Session(opts.db, opts.clock, { log: opts.log });
    let buffer = '';
    let queue = Promise.resolve();
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.length > MAX_MESSAGE && !/[\r\n]/.test(buffer)) {
        opts.log?.('SIP2: message too long, closing the connection');
        socket.destroy();
        return;
      }
      let at: number;
      while ((at = buffer.search(/[\r\n]/)) >= 0) {
        const message = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        if (!message.trim()) continue;
        queue = queue.then(async () => {
          try {
            const answer = await session.handle(message);
            if (answer !== null && !socket.destroyed) socket.write(answer + '\r');
          } catch (e) {
            opts.log?.(`SIP2: ${(e as Error).message}`);
            socket.destroy();
          }
        });
      }
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : opts.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Register setup: starts the SIP2 server beside the HTTP server when VARANTO_SIP2_PORT is set. */
export async function setupSip2(app: FastifyInstance, db: Db): Promise<void> {
  const port = process.env.VARANTO_SIP2_PORT;
  if (!port) return;
  const server = await startSip2Server({ db, clock: systemClock, port: Number(port), host: process.env.VARANTO_SIP2_HOST ?? '127.0.0.1', log: (line) => app.log.warn(line) });
  app.log.info(`SIP2 server listening on port ${server.port}`);
  app.addHook('onClose', () => server.close());
}
