// The live session in a room. The server names the running session in the document's session map
// (and empties the map when it ends); what facilitators then set there (phase, lock, private mode)
// is mirrored into the LiveSession row, so the web API enforces the same, and a reload finds it.
import type * as Y from 'yjs';

import { sessionMap } from '@/lib/collab/annotation';
import { EMPTY_SESSION_STATE, readSessionState } from '@/lib/live/session-state';
import type { PrismaClient } from '@/server/generated/prisma/client';

import type { Room } from './room';
import { FROM_ANOTHER_SERVER } from './room-relay';
import { log } from '@/server/log/log';

export type MirroredState = { phase?: string | null; locked?: boolean; privateMode?: boolean };

export type LiveSessionStore = {
  /** Records what the room's session map now says, while the session runs; a new phase starts its stretch of the history. */
  mirror(sessionId: string, state: MirroredState): Promise<void>;
};

const MIRRORED = ['phase', 'locked', 'privateMode'] as const;

/** Makes the document name the room's live session (its first or current phase), or empties it when none runs. */
export async function syncLiveSession(room: Room): Promise<void> {
  const live = room.rules.live ?? null;
  const named = readSessionState(sessionMap(room.doc)).sessionId;
  if (named === (live?.sessionId ?? null)) return;
  await room.applyServerChange([], (doc) => {
    const map = sessionMap(doc);
    doc.transact(() => {
      for (const [key, value] of Object.entries(EMPTY_SESSION_STATE)) map.set(key, value);
      if (live) {
        map.set('sessionId', live.sessionId);
        map.set('phase', live.phase ?? live.phases[0]?.id ?? null);
      }
    });
  });
}

/** Mirrors every accepted change of the mirrored keys, in order; returns the way to stop. */
export function mirrorSession(room: Room, store: LiveSessionStore): () => void {
  const map = sessionMap(room.doc);
  let writing: Promise<void> = Promise.resolve();
  const observe = (event: Y.YMapEvent<unknown>) => {
    const state = readSessionState(map);
    const sessionId = state.sessionId;
    // The server that accepted the change records it; the others only hold a copy.
    if (!sessionId || event.transaction.origin === FROM_ANOTHER_SERVER) return;
    const changed: MirroredState = {};
    for (const key of MIRRORED) if (event.keysChanged.has(key)) Object.assign(changed, { [key]: state[key] });
    if (Object.keys(changed).length === 0) return;
    writing = writing.then(() => store.mirror(sessionId, changed)).catch((error) => log.error("could not record the live session's state", { room: room.name, sessionId, error }));
  };
  map.observe(observe);
  return () => map.unobserve(observe);
}

export function createPrismaLiveSessionStore(db: PrismaClient): LiveSessionStore {
  return {
    async mirror(sessionId, state) {
      await db.$transaction(async (tx) => {
        const row = await tx.liveSession.findUnique({ where: { id: sessionId }, select: { status: true, currentPhase: true } });
        if (row?.status !== 'live') return;
        await tx.liveSession.update({ where: { id: sessionId }, data: { currentPhase: state.phase, locked: state.locked, privateMode: state.privateMode } });
        if (state.phase && state.phase !== row.currentPhase) await tx.sessionPhase.create({ data: { sessionId, phaseId: state.phase } });
      });
    },
  };
}
