// Geometry rules for shapes people draw, shared by the draw tools, the collab server's guard and (for areas) the layer importer:
// RFC 7946 geometry in WGS84, finite coordinates, closed rings, no self-crossing areas, a vertex
// budget, and inside the process territory (with a margin).
import { z } from '@/lib/zod';

import type { Bounds } from '@/lib/schemas/process';

export const MAX_VERTICES = 5000;
/** Share of the territory's width and height a shape may reach past its edge. */
export const TERRITORY_MARGIN = 0.1;

const longitude = z.number().finite().min(-180).max(180);
const latitude = z.number().finite().min(-90).max(90);
export const positionSchema = z.tuple([longitude, latitude]);
export type Position = z.infer<typeof positionSchema>;

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: positionSchema });
export const lineSchema = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(positionSchema).max(MAX_VERTICES + 1) });
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(positionSchema).max(MAX_VERTICES + 1)).min(1).max(50),
});
export const geometrySchema = z.discriminatedUnion('type', [pointSchema, lineSchema, polygonSchema]);
export type Geometry = z.infer<typeof geometrySchema>;

export type GeometryProblem =
  | 'invalid'
  | 'tooFewPoints'
  | 'tooManyPoints'
  | 'ringNotClosed'
  | 'crossesItself'
  | 'outsideTerritory';

export type GeometryCheck = { ok: true; geometry: Geometry } | { ok: false; problem: GeometryProblem };

export function vertexCount(geometry: Geometry): number {
  if (geometry.type === 'Point') return 1;
  if (geometry.type === 'LineString') return geometry.coordinates.length;
  return geometry.coordinates.reduce((sum, ring) => sum + ring.length, 0);
}

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  return geometry.coordinates.flat();
}

export function insideTerritory(geometry: Geometry, [west, south, east, north]: Bounds, margin = TERRITORY_MARGIN): boolean {
  const dx = (east - west) * margin;
  const dy = (north - south) * margin;
  return positions(geometry).every(([x, y]) => x >= west - dx && x <= east + dx && y >= south - dy && y <= north + dy);
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function orientation(p: Position, q: Position, r: Position): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1]);
  return value === 0 ? 0 : value > 0 ? 1 : 2;
}

function onSegment(p: Position, q: Position, r: Position): boolean {
  return q[0] <= Math.max(p[0], r[0]) && q[0] >= Math.min(p[0], r[0]) && q[1] <= Math.max(p[1], r[1]) && q[1] >= Math.min(p[1], r[1]);
}

export function segmentsIntersect(p1: Position, q1: Position, p2: Position, q2: Position): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && onSegment(p1, p2, q1)) || (o2 === 0 && onSegment(p1, q2, q1)) || (o3 === 0 && onSegment(p2, p1, q2)) || (o4 === 0 && onSegment(p2, q1, q2));
}

type Segment = { ring: number; index: number; a: Position; b: Position; minX: number; maxX: number };

/**
 * Where two different rings meet: they may touch at a point (a hole touching its shell at a corner is a valid area,
 * and common in mapped buildings), but not cross or run along each other.
 */
function ringsCross(p1: Position, q1: Position, p2: Position, q2: Position): boolean {
  const [o1, o2, o3, o4] = [orientation(p1, q1, p2), orientation(p1, q1, q2), orientation(p2, q2, p1), orientation(p2, q2, q1)];
  if (o1 && o2 && o3 && o4) return o1 !== o2 && o3 !== o4;
  if (o1 || o2) return false; // at most one point in common
  // Collinear: they share more than a point when their extents overlap along the line.
  const axis = p1[0] === q1[0] ? 1 : 0;
  const [a0, a1] = [Math.min(p1[axis], q1[axis]), Math.max(p1[axis], q1[axis])];
  const [b0, b1] = [Math.min(p2[axis], q2[axis]), Math.max(p2[axis], q2[axis])];
  return Math.min(a1, b1) > Math.max(a0, b0);
}

/** True when an edge crosses or touches another edge of its own ring (other than its neighbours), or crosses another ring. */
export function ringsCrossThemselves(input: Position[][]): boolean {
  // A corner repeated in a row (a double click, or common in mapped data) is one corner, not an edge.
  const rings = input.map((ring) => ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1])));
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i += 1) {
      const [a, b] = [ring[i], ring[i + 1]];
      segments.push({ ring: r, index: i, a, b, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
    }
  });
  // Sweep along x: only segments whose x-ranges overlap are compared.
  segments.sort((s, t) => s.minX - t.minX);
  const active: Segment[] = [];
  for (const segment of segments) {
    for (let i = active.length - 1; i >= 0; i -= 1) if (active[i].maxX < segment.minX) active.splice(i, 1);
    for (const other of active) {
      if (other.ring === segment.ring) {
        const edges = rings[segment.ring].length - 1;
        const gap = Math.abs(other.index - segment.index);
        if (gap === 1 || gap === edges - 1) continue; // neighbours share a corner
      }
      const meet = other.ring === segment.ring ? segmentsIntersect : ringsCross;
      if (meet(segment.a, segment.b, other.a, other.b)) return true;
    }
    active.push(segment);
  }
  return false;
}

/** The rule for every area, drawn or imported: rings of at least 4 positions, closed, no edge crossing another. */
export function areaProblem(rings: Position[][]): Extract<GeometryProblem, 'tooFewPoints' | 'ringNotClosed' | 'crossesItself'> | null {
  for (const ring of rings) {
    if (ring.length < 4) return 'tooFewPoints';
    if (!samePosition(ring[0], ring.at(-1)!)) return 'ringNotClosed';
  }
  return ringsCrossThemselves(rings) ? 'crossesItself' : null;
}

export function checkGeometry(input: unknown, territory: Bounds): GeometryCheck {
  const parsed = geometrySchema.safeParse(input);
  if (!parsed.success) {
    const tooMany = parsed.error.issues.some((issue) => issue.code === 'too_big' && Number(issue.maximum) === MAX_VERTICES + 1);
    return { ok: false, problem: tooMany ? 'tooManyPoints' : 'invalid' };
  }
  const geometry = parsed.data;
  if (vertexCount(geometry) > MAX_VERTICES) return { ok: false, problem: 'tooManyPoints' };
  if (geometry.type === 'LineString') {
    const [first, last] = [geometry.coordinates[0], geometry.coordinates.at(-1)];
    if (!first || !last || geometry.coordinates.length < 2 || (geometry.coordinates.length === 2 && samePosition(first, last))) {
      return { ok: false, problem: 'tooFewPoints' };
    }
  }
  if (geometry.type === 'Polygon') {
    const problem = areaProblem(geometry.coordinates);
    if (problem) return { ok: false, problem };
  }
  if (!insideTerritory(geometry, territory)) return { ok: false, problem: 'outsideTerritory' };
  return { ok: true, geometry };
}

/** Closes a ring drawn as a list of corners. */
export function closeRing(corners: Position[]): Position[] {
  if (corners.length === 0 || samePosition(corners[0], corners.at(-1)!)) return corners;
  return [...corners, corners[0]];
}
