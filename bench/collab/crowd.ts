// The crowd: N thin simulated participants in one process. Each speaks the y-websocket protocol,
// keeps only a tiny document of its own marks (to make valid updates), counts what it receives
// without decoding it, adds and moves marks at a human rate and moves its cursor. With `watchClient`
// (bench/collab/live.ts), each also notes when the changes of that one client (the facilitator)
// reach it: only the frames holding that client's id are decoded.
import fs from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { addAnnotation, newAnnotationId, updateAnnotation } from '@/lib/collab/annotation';
import { awarenessEntriesMessage, decodeMessage, syncStep2Message, updateMessage } from '@/server/collab/protocol';

import { presenceIntervalMs } from './presence-interval';

type Config = {
  url: string;
  room: string;
  /** `url`: the server this participant joins (several servers sharing the room), else the config's. */
  people: { id: string; name: string; token: string | null; url?: string }[];
  durationMs: number;
  editEveryMs: number;
  presenceHz: number;
  bounds: [number, number, number, number];
  /** A Yjs client id whose changes' arrival each participant records. */
  watchClient?: number;
};

const config: Config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const [west, south, east, north] = config.bounds;
const randomPosition = (): [number, number] => [west + Math.random() * (east - west), south + Math.random() * (north - south)];

let received = 0;
let receivedBytes = 0;
let sent = 0;
let closedEarly = 0;
let notConnected = 0;
const created: string[] = [];
let running = true;
/** Per participant: [the watched client's clock reached, epoch ms it arrived], each time the clock grows. */
const arrivals: [number, number][][] = [];
const epochMs = () => performance.timeOrigin + performance.now();

/** The clock the watched client reached in this frame (0: none of its changes are in it). */
function watchedClock(data: Buffer, marker: Buffer): number {
  if (data[0] !== 0 || data.indexOf(marker) < 0) return 0;
  const message = decodeMessage(data);
  if (message.type !== 'update') return 0;
  let reached = 0;
  for (const struct of Y.decodeUpdate(message.update).structs) if (struct.id.client === config.watchClient) reached = Math.max(reached, struct.id.clock + struct.length);
  return reached;
}

/** The client id as the update encoding writes it (a variable-length unsigned integer). */
function varUint(value: number): Buffer {
  const bytes: number[] = [];
  for (; value > 0x7f; value = Math.floor(value / 128)) bytes.push(0x80 | (value & 0x7f));
  bytes.push(value);
  return Buffer.from(bytes);
}

async function participant(person: Config['people'][number]): Promise<void> {
  const doc = new Y.Doc();
  const socket = new WebSocket(`${person.url ?? config.url}/${encodeURIComponent(config.room)}${person.token ? `?token=${person.token}` : ''}`);
  socket.binaryType = 'nodebuffer';
  const send = (message: Uint8Array) => {
    if (socket.readyState === socket.OPEN) {
      socket.send(message);
      sent += 1;
    }
  };
  doc.on('update', (update: Uint8Array) => send(updateMessage(update)));
  let answeredStep1 = false;
  const seen: [number, number][] = [];
  arrivals.push(seen);
  const marker = config.watchClient === undefined ? null : varUint(config.watchClient);
  socket.on('message', (data: Buffer) => {
    received += 1;
    receivedBytes += data.length;
    const reached = marker ? watchedClock(data, marker) : 0;
    if (reached > (seen.at(-1)?.[0] ?? 0)) seen.push([reached, epochMs()]);
    // Answer the server's first sync step 1 (message 0, step 0) with our (empty) state.
    if (!answeredStep1 && data[0] === 0 && data[1] === 0) {
      answeredStep1 = true;
      send(syncStep2Message(doc, new Uint8Array([0])));
    }
  });
  socket.on('close', () => {
    if (running) closedEarly += 1;
  });
  const opened = await new Promise<boolean>((resolve) => {
    socket.once('open', () => resolve(true));
    // A server too busy to take the handshake in time answers 408: counted, and the crowd goes on without them.
    socket.once('error', () => resolve(false));
  });
  if (!opened) {
    notConnected += 1;
    return;
  }

  let mine: string | null = null;
  let clock = 0;
  const user = { id: person.id, name: person.name, color: '#0072B2' };
  const editTimer = setInterval(() => {
    const stamp = `t=${Date.now()}`;
    if (!mine || Math.random() < 0.3) {
      mine = newAnnotationId();
      created.push(mine);
      const now = Date.now();
      addAnnotation(doc, { id: mine, kind: 'point', geometry: { type: 'Point', coordinates: randomPosition() }, category: 'idea', text: stamp, authorId: person.id, authorName: person.name, createdAt: now, updatedAt: now });
    } else {
      updateAnnotation(doc, mine, { geometry: { type: 'Point', coordinates: randomPosition() }, text: stamp });
    }
  }, config.editEveryMs * (0.5 + Math.random()));
  const presenceEvery = presenceIntervalMs(config.presenceHz);
  const presenceTimer =
    presenceEvery === null
      ? undefined
      : setInterval(() => {
          clock += 1;
          send(awarenessEntriesMessage([{ clientId: doc.clientID, clock, state: { user, cursor: randomPosition(), draft: null } }]));
        }, presenceEvery);
  setTimeout(() => {
    clearInterval(editTimer);
    clearInterval(presenceTimer);
  }, config.durationMs);
}

async function main() {
  const started = Date.now();
  await Promise.all(config.people.map((person, index) => new Promise((resolve) => setTimeout(resolve, index * 5)).then(() => participant(person))));
  process.send?.({ type: 'connected', ms: Date.now() - started });
  const before = { received, receivedBytes, sent };
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  const cpuBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, config.durationMs));
  running = false;
  const seconds = config.durationMs / 1000;
  process.send?.({
    type: 'done',
    created,
    closedEarly,
    notConnected,
    receivedPerSecond: (received - before.received) / seconds,
    receivedMBPerSecond: (receivedBytes - before.receivedBytes) / seconds / 1e6,
    sentPerSecond: (sent - before.sent) / seconds,
    arrivals,
    loopDelayMs: delay.percentile(99) / 1e6,
    cpuPercent: ((process.cpuUsage(cpuBefore).user + process.cpuUsage(cpuBefore).system) / 1000 / config.durationMs) * 100,
  });
  setTimeout(() => process.exit(0), 500);
}

void main();
