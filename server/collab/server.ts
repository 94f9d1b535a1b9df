// The collab server: HTTP health checks and y-websocket connections, wired to rooms that load
// from and store to a CollabStore.
import http from 'node:http';

import { WebSocketServer, type WebSocket } from 'ws';

import type { AccountWatch } from './account-watch';
import { applyChange } from './apply-change';
import type { Authenticate } from './authenticate';
import { syncHiddenMarks, type HiddenMarkStore } from './hidden-marks';
import { mirrorSession, syncLiveSession, type LiveSessionStore } from './live-session';
import { putRevealedMarks, type PrivateMarkStore } from './private-marks';
import type { CollabStore } from './persistence';
import type { AnnotationSink } from './projection';
import { Room, type Connection, type FormerAuthors } from './room';
import type { RoomRelay } from './room-relay';
import { log } from '@/server/log/log';

export type CollabServerOptions = {
  port: number;
  host?: string;
  store: CollabStore;
  sink: AnnotationSink;
  authenticate: Authenticate;
  formerAuthors?: FormerAuthors;
  /** Where hidden and restored marks are read from; without it the doc is never moderated. */
  hiddenMarks?: HiddenMarkStore;
  /** Where private marks a facilitator revealed are read from; without it they never reach the doc. */
  privateMarks?: PrivateMarkStore;
  /** Where the live session's phase, lock and private mode are recorded; without it the web API does not see them. */
  liveSessions?: LiveSessionStore;
  /** Changes made elsewhere (blocks, roles, deletions, process status, moderation). */
  watch?: AccountWatch;
  /** Other collab servers holding the same rooms (Redis); without it this server holds each room alone. */
  relay?: RoomRelay;
  /** How long an empty room stays in memory before it is stored and unloaded. */
  idleUnloadMs?: number;
};

export type CollabServer = {
  port: number;
  rooms: Map<string, Promise<Room>>;
  close(): Promise<void>;
};

const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
const HEARTBEAT_MS = 30_000;

export function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const rooms = new Map<string, Promise<Room>>();
  /** The rooms that finished loading, for the account watch. */
  const loaded = new Map<string, Room>();
  const moderating = new Map<Room, Promise<unknown>>();
  const unloadTimers = new Map<string, NodeJS.Timeout>();
  const alive = new WeakSet<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  const server = http.createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', rooms: rooms.size }));
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'not_found', message: 'Connect with a WebSocket to /process:<id>?token=…' } }));
  });

  function roomFor(name: string, processId: string, rules: Room['rules']): Promise<Room> {
    clearTimeout(unloadTimers.get(name));
    unloadTimers.delete(name);
    let room = rooms.get(name);
    if (!room) {
      room = Room.load(name, processId, rules, options.store, options.sink, options.formerAuthors, options.relay).then(async (fresh) => {
        // Marks hidden while the room was not loaded (or this server was down) never reach a browser.
        if (options.hiddenMarks) await syncHiddenMarks(fresh, options.hiddenMarks, options.sink, true);
        if (options.privateMarks) await putRevealedMarks(fresh, options.privateMarks);
        if (options.liveSessions) mirrorSession(fresh, options.liveSessions);
        await syncLiveSession(fresh);
        loaded.set(name, fresh);
        return fresh;
      });
      rooms.set(name, room);
      room.catch(() => rooms.delete(name));
    }
    return room.then((loaded) => {
      loaded.rules = rules;
      return loaded;
    });
  }

  function scheduleUnload(name: string, room: Room) {
    if (room.connections.size > 0) return;
    unloadTimers.set(
      name,
      setTimeout(() => {
        unloadTimers.delete(name);
        if (room.connections.size > 0) return;
        rooms.delete(name);
        loaded.delete(name);
        void room.close();
      }, options.idleUnloadMs ?? 60_000),
    );
  }

  server.on('upgrade', (request, socket, head) => {
    options
      .authenticate(request)
      .then(async (admission) => {
        if (!admission.ok) {
          wss.handleUpgrade(request, socket, head, (ws) => ws.close(admission.code, admission.reason));
          return;
        }
        let room: Room;
        try {
          room = await roomFor(admission.room, admission.processId, admission.rules);
        } catch (error) {
          log.error('could not load the room', { room: admission.room, error });
          wss.handleUpgrade(request, socket, head, (ws) => ws.close(1011, 'the map could not be loaded; try again'));
          return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => {
          alive.add(ws);
          const connection: Connection = {
            actor: admission.actor,
            id: admission.actor?.id ?? admission.visitorId ?? 'visitor',
            send: (message) => {
              if (ws.readyState === ws.OPEN) ws.send(message);
            },
            close: (code, reason) => ws.close(code, reason.slice(0, 120)),
          };
          ws.on('message', (data: Buffer) => {
            try {
              room.receive(connection, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
            } catch (error) {
              // One bad message must never take the room down for everyone.
              log.error('a message failed', { room: admission.room, userId: connection.id, error });
              room.leave(connection);
              ws.close(1011, 'malformed: the message could not be handled');
            }
          });
          ws.on('pong', () => alive.add(ws));
          ws.on('close', () => {
            room.leave(connection);
            scheduleUnload(admission.room, room);
          });
          ws.on('error', () => ws.terminate());
          room.join(connection);
        });
      })
      .catch((error) => {
        log.error('upgrade failed', { error });
        socket.destroy();
      });
  });

  function moderate(room: Room) {
    const { hiddenMarks, privateMarks } = options;
    if ((!hiddenMarks && !privateMarks) || moderating.has(room)) return;
    const running = (async () => {
      if (hiddenMarks) await syncHiddenMarks(room, hiddenMarks, options.sink);
      if (privateMarks) await putRevealedMarks(room, privateMarks);
    })()
      .catch((error) => log.error('could not apply moderation', { room: room.name, error }))
      .finally(() => moderating.delete(room));
    moderating.set(room, running);
  }

  options.watch?.start(
    () => {
      const people = new Set<string>();
      for (const room of loaded.values()) for (const connection of room.connections) if (connection.actor) people.add(connection.actor.id);
      return { people, processes: new Set([...loaded.values()].map((room) => room.processId)) };
    },
    (change) => {
      applyChange(loaded.values(), change, moderate);
      // A session started or ended: the document names it, or forgets it, for everyone at once.
      if (change.type === 'process') for (const room of loaded.values()) if (room.processId === change.processId) void syncLiveSession(room).catch((error) => log.error('could not update the live session', { room: room.name, error }));
    },
  );

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);

  return new Promise((resolve) => {
    server.listen(options.port, options.host, () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : options.port,
        rooms,
        async close() {
          clearInterval(heartbeat);
          await options.watch?.stop();
          await Promise.allSettled(moderating.values());
          for (const ws of wss.clients) ws.close(1012, 'server restarting');
          for (const timer of unloadTimers.values()) clearTimeout(timer);
          const loaded = await Promise.allSettled(rooms.values());
          await Promise.all(loaded.map((result) => (result.status === 'fulfilled' ? result.value.close() : null)));
          await new Promise((done) => server.close(() => done(null)));
        },
      });
    });
  });
}
