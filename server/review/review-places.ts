// Where people spoke, for the review's heat map and clusters: the filter's marks and placed proposals
// counted per cell of a grid over the territory (grouped in the database), so the answer's size
// follows the grid, not the number of contributions.
import type { Bounds } from '@/lib/schemas/process';
import { truncated } from '@/server/database/dialect';
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';

import { annotationPlace, categoryCondition, periodCondition, placeCondition, proposalPlace, type ReviewFilter } from './review-filter';

/** Cells along the territory's longer side. */
export const GRID_CELLS = 160;

export type PlaceCell = { lon: number; lat: number; category: string; count: number };

export async function reviewPlaces(processId: string, territory: Bounds, f: ReviewFilter): Promise<PlaceCell[]> {
  const [west, south, east, north] = territory;
  const size = Prisma.raw(String(Math.max(east - west, north - south) / GRID_CELLS));
  const mark = annotationPlace('a');
  const proposal = proposalPlace('p');
  // Each row's place is computed once (materialised), then the filter's place test reads the columns.
  const rows = await db.$queryRaw<{ lon: number; lat: number; category: string; count: bigint }[]>`
    WITH pts AS MATERIALIZED (
      SELECT ${mark.lon} AS lon, ${mark.lat} AS lat, a."category" AS category FROM "Annotation" a
        WHERE a."processId" = ${processId} AND a."hiddenAt" IS NULL AND ${categoryCondition(f, 'a."category"')} AND ${periodCondition(f, 'a."createdAt"')}
      UNION ALL SELECT ${proposal.lon}, ${proposal.lat}, p."category" FROM "Proposal" p
        WHERE p."processId" = ${processId} AND p."hiddenAt" IS NULL AND p."status" <> 'draft' AND p."geometry" IS NOT NULL
          AND ${categoryCondition(f, 'p."category"')} AND ${periodCondition(f, 'COALESCE(p."publishedAt", p."createdAt")')}
    )
    SELECT AVG(lon) AS lon, AVG(lat) AS lat, category, COUNT(*) AS count FROM pts
    WHERE lon IS NOT NULL AND lat IS NOT NULL AND ${placeCondition(f, { lon: Prisma.raw('lon'), lat: Prisma.raw('lat') })}
    GROUP BY ${truncated(Prisma.sql`(lon - ${west}) / ${size}`)}, ${truncated(Prisma.sql`(lat - ${south}) / ${size}`)}, category`;
  return rows.map((r) => ({ lon: Number(r.lon), lat: Number(r.lat), category: r.category, count: Number(r.count) }));
}
