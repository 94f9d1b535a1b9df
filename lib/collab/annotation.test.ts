import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationSchema, deleteAnnotation, listAnnotations, newAnnotationId, updateAnnotation, type Annotation } from './annotation';

const sample = (): Annotation => ({
  id: newAnnotationId(),
  kind: 'point',
  geometry: { type: 'Point', coordinates: [-0.1, 51.51] },
  category: 'idea',
  text: 'Shade trees here',
  authorId: 'user-1',
  authorName: 'Sam',
  createdAt: 1,
  updatedAt: 1,
});

describe('annotation document model', () => {
  it('adds, edits and deletes, and merges into a second replica', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
    const annotation = sample();
    addAnnotation(a, annotation);
    expect(listAnnotations(b)).toEqual([annotation]);
    updateAnnotation(a, annotation.id, { text: 'Benches too' }, 5);
    expect(listAnnotations(b)[0]).toMatchObject({ text: 'Benches too', updatedAt: 5 });
    deleteAnnotation(a, annotation.id);
    expect(listAnnotations(b)).toEqual([]);
  });

  it('needs the geometry to match the kind', () => {
    expect(annotationSchema.safeParse({ ...sample(), kind: 'polygon' }).success).toBe(false);
  });

  it('refuses unknown fields and oversized text', () => {
    expect(annotationSchema.safeParse({ ...sample(), html: '<b>x</b>' }).success).toBe(false);
    expect(annotationSchema.safeParse({ ...sample(), text: 'x'.repeat(1001) }).success).toBe(false);
    for (const text of ['', '   ', '\n\t ']) expect(annotationSchema.safeParse({ ...sample(), text }).error?.issues[0]).toMatchObject({ path: ['text'], message: 'empty' });
  });

  it('keeps hostile text unchanged as text', () => {
    const text = '<script>alert(1)</script>\u202e\u200b🏳️‍🌈 \'; DROP TABLE "Annotation";--';
    expect(annotationSchema.parse({ ...sample(), text }).text).toBe(text);
  });
});
