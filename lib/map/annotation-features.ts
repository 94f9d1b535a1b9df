// Annotations as map features, and the smallest change that brings a map source up to date.
import type { Annotation } from '@/lib/collab/annotation';

export type AnnotationFeature = {
  type: 'Feature';
  id: string;
  geometry: Annotation['geometry'];
  properties: { id: string; kind: string; category: string; text: string; authorName: string };
};

export function toFeature(annotation: Annotation): AnnotationFeature {
  const { id, kind, category, text, authorName, geometry } = annotation;
  return { type: 'Feature', id, geometry, properties: { id, kind, category, text, authorName } };
}

export type FeatureDiff = { add: AnnotationFeature[]; update: AnnotationFeature[]; remove: string[] };

/** What changed between two lists of annotations, by id and last change. */
export function diffAnnotations(previous: Map<string, number>, next: Annotation[]): { diff: FeatureDiff; index: Map<string, number> } {
  const index = new Map(next.map((a) => [a.id, a.updatedAt]));
  const diff: FeatureDiff = { add: [], update: [], remove: [] };
  for (const annotation of next) {
    const before = previous.get(annotation.id);
    if (before === undefined) diff.add.push(toFeature(annotation));
    else if (before !== annotation.updatedAt) diff.update.push(toFeature(annotation));
  }
  for (const id of previous.keys()) if (!index.has(id)) diff.remove.push(id);
  return { diff, index };
}

export const isEmptyDiff = (diff: FeatureDiff) => diff.add.length + diff.update.length + diff.remove.length === 0;
