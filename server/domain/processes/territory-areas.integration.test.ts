// A process's territory from an area of one of its layers: admins only, areas of that process only,
// and the outline comes back closed with the area's bounds.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';
import { territorySchema } from '@/lib/schemas/process';

vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

process.env.DATABASE_URL = prepareDatabase();
const { db } = await import('@/server/db');
const { listAreaLayers, territoryFromArea } = await import('./territory-areas');

afterAll(() => db.$disconnect());

const as = (role: 'admin' | 'councillor') => ({ id: `u-${role}`, name: role, role, blocked: false, deleted: false, guestOf: null });
const bounds = { boundsWest: 0, boundsSouth: 0, boundsEast: 1, boundsNorth: 1 };
const layer = (id: string, processId: string, name: string, position: number) => ({ id, processId, slug: id, name, owner: 'City', sourceType: 'upload', sourceUrl: '', style: '{}', attribution: 'City', position });

beforeAll(async () => {
  await db.process.create({ data: { id: 'p1', slug: 'river', title: 'River', description: '', status: 'open', ...bounds } });
  await db.process.create({ data: { id: 'p2', slug: 'other', title: 'Other', description: '', status: 'open', ...bounds } });
  await db.layer.createMany({ data: [layer('wards', 'p1', 'Wards', 1), layer('trees', 'p1', 'Trees', 0), layer('elsewhere', 'p2', 'Elsewhere', 0)] });
  const ring = JSON.stringify([[[0.1, 0.1], [0.4, 0.1], [0.4, 0.3], [0.1, 0.3]]]);
  await db.layerArea.createMany({
    data: [
      { layerId: 'wards', featureId: '2', name: 'North ward', rings: ring, west: 0.1, south: 0.1, east: 0.4, north: 0.3 },
      { layerId: 'wards', featureId: '1', name: 'East ward', rings: ring, west: 0.1, south: 0.1, east: 0.4, north: 0.3 },
      { layerId: 'elsewhere', featureId: '1', name: 'Not ours', rings: ring, west: 0, south: 0, east: 1, north: 1 },
    ],
  });
});

describe('territory from a layer area', () => {
  it('lists only the process’s layers that hold areas, areas by name; only for admins', async () => {
    expect(await listAreaLayers(as('admin'), 'p1')).toEqual([{ id: 'wards', name: 'Wards', areas: [{ featureId: '1', name: 'East ward' }, { featureId: '2', name: 'North ward' }] }]);
    await expect(listAreaLayers(as('councillor'), 'p1')).rejects.toMatchObject({ status: 403 });
    await expect(listAreaLayers(null, 'p1')).rejects.toMatchObject({ status: 401 });
  });

  it('gives the area’s outline, closed, as a valid territory with its bounds', async () => {
    const area = await territoryFromArea(as('admin'), 'river', 'wards', '2');
    expect(area).toEqual({ name: 'North ward', bounds: [0.1, 0.1, 0.4, 0.3], territory: { type: 'Polygon', coordinates: [[[0.1, 0.1], [0.4, 0.1], [0.4, 0.3], [0.1, 0.3], [0.1, 0.1]]] } });
    expect(territorySchema.safeParse(area.territory).success).toBe(true);
  });

  it('refuses another process’s area, and everyone but admins', async () => {
    await expect(territoryFromArea(as('admin'), 'river', 'elsewhere', '1')).rejects.toMatchObject({ status: 404 });
    await expect(territoryFromArea(as('councillor'), 'river', 'wards', '2')).rejects.toMatchObject({ status: 403 });
  });
});
