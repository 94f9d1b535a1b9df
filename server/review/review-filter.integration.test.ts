// The filter's SQL on a real SQLite: which marks and proposals a view, an area (with a hole), a period and a category keep.
import { beforeAll, describe, expect, it } from 'vitest';

import { AppError } from '@/server/http/app-error';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { Prisma } from '@/server/generated/prisma/client';
import { freshDatabase, insertRows, seedPeople, seedProcess } from '@/server/testing/large-seed';

import { annotationConditions, parseReviewFilter, proposalConditions, withDistrict, setDistrictResolver, periodCondition } from './review-filter';

let db: PrismaClient;
let processId: string;

const square = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const mark = (id: string, kind: string, geometry: object, category = 'idea', createdAt = '2026-03-02T10:00:00.000Z') => ({
  id, processId, kind, geometry: JSON.stringify(geometry), category, text: id, authorId: 'person-0', authorName: 'P', createdAt: new Date(createdAt), updatedAt: new Date(createdAt),
});

beforeAll(async () => {
  db = await freshDatabase();
  processId = (await seedProcess(db)).id;
  await seedPeople(db, 1);
  await insertRows(db, 'Annotation', [
    mark('centre', 'point', { type: 'Point', coordinates: [-0.1, 51.515] }),
    mark('in-hole', 'point', { type: 'Point', coordinates: [-0.1, 51.5151] }),
    mark('east', 'point', { type: 'Point', coordinates: [-0.085, 51.515] }, 'problem', '2026-03-05T23:59:00.000Z'),
    mark('line', 'line', { type: 'LineString', coordinates: [[-0.2, 51.4], [-0.101, 51.514], [-0.05, 51.6]] }),
    mark('area', 'polygon', { type: 'Polygon', coordinates: [square(-0.102, 51.513, -0.098, 51.517)] }),
    // A triangle's bounding box holds this point, the triangle does not.
    mark('corner', 'point', { type: 'Point', coordinates: [-0.1045, 51.5195] }),
  ].map((row) => ({ ...row, processId })));
  await insertRows(db, 'Proposal', [
    { id: 'placed', processId, authorId: 'person-0', title: 'A', body: 'B', category: 'idea', status: 'published', geometry: JSON.stringify({ type: 'Point', coordinates: [-0.1, 51.515] }), createdAt: new Date(), updatedAt: new Date() },
    { id: 'unplaced', processId, authorId: 'person-0', title: 'A', body: 'B', category: 'idea', status: 'published', geometry: null, createdAt: new Date(), updatedAt: new Date() },
    { id: 'draft', processId, authorId: 'person-0', title: 'A', body: 'B', category: 'idea', status: 'draft', geometry: null, createdAt: new Date(), updatedAt: new Date() },
  ]);
});

const filter = (query: Record<string, string>) => parseReviewFilter(new URLSearchParams(query));
async function marks(query: Record<string, string>, extra = Prisma.sql`1 = 1`) {
  const f = filter(query);
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT a."id" FROM "Annotation" a WHERE ${annotationConditions(processId, f)} AND ${extra} ORDER BY a."id"`;
  return rows.map((r) => r.id);
}

describe('the review filter', () => {
  it('keeps every visible mark without a filter, and the view’s marks with bounds (a line by its middle vertex, an area by its average corner)', async () => {
    expect(await marks({})).toEqual(['area', 'centre', 'corner', 'east', 'in-hole', 'line']);
    expect(await marks({ west: '-0.11', south: '51.51', east: '-0.09', north: '51.52' })).toEqual(['area', 'centre', 'corner', 'in-hole', 'line']);
  });

  it('keeps what lies in a drawn area, exactly (not its bounding box), and leaves its holes out', async () => {
    const triangle = { type: 'Polygon', coordinates: [[[-0.11, 51.51], [-0.09, 51.51], [-0.1, 51.52], [-0.11, 51.51]]] };
    expect(await marks({ area: JSON.stringify(triangle) })).toEqual(['area', 'centre', 'in-hole', 'line']);
    const withHole = { type: 'Polygon', coordinates: [triangle.coordinates[0], square(-0.1001, 51.51505, -0.0999, 51.5152)] };
    expect(await marks({ area: JSON.stringify(withHole) })).toEqual(['area', 'centre', 'line']);
  });

  it('filters by category and by period (a date-only "to" includes that whole day)', async () => {
    expect(await marks({ category: 'problem' })).toEqual(['east']);
    const f = filter({ from: '2026-03-03', to: '2026-03-05' });
    const rows = await db.$queryRaw<{ id: string }[]>`SELECT a."id" FROM "Annotation" a WHERE ${annotationConditions(processId, f)} AND ${periodCondition(f, 'a."createdAt"')}`;
    expect(rows.map((r) => r.id)).toEqual(['east']);
  });

  it('leaves drafts out, and proposals without a place out of a place filter', async () => {
    const ids = async (q: Record<string, string>) => (await db.$queryRaw<{ id: string }[]>`SELECT p."id" FROM "Proposal" p WHERE ${proposalConditions(processId, filter(q))} ORDER BY p."id"`).map((r) => r.id);
    expect(await ids({})).toEqual(['placed', 'unplaced']);
    expect(await ids({ west: '-0.11', south: '51.51', east: '-0.09', north: '51.52' })).toEqual(['placed']);
  });

  it('refuses a malformed filter as invalid input', () => {
    const bads: Record<string, string>[] = [{ west: '1' }, { west: '2', south: '1', east: '1', north: '2' }, { area: '{nope' }, { area: JSON.stringify({ type: 'Point', coordinates: [0, 0] }) }, { from: '2026-13-45' }, { from: '2026-03-05', to: '2026-03-01' }, { overdueDays: '0' }];
    for (const bad of bads) {
      expect(() => filter(bad), JSON.stringify(bad)).toThrow(AppError);
    }
    expect(filter({}).overdueDays).toBe(14);
  });

  it('adds a district’s polygon through the resolver, and an unknown district is 404', async () => {
    setDistrictResolver(async (_p, id) => (id === 'ward-1' ? [square(-0.09, 51.51, -0.08, 51.52) as [number, number][]] : null));
    const f = await withDistrict(processId, filter({ district: 'ward-1' }));
    const rows = await db.$queryRaw<{ id: string }[]>`SELECT a."id" FROM "Annotation" a WHERE ${annotationConditions(processId, f)}`;
    expect(rows.map((r) => r.id)).toEqual(['east']);
    await expect(withDistrict(processId, filter({ district: 'nowhere' }))).rejects.toMatchObject({ status: 404 });
    setDistrictResolver(async () => null);
  });
});
