// Where a room's accepted updates live: an append-only log, compacted now and then into a snapshot.
import * as Y from 'yjs';

import type { PrismaClient } from '@/server/generated/prisma/client';

export type StoredRoom = { snapshot: Uint8Array | null; updates: Uint8Array[]; lastUpdateId: number };
/** One accepted change and who made it (a person's id, or 'server'). */
export type Change = { update: Uint8Array; actorId: string };

export type CollabStore = {
  load(room: string): Promise<StoredRoom>;
  /** Stores the changes in one statement; resolves once they are durably stored, with the last one's position in the log. */
  append(room: string, changes: Change[]): Promise<number>;
  /** Replaces every update up to `upToId` with one snapshot of the merged state. */
  compact(room: string, state: Uint8Array, upToId: number): Promise<void>;
};

/**
 * `shared`: several collab servers append to the same log. A server compacting up to its own last
 * update may not have received every other server's update below it yet, nor the snapshot another
 * server just wrote: what it replaces is merged in, never dropped (merging Yjs states only adds).
 */
export function createPrismaStore(db: PrismaClient, { shared = false } = {}): CollabStore {
  return {
    async load(room) {
      const [snapshot, updates] = await Promise.all([
        db.collabSnapshot.findUnique({ where: { room } }),
        db.collabUpdate.findMany({ where: { room }, orderBy: { id: 'asc' }, select: { id: true, update: true } }),
      ]);
      const after = snapshot?.lastUpdateId ?? 0;
      const pending = updates.filter((row) => row.id > after);
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
        updates: pending.map((row) => new Uint8Array(row.update)),
        lastUpdateId: Math.max(after, pending.at(-1)?.id ?? 0),
      };
    },
    async append(room, changes) {
      const rows = await db.collabUpdate.createManyAndReturn({ data: changes.map(({ update, actorId }) => ({ room, update: Buffer.from(update), actorId })), select: { id: true } });
      return Math.max(...rows.map((row) => row.id));
    },
    async compact(room, state, upToId) {
      if (shared) return compactShared(db, room, state, upToId);
      await db.$transaction([
        db.collabSnapshot.upsert({
          where: { room },
          create: { room, state: Buffer.from(state), lastUpdateId: upToId },
          update: { state: Buffer.from(state), lastUpdateId: upToId },
        }),
        db.collabUpdate.deleteMany({ where: { room, id: { lte: upToId } } }),
      ]);
    },
  };
}

async function compactShared(db: PrismaClient, room: string, state: Uint8Array, upToId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const [snapshot, rows] = await Promise.all([
      tx.collabSnapshot.findUnique({ where: { room } }),
      tx.collabUpdate.findMany({ where: { room, id: { lte: upToId } }, orderBy: { id: 'asc' }, select: { update: true } }),
    ]);
    const merged = mergeStates(state, [...(snapshot ? [snapshot.state] : []), ...rows.map((row) => row.update)]);
    const lastUpdateId = Math.max(upToId, snapshot?.lastUpdateId ?? 0);
    await tx.collabSnapshot.upsert({ where: { room }, create: { room, state: Buffer.from(merged), lastUpdateId }, update: { state: Buffer.from(merged), lastUpdateId } });
    await tx.collabUpdate.deleteMany({ where: { room, id: { lte: lastUpdateId } } });
  });
}

/** One state holding `state` and every update given; deleted content is collected, as in a live doc. */
export function mergeStates(state: Uint8Array, updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  for (const update of updates) Y.applyUpdate(doc, new Uint8Array(update));
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}

/** For tests: the same contract in memory, with a switch to make writes fail. */
export function createMemoryStore() {
  const logs = new Map<string, { id: number; update: Uint8Array }[]>();
  const snapshots = new Map<string, { state: Uint8Array; lastUpdateId: number }>();
  let nextId = 1;
  const store: CollabStore & { failWrites: boolean; writes: number } = {
    failWrites: false,
    /** Calls to append: a group of changes is one. */
    writes: 0,
    async load(room) {
      const snapshot = snapshots.get(room);
      const updates = (logs.get(room) ?? []).filter((row) => row.id > (snapshot?.lastUpdateId ?? 0));
      return { snapshot: snapshot?.state ?? null, updates: updates.map((row) => row.update), lastUpdateId: updates.at(-1)?.id ?? snapshot?.lastUpdateId ?? 0 };
    },
    async append(room, changes) {
      store.writes += 1;
      if (store.failWrites) throw new Error('storage is unavailable');
      const rows = changes.map(({ update }) => ({ id: nextId++, update }));
      logs.set(room, [...(logs.get(room) ?? []), ...rows]);
      return rows.at(-1)!.id;
    },
    async compact(room, state, upToId) {
      snapshots.set(room, { state, lastUpdateId: upToId });
      logs.set(room, (logs.get(room) ?? []).filter((row) => row.id > upToId));
    },
  };
  return store;
}
