// A shape being drawn or reshaped, as map features: its outline (or area) and its corners.
import type { AnnotationKind } from '@/lib/collab/annotation';
import { closeRing, type Geometry, type Position } from '@/lib/geo/geometry';

type Feature = { type: 'Feature'; geometry: Geometry; properties: Record<string, string | number> };
export type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] };

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The geometry a drawing tool makes from its corners, or null while there are too few. */
export function geometryFromCorners(kind: AnnotationKind, corners: Position[]): Geometry | null {
  if (kind === 'point') return corners[0] ? { type: 'Point', coordinates: corners[0] } : null;
  if (kind === 'line') return corners.length >= 2 ? { type: 'LineString', coordinates: corners } : null;
  return corners.length >= 3 ? { type: 'Polygon', coordinates: [closeRing(corners)] } : null;
}

/** The corners a person edits: a ring's closing repeat is not a corner of its own. */
export function cornersOf(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  return geometry.coordinates[0].slice(0, -1);
}

export function withCorner(geometry: Geometry, index: number, position: Position): Geometry {
  if (geometry.type === 'Point') return { type: 'Point', coordinates: position };
  if (geometry.type === 'LineString') return { type: 'LineString', coordinates: geometry.coordinates.map((p, i) => (i === index ? position : p)) };
  const corners = cornersOf(geometry).map((p, i) => (i === index ? position : p));
  return { type: 'Polygon', coordinates: [closeRing(corners), ...geometry.coordinates.slice(1)] };
}

/** Features for a shape in progress: the outline through the corners (and the pointer), and the corners. */
export function draftFeatures(kind: AnnotationKind, corners: Position[], pointer: Position | null, color = '#1f5f8b'): FeatureCollection {
  const path = pointer ? [...corners, pointer] : corners;
  const features: Feature[] = corners.map((corner, index) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: corner }, properties: { role: 'corner', index, color } }));
  if (kind === 'polygon' && path.length >= 3) features.unshift({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [closeRing(path)] }, properties: { role: 'area', color } });
  if (kind !== 'point' && path.length >= 2) {
    features.unshift({ type: 'Feature', geometry: { type: 'LineString', coordinates: kind === 'polygon' && path.length >= 3 ? closeRing(path) : path }, properties: { role: 'outline', color } });
  }
  return { type: 'FeatureCollection', features };
}
