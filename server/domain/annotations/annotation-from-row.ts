// An Annotation row read back as the mark the shared document holds (for restores and moderators).
import { annotationSchema, type Annotation } from '@/lib/collab/annotation';

export type AnnotationRow = {
  id: string;
  kind: string;
  geometry: string;
  category: string;
  text: string;
  authorId: string;
  authorName: string;
  layerId: string | null;
  featureId: string | null;
  scenarioId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The mark as the shared document holds it, from its row. */
export function annotationFromRow(row: AnnotationRow): Annotation | null {
  const parsed = annotationSchema.safeParse({
    id: row.id,
    kind: row.kind,
    geometry: JSON.parse(row.geometry),
    category: row.category,
    text: row.text,
    authorId: row.authorId,
    authorName: row.authorName,
    createdAt: row.createdAt.getTime(),
    updatedAt: row.updatedAt.getTime(),
    ...(row.layerId ? { layerId: row.layerId } : {}),
    ...(row.layerId && row.featureId !== null ? { featureId: row.featureId } : {}),
    ...(row.scenarioId ? { scenarioId: row.scenarioId } : {}),
  });
  return parsed.success ? parsed.data : null;
}
