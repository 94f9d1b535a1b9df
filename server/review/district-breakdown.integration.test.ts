// The district table's figures on a real SQLite, with two districts of known shape and known contents.
import { beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/server/generated/prisma/client';
import { freshDatabase, insertRows, seedPeople, seedProcess } from '@/server/testing/large-seed';

import type { districtBreakdown as Breakdown } from './district-breakdown';
import type { districtRings as Rings } from './districts';
import { parseReviewFilter, withDistrict } from './review-filter';

let db: PrismaClient;
let districtBreakdown: typeof Breakdown;
let districtRings: typeof Rings;
let processId: string;

const square = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const point = (lon: number, lat: number) => JSON.stringify({ type: 'Point', coordinates: [lon, lat] });
const when = new Date('2026-03-02T10:00:00.000Z');

beforeAll(async () => {
  db = await freshDatabase();
  ({ districtBreakdown } = await import('./district-breakdown'));
  ({ districtRings } = await import('./districts'));
  processId = (await seedProcess(db)).id;
  const [ann, ben, cat] = await seedPeople(db, 3);
  const layer = await db.layer.create({ data: { processId, slug: 'wards', name: 'Wards', owner: 'City', sourceType: 'upload', sourceUrl: '', style: '{}', attribution: '', districts: true, areaCount: 2 } });
  // West: a triangle (its bounding box holds "corner", the triangle does not); east: a square.
  await db.layerArea.createMany({
    data: [
      { layerId: layer.id, featureId: '0', name: 'West ward', rings: JSON.stringify([[[-0.11, 51.51], [-0.09, 51.51], [-0.1, 51.52], [-0.11, 51.51]]]), west: -0.11, south: 51.51, east: -0.09, north: 51.52 },
      { layerId: layer.id, featureId: '1', name: 'East ward', rings: JSON.stringify([square(-0.09, 51.51, -0.08, 51.52)]), west: -0.09, south: 51.51, east: -0.08, north: 51.52 },
    ],
  });
  const mark = (id: string, authorId: string, geometry: string, extra = {}) => ({ id, processId, kind: 'point', geometry, category: 'idea', text: id, authorId, authorName: 'P', createdAt: when, updatedAt: when, hiddenAt: null, ...extra });
  await insertRows(db, 'Annotation', [
    mark('w1', ann, point(-0.1, 51.512)),
    mark('w2', ben, point(-0.1, 51.515)),
    mark('corner', ann, point(-0.1095, 51.5195)),
    mark('e1', cat, point(-0.085, 51.515)),
    mark('hidden', cat, point(-0.085, 51.515), { hiddenAt: when }),
    mark('line', ann, JSON.stringify({ type: 'LineString', coordinates: [[-0.2, 51.4], [-0.084, 51.514], [-0.05, 51.6]] }), { kind: 'line' }),
  ]);
  await insertRows(db, 'Proposal', [
    { id: 'pw', processId, authorId: cat, title: 'T', body: 'B', category: 'idea', status: 'published', geometry: point(-0.1, 51.513), createdAt: when, updatedAt: when },
    { id: 'nowhere', processId, authorId: cat, title: 'T', body: 'B', category: 'idea', status: 'published', geometry: null, createdAt: when, updatedAt: when },
  ]);
  await insertRows(db, 'Vote', [
    { id: 'v1', processId, voterId: ben, targetType: 'proposal', targetId: 'pw', value: 1, createdAt: when, updatedAt: when },
    { id: 'v2', processId, voterId: cat, targetType: 'annotation', targetId: 'e1', value: 1, createdAt: when, updatedAt: when },
    { id: 'v3', processId, voterId: ann, targetType: 'annotation', targetId: 'e1', value: -1, createdAt: when, updatedAt: when },
  ]);
  await insertRows(db, 'Comment', [
    { id: 'c1', processId, targetType: 'annotation', targetId: 'w1', authorId: cat, body: 'Yes', createdAt: when, deletedAt: null },
    { id: 'c2', processId, targetType: 'proposal', targetId: 'pw', authorId: ann, body: 'Yes', createdAt: when },
    { id: 'c3', processId, targetType: 'annotation', targetId: 'e1', authorId: ann, body: 'Gone', createdAt: when, deletedAt: when },
  ]);
});

const filter = (query: Record<string, string> = {}) => parseReviewFilter(new URLSearchParams(query));

describe('the district breakdown', () => {
  it('places each mark and proposal in its district by its exact outline and counts what follows it', async () => {
    expect(await districtBreakdown(processId, filter())).toEqual([
      // East: e1 and the line (by its middle corner); support v2 only (v3 opposes); c3 is deleted.
      { featureId: '1', name: 'East ward', marks: 2, proposals: 0, support: 1, comments: 0, participants: 2 },
      // West: w1, w2 (not "corner", outside the triangle), the proposal, one vote and two comments by the three people.
      { featureId: '0', name: 'West ward', marks: 2, proposals: 1, support: 1, comments: 2, participants: 3 },
    ]);
  });

  it('narrows to one district under a district filter, and counts nothing outside the period', async () => {
    const west = await withDistrict(processId, filter({ district: '0' }));
    expect((await districtBreakdown(processId, west)).map((d) => [d.name, d.marks])).toEqual([['East ward', 0], ['West ward', 2]]);
    const later = await districtBreakdown(processId, filter({ from: '2026-04-01' }));
    expect(later.every((d) => d.marks + d.proposals + d.support + d.comments + d.participants === 0)).toBe(true);
  });

  it('resolves a district of the marked layer only', async () => {
    expect(await districtRings(processId, '1')).toHaveLength(1);
    expect(await districtRings(processId, '7')).toBeNull();
    await db.layer.updateMany({ where: { processId }, data: { districts: false } });
    expect(await districtRings(processId, '1')).toBeNull();
    expect(await districtBreakdown(processId, filter())).toEqual([]);
    await db.layer.updateMany({ where: { processId }, data: { districts: true } });
  });
});
