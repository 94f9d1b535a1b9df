// The review's filter as the page holds it, and the query string the review API reads.
import type { Geometry } from '@/lib/geo/geometry';

export type ReviewSelection = {
  from: string;
  to: string;
  category: string;
  area: Extract<Geometry, { type: 'Polygon' }> | null;
  /** A district's feature id (the districts table sets it). */
  district: string;
};

export const NO_SELECTION: ReviewSelection = { from: '', to: '', category: '', area: null, district: '' };

export function reviewQuery(selection: ReviewSelection, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (selection.from) params.set('from', selection.from);
  if (selection.to) params.set('to', selection.to);
  if (selection.category) params.set('category', selection.category);
  if (selection.area) params.set('area', JSON.stringify(selection.area));
  if (selection.district) params.set('district', selection.district);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params.toString();
}

/** A rectangle as an area: the keyboard's way to choose one ("use the current view"). */
export function areaOfBounds([west, south, east, north]: [number, number, number, number]): NonNullable<ReviewSelection['area']> {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const [w, s, e, n] = [west, south, east, north].map(round);
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}
