import { describe, expect, it } from 'vitest';

import type { Position } from './geometry';
import { representativePoint } from './representative-point';

/** Even-odd ray casting; a point on a corner counts as on the area. */
function onArea([x, y]: Position, ring: Position[]): boolean {
  if (ring.some(([cx, cy]) => cx === x && cy === y)) return true;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('representativePoint', () => {
  it('keeps a point and takes a line’s middle vertex', () => {
    expect(representativePoint({ type: 'Point', coordinates: [-0.1, 51.5] })).toEqual([-0.1, 51.5]);
    expect(representativePoint({ type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 0]] })).toEqual([1, 1]);
  });

  it('lies on a C-shaped area whose vertex average falls in the gap', () => {
    // A "C" opening to the east: the arms are 1 wide, the gap between them is 3 high.
    const ring: Position[] = [[0, 0], [5, 0], [5, 1], [1, 1], [1, 4], [5, 4], [5, 5], [0, 5], [0, 0]];
    const corners = ring.slice(0, -1);
    const average: Position = [corners.reduce((s, [x]) => s + x, 0) / corners.length, corners.reduce((s, [, y]) => s + y, 0) / corners.length];
    expect(onArea(average, ring)).toBe(false);

    const point = representativePoint({ type: 'Polygon', coordinates: [ring] });
    expect(onArea(point, ring)).toBe(true);
  });

  it('takes a point inside a plain square', () => {
    const ring: Position[] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(representativePoint({ type: 'Polygon', coordinates: [ring] })).toEqual([1, 1]);
  });
});
