// Mirrors a room's annotations into Annotation rows (read by review, export and moderation),
// a moment after they change, batching bursts of edits.
import type * as Y from 'yjs';

import { annotationSchema, annotationsMap, listAnnotations, readAnnotation, type Annotation } from '@/lib/collab/annotation';
import { chunks, ID_CHUNK, inChunks } from '@/server/database/in-chunks';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { log } from '@/server/log/log';

export type AnnotationSink = {
  upsert(processId: string, annotations: Annotation[]): Promise<void>;
  /** Rows of hidden marks stay: they left the document, not the process (hidden-marks.ts). */
  remove(processId: string, ids: string[]): Promise<void>;
  /** Removes rows of the process that are not in `keepIds`, hidden marks' rows apart. */
  retainOnly(processId: string, keepIds: string[]): Promise<void>;
};

export const PROJECTION_DELAY_MS = 250;
/** A row that is hidden, or whose mark the collab server has taken out of the doc, is moderation's. */
const NOT_HIDDEN = { hiddenAt: null, hiddenInDoc: false };

/** Rows written per statement and per transaction: bounded, so neither grows with the room. */
const ROWS_PER_INSERT = 50;

export function createPrismaSink(db: PrismaClient): AnnotationSink {
  type Known = { layers: Set<string>; scenarios: Set<string> };
  // References to a layer or scenario are kept only where they exist in the same process.
  const known = async (processId: string): Promise<Known> => {
    const [layers, scenarios] = await Promise.all([
      db.layer.findMany({ where: { processId }, select: { id: true } }),
      db.scenario.findMany({ where: { processId }, select: { id: true } }),
    ]);
    return { layers: new Set(layers.map((l) => l.id)), scenarios: new Set(scenarios.map((s) => s.id)) };
  };
  const row = (processId: string, a: Annotation, refs: Known) => ({
    processId,
    layerId: a.layerId && refs.layers.has(a.layerId) ? a.layerId : null,
    featureId: a.layerId && refs.layers.has(a.layerId) ? (a.featureId ?? null) : null,
    scenarioId: a.scenarioId && refs.scenarios.has(a.scenarioId) ? a.scenarioId : null,
    kind: a.kind as string,
    geometry: JSON.stringify(a.geometry),
    category: a.category,
    text: a.text,
    authorId: a.authorId,
    authorName: a.authorName,
    createdAt: new Date(a.createdAt),
    updatedAt: new Date(a.updatedAt),
  });
  type Row = ReturnType<typeof row>;
  const remove = async (processId: string, ids: string[]) => {
    for (const batch of chunks(ids)) await db.annotation.deleteMany({ where: { processId, id: { in: batch }, ...NOT_HIDDEN } });
  };
  const same = (a: Row, b: Row) => (Object.keys(a) as (keyof Row)[]).every((key) => (a[key] instanceof Date ? a[key].getTime() === (b[key] as Date).getTime() : a[key] === b[key]));
  const columns = { id: true, processId: true, layerId: true, featureId: true, scenarioId: true, kind: true, geometry: true, category: true, text: true, authorId: true, authorName: true, createdAt: true, updatedAt: true } as const;
  return {
    // Only what differs from the stored rows is written (a room loading writes nothing it already has).
    async upsert(processId, annotations) {
      if (annotations.length === 0) return;
      const refs = await known(processId);
      // A whole room (when it loads) is read by its process in one query; a few changed marks by id.
      const rows = annotations.length > ID_CHUNK ? await db.annotation.findMany({ where: { processId }, select: columns }) : await inChunks(annotations.map((a) => a.id), (ids) => db.annotation.findMany({ where: { id: { in: ids } }, select: columns }));
      const stored = new Map(rows.map((r) => [r.id, r]));
      const created: (Row & { id: string })[] = [];
      const changed: (Row & { id: string })[] = [];
      for (const annotation of annotations) {
        const next = { id: annotation.id, ...row(processId, annotation, refs) };
        const before = stored.get(annotation.id);
        if (!before) created.push(next);
        // Scoped to the process, so an id chosen by a client can never move another process's row.
        else if (before.processId === processId && !same(before, next)) changed.push(next);
      }
      for (const batch of chunks(created, ROWS_PER_INSERT)) {
        await db.annotation.createMany({ data: batch }).catch(() => Promise.all(batch.map((data) => db.annotation.create({ data }).catch(() => undefined))));
      }
      for (const batch of chunks(changed)) await db.$transaction(batch.map(({ id, ...data }) => db.annotation.updateMany({ where: { id, processId }, data })));
    },
    remove,
    async retainOnly(processId, keepIds) {
      const keep = new Set(keepIds);
      const stored = await db.annotation.findMany({ where: { processId, ...NOT_HIDDEN }, select: { id: true } });
      await remove(processId, stored.map((r) => r.id).filter((id) => !keep.has(id)));
    },
  };
}

export class AnnotationProjection {
  private dirty = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Y.Doc,
    private readonly processId: string,
    private readonly sink: AnnotationSink,
    private readonly delayMs = PROJECTION_DELAY_MS,
  ) {}

  /**
   * Brings every row of the process in line with the document (when a room loads), queued with the
   * flushes so a later change is never overwritten by it; the room need not wait for it.
   */
  reconcile(): Promise<void> {
    this.running = this.running.then(async () => {
      const annotations = listAnnotations(this.doc);
      await this.sink.upsert(this.processId, annotations);
      await this.sink.retainOnly(this.processId, annotations.map((a) => a.id));
    }).catch((error) => log.error('projection: could not reconcile the rows with the document', { error }));
    return this.running;
  }

  changed(ids: Iterable<string>): void {
    for (const id of ids) this.dirty.add(id);
    if (this.dirty.size > 0 && !this.timer) this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what changed; safe to call at any time, also on shutdown. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ids = [...this.dirty];
    this.dirty.clear();
    if (ids.length === 0) return this.running;
    this.running = this.running.then(async () => {
      const present: Annotation[] = [];
      const gone: string[] = [];
      for (const id of ids) {
        const parsed = annotationSchema.safeParse(readAnnotation(annotationsMap(this.doc).get(id)));
        if (parsed.success) present.push(parsed.data);
        else gone.push(id);
      }
      try {
        await this.sink.upsert(this.processId, present);
        if (gone.length) await this.sink.remove(this.processId, gone);
      } catch (error) {
        log.error('projection failed; will retry', { error });
        this.changed(ids);
      }
    });
    return this.running;
  }
}
