// The areas of an upload with few of them (wards, districts, neighbourhoods), kept whole beside its tiles so
// the review can tell which one a place lies in. A layer of thousands of buildings keeps none.
import type { Feature, Position } from 'geojson';

export const MAX_LAYER_AREAS = 200;
/** Corners kept per area: enough for a ward's outline, few enough to test in SQL for every mark. */
export const MAX_AREA_CORNERS = 500;

export type LayerAreaRow = { featureId: string; name: string; rings: Position[][]; west: number; south: number; east: number; north: number };

const NAME_KEYS = ['name', 'NAME', 'Name', 'title', 'label', 'ward', 'district'];

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(sum / 2);
}

/** Every k-th corner of each ring (closed again), so the whole polygon keeps at most `max` corners. */
export function thinRings(rings: Position[][], max = MAX_AREA_CORNERS): Position[][] {
  const total = rings.reduce((sum, ring) => sum + ring.length, 0);
  if (total <= max) return rings;
  const step = Math.ceil(total / max);
  return rings
    .map((ring) => {
      const kept = ring.slice(0, -1).filter((_, i) => i % step === 0);
      return [...kept, kept[0]];
    })
    .filter((ring, i) => i === 0 || ring.length >= 4);
}

function nameOf(properties: Feature['properties'], index: number): string {
  for (const key of NAME_KEYS) {
    const value = properties?.[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 120);
  }
  return `#${index + 1}`;
}

/** The polygons of the features (a multipolygon by its largest part), or none past MAX_LAYER_AREAS. */
export function layerAreas(features: Feature[]): LayerAreaRow[] {
  const polygons = features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  if (polygons.length === 0 || polygons.length > MAX_LAYER_AREAS) return [];
  return polygons.map((feature, index) => {
    const geometry = feature.geometry;
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    const largest = parts.reduce((best, part) => (ringArea(part[0]) > ringArea(best[0]) ? part : best));
    const rings = thinRings(largest);
    const xs = rings[0].map((p) => p[0]);
    const ys = rings[0].map((p) => p[1]);
    return { featureId: String(feature.id ?? index), name: nameOf(feature.properties, index), rings, west: Math.min(...xs), south: Math.min(...ys), east: Math.max(...xs), north: Math.max(...ys) };
  });
}
