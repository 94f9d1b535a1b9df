// The facilitator of bench/collab/live.ts: a full Yjs client that steers the session as the console
// does (lib/live/session-state.ts writeSessionState: follow-me at most every 250 ms while the map
// moves, a phase switch, a spotlight) and, as the baseline, adds a plain mark through the same socket.
// Each change is stamped with its time and the clock it brings this client to, which the crowd's
// participants report reaching (bench/collab/crowd.ts `watchClient`).
import { performance } from 'node:perf_hooks';

import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { addAnnotation, listAnnotations, newAnnotationId } from '@/lib/collab/annotation';
import { readSessionState, writeSessionState, type RoundState, type SessionState } from '@/lib/live/session-state';

import { BENCH_PHASES } from './live-room';

/** The facilitator's Yjs client id: fixed, so participants can find its changes in the frames they get. */
export const FACILITATOR_CLIENT = 3_999_999_937;
export const CHANGE_KINDS = ['phase', 'follow', 'spotlight', 'mark'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Change = { kind: ChangeKind; at: number; clock: number };

const FOLLOW_EVERY_MS = 250; // components/live/use-follow-writer.ts
const epochMs = () => performance.timeOrigin + performance.now();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Facilitator = ReturnType<typeof connectFacilitator>;

export function connectFacilitator(url: string, room: string, token: string, person: { id: string; name: string }, bounds: [number, number, number, number]) {
  const doc = new Y.Doc();
  doc.clientID = FACILITATOR_CLIENT;
  const provider = new WebsocketProvider(url, room, doc, { params: { token }, WebSocketPolyfill: WebSocket as never, disableBc: true });
  // Presence as the console sends it (no cursor): the collab guard refuses a reconnection whose presence is empty.
  provider.awareness.setLocalState({ user: { id: person.id, name: person.name, color: '#0072B2' }, cursor: null, draft: null });
  const changes: Change[] = [];
  let closed = false;
  let stopping = false;
  provider.on('connection-close', (event) => {
    if (!stopping) console.error(`the facilitator's socket closed: ${event?.code} ${event?.reason}`);
    closed = true;
  });
  const [west, south, east, north] = bounds;
  const somewhere = (): [number, number] => [Number((west + Math.random() * (east - west)).toFixed(6)), Number((south + Math.random() * (north - south)).toFixed(6))];

  const stamp = (kind: ChangeKind, change: () => void) => {
    const at = epochMs();
    change();
    changes.push({ kind, at, clock: Y.getState(doc.store, doc.clientID) });
  };
  const write = (kind: ChangeKind, patch: Partial<SessionState>) => stamp(kind, () => writeSessionState(doc, patch));

  /** One round of steering: a pan while following, the next phase, a spotlight on a mark, and a plain mark. */
  async function steerOnce(step: number, gapMs: number) {
    for (let n = 0; n < 4; n += 1) {
      write('follow', { follow: { center: somewhere(), zoom: 15 + (n % 3), bearing: 0, pitch: 0 } });
      await pause(FOLLOW_EVERY_MS);
    }
    await pause(gapMs);
    write('phase', { phase: BENCH_PHASES[(step + 1) % BENCH_PHASES.length].id });
    await pause(gapMs);
    const marks = listAnnotations(doc);
    write('spotlight', { spotlight: { type: 'mark', id: marks[Math.floor(Math.random() * marks.length)].id } });
    await pause(gapMs);
    const now = Date.now();
    stamp('mark', () => addAnnotation(doc, { id: newAnnotationId(), kind: 'point', geometry: { type: 'Point', coordinates: somewhere() }, category: 'idea', text: 'Facilitator mark', authorId: person.id, authorName: person.name, createdAt: now, updatedAt: now }));
    await pause(gapMs);
  }

  return {
    doc,
    changes,
    closed: () => closed,
    synced: () => new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve()))),
    state: () => readSessionState(doc.getMap('session')),
    marks: () => listAnnotations(doc).map((mark) => mark.id),
    /** The console mirrors the dot-vote round into the session (components/live/session-console.tsx `onRoundChange`). */
    showRound: (round: RoundState) => writeSessionState(doc, { round }),
    async steer(untilMs: number, gapMs: number) {
      for (let step = 0; epochMs() < untilMs && !closed; step += 1) await steerOnce(step, gapMs);
    },
    stop: () => {
      stopping = true;
      provider.destroy();
    },
  };
}

/** Per change: how long it took to reach each participant (ms), and how many participants it never reached. */
export function arrivalsOf(changes: Change[], participants: [number, number][][]): { change: Change; ms: number[]; missing: number }[] {
  return changes.map((change) => {
    const ms: number[] = [];
    let missing = 0;
    for (const seen of participants) {
      const first = seen.find(([clock]) => clock >= change.clock);
      if (first) ms.push(first[1] - change.at);
      else missing += 1;
    }
    return { change, ms, missing };
  });
}
