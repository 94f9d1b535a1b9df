import { maySee, type ProcessState } from '@/lib/policy/decide';
import type { Annotation } from '@/lib/collab/annotation';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';

import { annotationFromRow } from '../annotations/annotation-from-row';

export type HiddenAnnotation = { id: string; reason: string } | { id: string; reason: string; hiddenAt: string; annotation: Annotation };

/**
 * Marks a moderator has hidden in a process. Everyone learns which ids are hidden and why (the map
 * says so); only those who may see hidden content (lib/policy) get the mark itself, to restore it.
 */
export async function listHiddenAnnotations(viewer: Viewer, process: ProcessState): Promise<HiddenAnnotation[]> {
  const rows = await db.annotation.findMany({ where: { processId: process.id, hiddenAt: { not: null } }, orderBy: { hiddenAt: 'desc' } });
  return rows.map((row) => {
    const summary = { id: row.id, reason: row.hiddenReason ?? '' };
    if (!maySee(viewer, process, { authorId: row.authorId, hidden: true, published: true })) return summary;
    const annotation = annotationFromRow(row);
    return annotation ? { ...summary, hiddenAt: row.hiddenAt!.toISOString(), annotation } : summary;
  });
}
