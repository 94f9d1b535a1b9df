// Every review figure per district, counted in the database: each mark and proposal is placed in the first
// district whose bounding box and then exact outline hold its point, and votes, comments and people follow it.
import { Prisma } from '@/server/generated/prisma/client';
import { db } from '@/server/db';

import { listDistricts, type District } from './districts';
import { annotationConditions, annotationPlace, periodCondition, placeCondition, proposalConditions, proposalPlace, type ReviewFilter } from './review-filter';

export type DistrictFigures = { featureId: string; name: string; marks: number; proposals: number; support: number; comments: number; participants: number };
const FIGURES = ['marks', 'proposals', 'support', 'comments', 'participants'] as const;

function districtOf(districts: District[], filter: ReviewFilter, place: { lon: Prisma.Sql; lat: Prisma.Sql }): Prisma.Sql {
  const cases = districts.map((d) => Prisma.sql`WHEN ${placeCondition({ ...filter, bounds: null, areas: [d.rings] }, place)} THEN ${d.featureId}`);
  return Prisma.sql`(CASE ${Prisma.join(cases, ' ')} END)`;
}

/** The figures of every district of the process, within the filter (a district filter narrows it to one row's worth). */
export async function districtBreakdown(processId: string, filter: ReviewFilter): Promise<DistrictFigures[]> {
  const districts = await listDistricts(processId);
  if (districts.length === 0) return [];
  const mark = annotationPlace('a');
  const proposal = proposalPlace('p');
  const rows = await db.$queryRaw<{ district: string; figure: string; n: bigint | number }[]>`
    WITH placed AS MATERIALIZED (
      SELECT 'annotation' AS "type", a."id", a."authorId" AS "author", a."createdAt" AS "at", ${districtOf(districts, filter, mark)} AS "district"
        FROM "Annotation" a WHERE ${annotationConditions(processId, filter, 'a')}
      UNION ALL
      SELECT 'proposal', p."id", p."authorId", p."createdAt", ${districtOf(districts, filter, proposal)}
        FROM "Proposal" p WHERE ${proposalConditions(processId, filter, 'p')} AND p."geometry" IS NOT NULL
    ),
    inside AS (SELECT * FROM placed WHERE "district" IS NOT NULL),
    support AS (
      SELECT i."district", v."voterId" AS "person" FROM "Vote" v JOIN inside i ON v."targetType" = i."type" AND v."targetId" = i."id"
      WHERE v."value" = 1 AND ${periodCondition(filter, 'v."createdAt"')}
    ),
    remarks AS (
      SELECT i."district", c."authorId" AS "person" FROM "Comment" c JOIN inside i ON c."targetType" = i."type" AND c."targetId" = i."id"
      WHERE c."deletedAt" IS NULL AND c."hiddenAt" IS NULL AND ${periodCondition(filter, 'c."createdAt"')}
    ),
    authored AS (SELECT * FROM inside WHERE ${periodCondition(filter, '"at"')})
    SELECT "district", 'marks' AS "figure", count(*) AS "n" FROM authored WHERE "type" = 'annotation' GROUP BY "district"
    UNION ALL SELECT "district", 'proposals', count(*) FROM authored WHERE "type" = 'proposal' GROUP BY "district"
    UNION ALL SELECT "district", 'support', count(*) FROM support GROUP BY "district"
    UNION ALL SELECT "district", 'comments', count(*) FROM remarks GROUP BY "district"
    UNION ALL SELECT "district", 'participants', count(DISTINCT "person") FROM (
      SELECT "district", "author" AS "person" FROM authored UNION SELECT "district", "person" FROM support UNION SELECT "district", "person" FROM remarks
    ) AS people GROUP BY "district"`;
  const byDistrict = new Map(districts.map((d) => [d.featureId, { featureId: d.featureId, name: d.name, marks: 0, proposals: 0, support: 0, comments: 0, participants: 0 }]));
  for (const row of rows) {
    const entry = byDistrict.get(row.district);
    if (entry && (FIGURES as readonly string[]).includes(row.figure)) entry[row.figure as (typeof FIGURES)[number]] = Number(row.n);
  }
  return [...byDistrict.values()];
}
