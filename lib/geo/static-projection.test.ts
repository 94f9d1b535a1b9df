import { describe, expect, it } from 'vitest';

import { staticProjection, svgPath } from './static-projection';

describe('the static map projection', () => {
  const { height, project } = staticProjection([-0.12, 51.5, -0.08, 51.53], 400);
  it('keeps the shape of the bounds (Web Mercator) and puts the corners on the picture’s corners', () => {
    expect(height).toBe(482);
    expect(project([-0.12, 51.53])).toEqual([0, 0]);
    expect(project([-0.08, 51.5])).toEqual([400, 482.1]);
  });
  it('draws lines open and areas closed', () => {
    expect(svgPath({ type: 'LineString', coordinates: [[-0.12, 51.53], [-0.08, 51.5]] }, project)).toBe('M0,0L400,482.1');
    expect(svgPath({ type: 'Polygon', coordinates: [[[-0.12, 51.53], [-0.08, 51.53], [-0.08, 51.5], [-0.12, 51.53]]] }, project)).toBe('M0,0L400,0L400,482.1L0,0Z');
  });
});
