// Web Mercator onto a picture of a process's bounds, for the static maps of the report and the
// outcomes page (SVG drawn on the server: it prints, and needs no map library or tiles).
import type { Geometry, Position } from './geometry';

export type Bounds = [west: number, south: number, east: number, north: number];

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** A projection of `bounds` onto a picture `width` wide, and the height that keeps its shape. */
export function staticProjection([west, south, east, north]: Bounds, width: number) {
  const span = ((east - west) * Math.PI) / 180;
  const top = mercatorY(north);
  const scale = width / span;
  const height = Math.max(1, Math.round((top - mercatorY(south)) * scale));
  const project = ([lng, lat]: Position): [number, number] => [round(((lng - west) * Math.PI * scale) / 180), round((top - mercatorY(lat)) * scale)];
  return { width, height, project };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path of a line or an area (its rings closed), in picture coordinates. */
export function svgPath(geometry: Geometry, project: (p: Position) => [number, number]): string {
  const line = (points: Position[], close: boolean) => points.map((p, i) => `${i ? 'L' : 'M'}${project(p).join(',')}`).join('') + (close ? 'Z' : '');
  if (geometry.type === 'LineString') return line(geometry.coordinates, false);
  if (geometry.type === 'Polygon') return geometry.coordinates.map((ring) => line(ring, true)).join('');
  return '';
}
