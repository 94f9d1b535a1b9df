// Private mode's reveal: marks a facilitator revealed (in the database, from the web app) enter the
// shared document as one server change, the way hidden-marks.ts puts restored marks back.
// State-based and idempotent: it runs on every look of the watch and when a room loads.
import { addAnnotation, annotationSchema, annotationsMap, type Annotation } from '@/lib/collab/annotation';
import { inChunks } from '@/server/database/in-chunks';
import type { PrismaClient } from '@/server/generated/prisma/client';

import type { Room } from './room';

export type PrivateMarkStore = {
  /** Revealed marks of the process not yet in the document. */
  toReveal(processId: string): Promise<Annotation[]>;
  /** Records that these marks are in the document now. */
  inDoc(processId: string, ids: string[]): Promise<void>;
};

export async function putRevealedMarks(room: Room, store: PrivateMarkStore): Promise<number> {
  const marks = await store.toReveal(room.processId);
  if (marks.length === 0) return 0;
  const entries = annotationsMap(room.doc);
  const missing = marks.filter((mark) => !entries.has(mark.id));
  if (missing.length > 0) {
    await room.applyServerChange(missing.map((mark) => mark.id), (doc) => {
      doc.transact(() => {
        for (const mark of missing) addAnnotation(doc, mark);
      });
    });
  }
  await store.inDoc(room.processId, marks.map((mark) => mark.id));
  return missing.length;
}

export function createPrismaPrivateMarkStore(db: PrismaClient): PrivateMarkStore {
  return {
    async toReveal(processId) {
      const rows = await db.privateMark.findMany({ where: { processId, revealedAt: { not: null }, inDoc: false }, orderBy: { createdAt: 'asc' }, take: 1000 });
      return rows.flatMap((row) => {
        const parsed = annotationSchema.safeParse(JSON.parse(row.annotation));
        return parsed.success ? [parsed.data] : [];
      });
    },
    async inDoc(processId, ids) {
      await inChunks(ids, async (chunk) => [await db.privateMark.updateMany({ where: { processId, id: { in: chunk } }, data: { inDoc: true } })]);
    },
  };
}
