import { describe, expect, it } from 'vitest';

import type { Geometry } from '@/lib/geo/geometry';

import { mapLink, parseAt, parseLayers } from './map-link';

describe('map links', () => {
  it('open the map at a point, a line’s middle or inside an area, with the mark when given', () => {
    expect(mapLink('demo', { type: 'Point', coordinates: [-0.0951234567, 51.5101] })).toBe('/p/demo?at=-0.095123,51.5101');
    expect(mapLink('demo', { type: 'LineString', coordinates: [[0, 51], [0.1, 51.1], [0.2, 51]] }, 'abc123def')).toBe('/p/demo?at=0.1,51.1&mark=abc123def');
    const square: Geometry = { type: 'Polygon', coordinates: [[[0, 51], [0.2, 51], [0.2, 51.2], [0, 51.2], [0, 51]]] };
    expect(mapLink('demo', square)).toBe('/p/demo?at=0.1,51.1');
  });

  it('read back only a longitude and latitude', () => {
    expect(parseAt('-0.095123,51.5101')).toEqual([-0.095123, 51.5101]);
    for (const value of [null, '', '51.5', 'a,b', '200,10', '10,95', '1,2,3', '1e3,2']) expect(parseAt(value)).toBeNull();
  });
});

describe('layers in a map link', () => {
  it('names the layers to show, and reads them back', () => {
    const link = mapLink('demo', { type: 'Point', coordinates: [0.1, 51.1] }, undefined, ['flood-zones', 'cycle2']);
    expect(link).toBe('/p/demo?at=0.1,51.1&layers=flood-zones,cycle2');
    expect(parseLayers(new URL(link, 'http://x').searchParams.get('layers'))).toEqual(['flood-zones', 'cycle2']);
    expect(parseLayers('')).toEqual([]);
    expect(parseLayers(null)).toBeNull();
    expect(parseLayers('ok,<script>')).toEqual(['ok']);
  });
});
