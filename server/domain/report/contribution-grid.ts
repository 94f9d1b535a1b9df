// Where people spoke, for the report's printed map: marks and placed proposals counted per cell of a
// grid over the process's bounds, grouped in the database (a 20,000-mark process is a few hundred rows).
import type { Bounds } from '@/lib/geo/static-projection';
import { truncated } from '@/server/database/dialect';
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';
import { annotationConditions, annotationPlace, parseReviewFilter, proposalConditions, proposalPlace } from '@/server/review/review-filter';

export type GridCell = { kind: 'mark' | 'proposal'; lon: number; lat: number; count: number };

export async function contributionGrid(processId: string, [west, south, east, north]: Bounds, columns = 48): Promise<GridCell[]> {
  const everything = parseReviewFilter(new URLSearchParams());
  const cellX = (east - west) / columns;
  const cellY = (north - south) / columns;
  const cells = (place: { lon: Prisma.Sql; lat: Prisma.Sql }) =>
    Prisma.sql`${truncated(Prisma.sql`(${place.lon} - ${west}) / ${cellX}`)} AS gx, ${truncated(Prisma.sql`(${place.lat} - ${south}) / ${cellY}`)} AS gy, COUNT(*) AS n`;
  const [marks, proposals] = await Promise.all([
    db.$queryRaw<{ gx: bigint; gy: bigint; n: bigint }[]>`SELECT ${cells(annotationPlace('a'))} FROM "Annotation" a WHERE ${annotationConditions(processId, everything)} GROUP BY 1, 2`,
    db.$queryRaw<{ gx: bigint; gy: bigint; n: bigint }[]>`SELECT ${cells(proposalPlace('p'))} FROM "Proposal" p WHERE ${proposalConditions(processId, everything)} AND p."geometry" IS NOT NULL GROUP BY 1, 2`,
  ]);
  const toCell = (kind: GridCell['kind']) => (row: { gx: bigint; gy: bigint; n: bigint }): GridCell[] => {
    const [gx, gy] = [Number(row.gx), Number(row.gy)];
    if (gx < 0 || gy < 0 || gx >= columns || gy >= columns) return [];
    return [{ kind, lon: west + (gx + 0.5) * cellX, lat: south + (gy + 0.5) * cellY, count: Number(row.n) }];
  };
  return [...marks.flatMap(toCell('mark')), ...proposals.flatMap(toCell('proposal'))];
}
