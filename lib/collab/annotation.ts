// The shared map's document model: doc.getMap('annotations') holds id → Y.Map of one annotation;
// doc.getMap('session') holds the live session's shared state. Both sides use these helpers.
import * as Y from 'yjs';
import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

import { geometrySchema } from '@/lib/geo/geometry';

export const ANNOTATIONS = 'annotations';
export const SESSION = 'session';
export const ANNOTATION_KINDS = ['point', 'line', 'polygon'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export const TEXT_MAX = 1000;

/** A mark says something: blank text is refused by the form and by the collab guard alike (messages name the problem). */
export const annotationTextSchema = wellFormedText()
  .max(TEXT_MAX, 'tooLong')
  .refine((text) => text.trim().length > 0, 'empty');

const GEOMETRY_OF_KIND: Record<AnnotationKind, string> = { point: 'Point', line: 'LineString', polygon: 'Polygon' };

export const annotationSchema = z
  .strictObject({
    id: wellFormedText().regex(/^[A-Za-z0-9_-]{8,64}$/),
    kind: z.enum(ANNOTATION_KINDS),
    geometry: geometrySchema,
    category: wellFormedText().regex(/^[a-z][a-z0-9-]{0,31}$/),
    text: annotationTextSchema,
    authorId: wellFormedText().min(1).max(64),
    authorName: wellFormedText().min(1).max(60),
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    /** The data-layer feature the mark is about (a layer id and the feature's id in it). */
    layerId: wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
    featureId: wellFormedText().max(64).optional(),
    /** The scenario the mark was made in, when one was shown. */
    scenarioId: wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  })
  .refine((annotation) => GEOMETRY_OF_KIND[annotation.kind] === annotation.geometry.type, { message: 'kindMismatch', path: ['kind'] })
  .refine((annotation) => annotation.featureId === undefined || annotation.layerId !== undefined, { message: 'featureWithoutLayer', path: ['featureId'] });
export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationPatch = Partial<Pick<Annotation, 'geometry' | 'category' | 'text'>>;

export function annotationsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ANNOTATIONS);
}

export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SESSION);
}

/** The plain fields of an annotation entry, as stored (not yet validated). */
export function readAnnotation(entry: unknown): Record<string, unknown> | null {
  return entry instanceof Y.Map ? (entry.toJSON() as Record<string, unknown>) : null;
}

export function listAnnotations(doc: Y.Doc): Annotation[] {
  const result: Annotation[] = [];
  annotationsMap(doc).forEach((entry) => {
    const parsed = annotationSchema.safeParse(readAnnotation(entry));
    if (parsed.success) result.push(parsed.data);
  });
  return result.sort((a, b) => a.createdAt - b.createdAt);
}

export function addAnnotation(doc: Y.Doc, annotation: Annotation): void {
  const entry = new Y.Map<unknown>();
  doc.transact(() => {
    for (const [key, value] of Object.entries(annotation)) entry.set(key, value);
    annotationsMap(doc).set(annotation.id, entry);
  });
}

export function updateAnnotation(doc: Y.Doc, id: string, patch: AnnotationPatch, now = Date.now()): boolean {
  const entry = annotationsMap(doc).get(id);
  if (!entry) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) entry.set(key, value);
    entry.set('updatedAt', now);
  });
  return true;
}

export function deleteAnnotation(doc: Y.Doc, id: string): boolean {
  if (!annotationsMap(doc).has(id)) return false;
  annotationsMap(doc).delete(id);
  return true;
}

export function newAnnotationId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** The name kept on contributions of a deleted account; shown as "former participant" in each language. */
export const FORMER_PARTICIPANT_NAME = '—';
