import { describe, expect, it } from 'vitest';

import territory from '@/prisma/seed-data/demo-territory.json';

import { uploadMinZoom } from './layer';

/** The territory with half its size again on every side (server/domain/layers/manage-layers.ts). */
const visibleArea = ([w, s, e, n]: number[]): [number, number, number, number] => [w - (e - w) / 2, s - (n - s) / 2, e + (e - w) / 2, n + (n - s) / 2];

describe('the zooms an upload is cut for', () => {
  it('starts at 12 for a city and lower for a region, never below 6', () => {
    expect(uploadMinZoom(visibleArea(territory.bounds))).toBe(12);
    // Liechtenstein, about 16 by 25 km: seen whole from zoom 9 to 10.
    expect(uploadMinZoom(visibleArea([9.4711, 47.0477, 9.6362, 47.2713]))).toBe(9);
    expect(uploadMinZoom([-10, 35, 30, 60])).toBe(6);
  });
});
