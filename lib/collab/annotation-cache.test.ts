import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, annotationSchema, deleteAnnotation, listAnnotations, updateAnnotation, type Annotation } from './annotation';
import { createAnnotationCache } from './annotation-cache';

const author = { id: 'sam', name: 'Sam' };
const markAt = (i: number, by: typeof author): Annotation => ({
  id: `mark-${String(i).padStart(6, '0')}`, kind: 'point', geometry: { type: 'Point', coordinates: [-0.1, 51.51] }, category: 'idea', text: `Mark ${i}`, authorId: by.id, authorName: by.name, createdAt: 1000 + i, updatedAt: 1000 + i,
});

function cachedDoc(count: number) {
  const doc = new Y.Doc();
  const cache = createAnnotationCache(doc);
  annotationsMap(doc).observeDeep((events) => cache.changed(events));
  doc.transact(() => {
    for (let i = 0; i < count; i++) addAnnotation(doc, markAt(i, author));
  });
  return { doc, cache };
}

describe('the browser’s list of annotations', () => {
  it('matches the document after additions, edits and deletions', () => {
    const { doc, cache } = cachedDoc(50);
    expect(cache.list()).toEqual(listAnnotations(doc));
    updateAnnotation(doc, 'mark-000003', { text: 'Changed words' });
    deleteAnnotation(doc, 'mark-000007');
    addAnnotation(doc, markAt(99, author));
    expect(cache.list()).toEqual(listAnnotations(doc));
    expect(cache.list().find((a) => a.id === 'mark-000003')?.text).toBe('Changed words');
    expect(cache.list()).toHaveLength(50);
  });

  it('validates only the marks a change touched, and answers the same list when nothing changed', () => {
    const { doc, cache } = cachedDoc(2000);
    const first = cache.list();
    expect(cache.list()).toBe(first);
    const parse = vi.spyOn(annotationSchema, 'safeParse');
    updateAnnotation(doc, 'mark-000042', { text: 'One edit' });
    expect(cache.list()).not.toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });
});
