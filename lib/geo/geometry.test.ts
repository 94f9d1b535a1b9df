import { describe, expect, it } from 'vitest';

import type { Bounds } from '@/lib/schemas/process';

import { MAX_VERTICES, checkGeometry, closeRing, ringsCrossThemselves } from './geometry';

const territory: Bounds = [-0.12, 51.5, -0.08, 51.53];
const square = closeRing([[-0.11, 51.51], [-0.1, 51.51], [-0.1, 51.52], [-0.11, 51.52]]);

describe('valid shapes', () => {
  it.each([
    ['a point', { type: 'Point', coordinates: [-0.1, 51.51] }],
    ['a line', { type: 'LineString', coordinates: [[-0.11, 51.51], [-0.1, 51.52]] }],
    ['an area', { type: 'Polygon', coordinates: [square] }],
    ['an area with a hole touching its shell at a corner', { type: 'Polygon', coordinates: [square, closeRing([square[0], [-0.105, 51.512], [-0.108, 51.514]])] }],
    ['an area with a corner repeated in a row', { type: 'Polygon', coordinates: [closeRing([[-0.11, 51.51], [-0.1, 51.51], [-0.1, 51.51], [-0.1, 51.52], [-0.11, 51.52]])] }],
    ['an area with a hole', { type: 'Polygon', coordinates: [square, closeRing([[-0.106, 51.514], [-0.104, 51.514], [-0.104, 51.516]])] }],
    ['a point just past the edge, within the margin', { type: 'Point', coordinates: [-0.121, 51.5] }],
  ])('accepts %s', (_label, geometry) => {
    expect(checkGeometry(geometry, territory)).toMatchObject({ ok: true });
  });
});

// A corpus of bad input, as a forged client could send it.
const bad: [string, unknown, string][] = [
  ['nothing', null, 'invalid'],
  ['a string', 'POINT(0 0)', 'invalid'],
  ['an unknown type', { type: 'Circle', coordinates: [0, 0] }, 'invalid'],
  ['a multi-geometry', { type: 'MultiPoint', coordinates: [[-0.1, 51.51]] }, 'invalid'],
  ['NaN', { type: 'Point', coordinates: [Number.NaN, 51.51] }, 'invalid'],
  ['Infinity', { type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 51.51] }, 'invalid'],
  ['a latitude past the pole', { type: 'Point', coordinates: [-0.1, 91] }, 'invalid'],
  ['a longitude past 180', { type: 'Point', coordinates: [181, 51.51] }, 'invalid'],
  ['a string coordinate', { type: 'Point', coordinates: ['-0.1', 51.51] }, 'invalid'],
  ['three dimensions', { type: 'Point', coordinates: [-0.1, 51.51, 20] }, 'invalid'],
  ['an extra field', { type: 'Point', coordinates: [-0.1, 51.51], crs: 'EPSG:3857' }, 'invalid'],
  ['a one-point line', { type: 'LineString', coordinates: [[-0.1, 51.51]] }, 'tooFewPoints'],
  ['a ring of three positions', { type: 'Polygon', coordinates: [[[-0.11, 51.51], [-0.1, 51.51], [-0.11, 51.51]]] }, 'tooFewPoints'],
  ['an open ring', { type: 'Polygon', coordinates: [square.slice(0, -1).concat([[-0.105, 51.52]])] }, 'ringNotClosed'],
  ['a bow tie', { type: 'Polygon', coordinates: [closeRing([[-0.11, 51.51], [-0.1, 51.52], [-0.1, 51.51], [-0.11, 51.52]])] }, 'crossesItself'],
  ['a hole running along its shell', { type: 'Polygon', coordinates: [square, closeRing([[-0.108, 51.51], [-0.104, 51.51], [-0.106, 51.512]])] }, 'crossesItself'],
  ['a hole crossing its shell', { type: 'Polygon', coordinates: [square, closeRing([[-0.105, 51.515], [-0.095, 51.515], [-0.095, 51.516]])] }, 'crossesItself'],
  ['a point in Paris', { type: 'Point', coordinates: [2.35, 48.85] }, 'outsideTerritory'],
  ['a line leaving the territory', { type: 'LineString', coordinates: [[-0.1, 51.51], [-0.1, 51.7]] }, 'outsideTerritory'],
  ['too many vertices', { type: 'LineString', coordinates: Array.from({ length: MAX_VERTICES + 1 }, (_, i) => [-0.11 + i * 1e-6, 51.51]) }, 'tooManyPoints'],
];

describe('refused shapes', () => {
  it.each(bad)('refuses %s', (_label, geometry, problem) => {
    expect(checkGeometry(geometry, territory)).toEqual({ ok: false, problem });
  });
});

describe('self-crossing check', () => {
  it('lets a square alone', () => {
    expect(ringsCrossThemselves([square])).toBe(false);
  });

  it('checks a 5,000-corner ring', () => {
    const ring = closeRing(Array.from({ length: MAX_VERTICES - 1 }, (_, i) => {
      const angle = (i / (MAX_VERTICES - 1)) * 2 * Math.PI;
      return [-0.1 + 0.01 * Math.cos(angle), 51.515 + 0.01 * Math.sin(angle)] as [number, number];
    }));
    expect(ringsCrossThemselves([ring])).toBe(false);
    const crossed = [...ring.slice(0, 100), [-0.12, 51.515] as [number, number], ...ring.slice(100)];
    expect(ringsCrossThemselves([crossed])).toBe(true);
  });
});
