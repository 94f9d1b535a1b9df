// The shared map's annotations as a list, kept by the browser between changes: only the marks a
// change touched are read and validated again, so one edit in a 20,000-mark room costs one mark.
import type * as Y from 'yjs';

import { annotationSchema, annotationsMap, readAnnotation, type Annotation } from './annotation';

export type AnnotationCache = {
  /** Forget what these document events touched (from `annotationsMap(doc).observeDeep`). */
  changed(events: Y.YEvent<Y.AbstractType<unknown>>[]): void;
  /** Every valid annotation, oldest first; the same array until something changes. */
  list(): Annotation[];
};

export function createAnnotationCache(doc: Y.Doc): AnnotationCache {
  const entries = annotationsMap(doc);
  const parsed = new Map<string, Annotation | null>();
  let sorted: Annotation[] | null = null;
  return {
    changed(events) {
      for (const event of events) {
        const ids = event.target === entries ? [...(event as Y.YMapEvent<unknown>).keysChanged] : [String(event.path[0])];
        for (const id of ids) parsed.delete(id);
      }
      sorted = null;
    },
    list() {
      if (sorted) return sorted;
      for (const id of parsed.keys()) if (!entries.has(id)) parsed.delete(id);
      entries.forEach((entry, id) => {
        if (parsed.has(id)) return;
        const result = annotationSchema.safeParse(readAnnotation(entry));
        parsed.set(id, result.success ? result.data : null);
      });
      sorted = [...parsed.values()].filter((a): a is Annotation => a !== null).sort((a, b) => a.createdAt - b.createdAt);
      return sorted;
    },
  };
}
