// Hidden means hidden: a mark a moderator hides leaves the shared document (a server change, stored
// like any other), and one they restore comes back exactly as it was, from its Annotation row.
// State-based and idempotent, so it can run on every look and when a room loads: whatever was
// decided while this server was down applies as soon as the room is back.
import { addAnnotation, annotationSchema, annotationsMap, readAnnotation, type Annotation } from '@/lib/collab/annotation';
import { annotationFromRow } from '@/server/domain/annotations/annotation-from-row';
import { inChunks } from '@/server/database/in-chunks';
import type { PrismaClient } from '@/server/generated/prisma/client';

import type { AnnotationSink } from './projection';
import type { Room } from './room';

export type HiddenMarkStore = {
  /** Hidden rows the doc may still hold: all of them (`everything`, when a room loads) or those not yet taken out. */
  toHide(processId: string, everything: boolean): Promise<string[]>;
  /** Restored rows whose marks are not back in the doc yet. */
  toRestore(processId: string): Promise<Annotation[]>;
  /** Records that the doc no longer holds these hidden marks; answers the ids still hidden. */
  takenOut(processId: string, ids: string[]): Promise<string[]>;
  /** Records that these restored marks are back; answers the ids that were still restored. */
  putBack(processId: string, ids: string[]): Promise<string[]>;
};

export type HiddenMarksResult = { hidden: number; restored: number };

export async function syncHiddenMarks(room: Room, store: HiddenMarkStore, sink: AnnotationSink, everything = false): Promise<HiddenMarksResult> {
  const hidden = await takeOutHidden(room, store, sink, everything);
  const restored = await putBackRestored(room, store);
  if (hidden > 0) await room.compactNow(); // the words leave the stored log too
  return { hidden, restored };
}

async function takeOutHidden(room: Room, store: HiddenMarkStore, sink: AnnotationSink, everything: boolean): Promise<number> {
  const ids = await store.toHide(room.processId, everything);
  if (ids.length === 0) return 0;
  const entries = annotationsMap(room.doc);
  // Its latest words are kept in its row first (the projection may lag), so a restore is exact.
  const latest = ids.flatMap((id) => {
    const parsed = annotationSchema.safeParse(readAnnotation(entries.get(id)));
    return parsed.success ? [parsed.data] : [];
  });
  if (latest.length > 0) await sink.upsert(room.processId, latest);
  // Recorded before the doc changes: a restore arriving meanwhile then finds the mark to put back.
  const still = await store.takenOut(room.processId, ids);
  const present = still.filter((id) => entries.has(id));
  if (present.length === 0) return 0;
  await room.applyServerChange(present, (doc) => {
    for (const id of present) annotationsMap(doc).delete(id);
  });
  return present.length;
}

async function putBackRestored(room: Room, store: HiddenMarkStore): Promise<number> {
  const rows = await store.toRestore(room.processId);
  if (rows.length === 0) return 0;
  const entries = annotationsMap(room.doc);
  const missing = rows.filter((row) => !entries.has(row.id));
  if (missing.length > 0) {
    await room.applyServerChange(missing.map((a) => a.id), (doc) => {
      for (const annotation of missing) addAnnotation(doc, annotation);
    });
  }
  const still = await store.putBack(room.processId, rows.map((row) => row.id));
  // Hidden again while it was being restored: take it out at once.
  if (still.length < rows.length) await takeOutHidden(room, store, noSink, true);
  return missing.length;
}

const noSink: AnnotationSink = { upsert: async () => undefined, remove: async () => undefined, retainOnly: async () => undefined };

export function createPrismaHiddenMarkStore(db: PrismaClient): HiddenMarkStore {
  return {
    async toHide(processId, everything) {
      const rows = await db.annotation.findMany({ where: { processId, hiddenAt: { not: null }, ...(everything ? {} : { hiddenInDoc: false }) }, select: { id: true } });
      return rows.map((row) => row.id);
    },
    async toRestore(processId) {
      const rows = await db.annotation.findMany({ where: { processId, hiddenAt: null, hiddenInDoc: true } });
      return rows.flatMap((row) => annotationFromRow(row) ?? []);
    },
    async takenOut(processId, ids) {
      return inChunks(ids, async (chunk) => {
        await db.annotation.updateMany({ where: { processId, id: { in: chunk }, hiddenAt: { not: null } }, data: { hiddenInDoc: true } });
        return (await db.annotation.findMany({ where: { processId, id: { in: chunk }, hiddenAt: { not: null } }, select: { id: true } })).map((row) => row.id);
      });
    },
    async putBack(processId, ids) {
      return inChunks(ids, async (chunk) => {
        await db.annotation.updateMany({ where: { processId, id: { in: chunk }, hiddenAt: null }, data: { hiddenInDoc: false } });
        return (await db.annotation.findMany({ where: { processId, id: { in: chunk }, hiddenAt: null }, select: { id: true } })).map((row) => row.id);
      });
    },
  };
}
