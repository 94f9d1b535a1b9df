// What part of a process a review looks at: a map view (bounds), a drawn area or a district, a period
// and a category. Parsed once from the query string; every figure, chart, list (and the themes and the
// exports) turns it into SQL conditions here, so they all filter the same way.
import { polygonSchema, type Position } from '@/lib/geo/geometry';
import { z } from '@/lib/zod';
import { jsonArrayElements, jsonArrayLength, jsonElementNumber, jsonNumber, jsonNumberAt, jsonText } from '@/server/database/dialect';
import { Prisma } from '@/server/generated/prisma/client';
import { AppError, invalidInput } from '@/server/http/app-error';

/** A drawn area has few corners; a district from a layer is simplified to this many before it becomes SQL. */
export const AREA_MAX_VERTICES = 500;
export const DEFAULT_OVERDUE_DAYS = 14;

const coordinate = (min: number, max: number) => z.coerce.number().finite().min(min).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'date').transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value)).refine((date) => !Number.isNaN(date.getTime()), 'date');

const areaSchema = z
  .string()
  .max(64_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'json' });
      return z.NEVER;
    }
  })
  .pipe(polygonSchema.refine((p) => p.coordinates.every((ring) => ring.length >= 4), 'ring').refine((p) => p.coordinates.flat().length <= AREA_MAX_VERTICES, 'too_many_points'));

export const reviewQuerySchema = z
  .object({
    west: coordinate(-180, 180).optional(),
    south: coordinate(-90, 90).optional(),
    east: coordinate(-180, 180).optional(),
    north: coordinate(-90, 90).optional(),
    from: day.optional(),
    to: day.optional(),
    category: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).optional(),
    area: areaSchema.optional(),
    district: z.string().min(1).max(200).optional(),
    overdueDays: z.coerce.number().int().min(1).max(3650).default(DEFAULT_OVERDUE_DAYS),
  })
  .refine((q) => [q.west, q.south, q.east, q.north].every((v) => v === undefined) || [q.west, q.south, q.east, q.north].every((v) => v !== undefined), { message: 'bounds', path: ['west'] })
  .refine((q) => q.west === undefined || (q.west < q.east! && q.south! < q.north!), { message: 'bounds', path: ['west'] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'period', path: ['from'] });

/** Rings of one polygon, outer first; a point inside the outer ring and outside every hole is in it. */
export type AreaRings = Position[][];

export type ReviewFilter = {
  bounds: [number, number, number, number] | null;
  /** The drawn area and/or the district: a place must lie in every one of them. */
  areas: AreaRings[];
  from: Date | null;
  /** Exclusive end: the day after the `to` day (a date-only `to` includes that whole day). */
  until: Date | null;
  category: string | null;
  district: string | null;
  overdueDays: number;
};

/** The query string's filter, normalised; a malformed one is 400 invalid_input. The district is resolved later. */
export function parseReviewFilter(params: URLSearchParams): ReviewFilter {
  const parsed = reviewQuerySchema.safeParse(Object.fromEntries([...params].filter(([, v]) => v !== '')));
  if (!parsed.success) throw invalidInput(parsed.error);
  const q = parsed.data;
  const rawTo = params.get('to') ?? '';
  const until = q.to ? new Date(q.to.getTime() + (rawTo.length === 10 ? 86_400_000 : 0)) : null;
  return {
    bounds: q.west === undefined ? null : [q.west, q.south!, q.east!, q.north!],
    areas: q.area ? [q.area.coordinates] : [],
    from: q.from ?? null,
    until,
    category: q.category ?? null,
    district: q.district ?? null,
    overdueDays: q.overdueDays,
  };
}

/**
 * The themes lane fills this in: the polygon of the district `featureId` of the process (from the layer
 * marked as its districts), or null when there is no such district.
 */
export type DistrictResolver = (processId: string, featureId: string) => Promise<AreaRings | null>;
let districtResolver: DistrictResolver = async () => null;
export function setDistrictResolver(resolver: DistrictResolver) {
  districtResolver = resolver;
}
export const districtPolygon: DistrictResolver = (processId, featureId) => districtResolver(processId, featureId);

/** Adds the district's polygon to the filter's areas; an unknown district is 404. */
export async function withDistrict(processId: string, filter: ReviewFilter): Promise<ReviewFilter> {
  if (!filter.district) return filter;
  const rings = await districtPolygon(processId, filter.district);
  if (!rings) throw new AppError(404, 'not_found', 'There is no such district in this process.');
  return { ...filter, areas: [...filter.areas, rings] };
}

// ---- SQL ------------------------------------------------------------------------------------------

const literal = (n: number) => Prisma.raw(Number.isFinite(n) ? String(n) : '0');
const raw = (text: string) => Prisma.raw(text);

/**
 * The point a mark counts at, from its stored GeoJSON: a point itself, a line's middle vertex (as
 * representativePoint), an area's average corner. `alias` is the Annotation table's alias.
 */
export function annotationPlace(alias: string): { lon: Prisma.Sql; lat: Prisma.Sql } {
  const g = `${alias}."geometry"`;
  const part = (i: 0 | 1) =>
    Prisma.sql`(CASE ${raw(alias)}."kind" WHEN 'point' THEN ${jsonNumber(g, ['coordinates', i])} WHEN 'line' THEN ${lineMiddle(g, i)} ELSE ${ringAverage(g, i)} END)`;
  return { lon: part(0), lat: part(1) };
}

/** The point a proposal counts at (null when it has no place): its point, or its shape's average corner. */
export function proposalPlace(alias: string): { lon: Prisma.Sql; lat: Prisma.Sql } {
  const g = `${alias}."geometry"`;
  const part = (i: 0 | 1) =>
    Prisma.sql`(CASE ${jsonText(g, ['type'])} WHEN 'Point' THEN ${jsonNumber(g, ['coordinates', i])} WHEN 'LineString' THEN ${lineMiddle(g, i)} WHEN 'Polygon' THEN ${ringAverage(g, i)} END)`;
  return { lon: part(0), lat: part(1) };
}

const lineMiddle = (g: string, i: 0 | 1) => jsonNumberAt(g, ['coordinates'], Prisma.sql`${jsonArrayLength(g, ['coordinates'])} / 2`, i);
const ringAverage = (g: string, i: 0 | 1) => Prisma.sql`(SELECT avg(${jsonElementNumber('v', i)}) FROM ${jsonArrayElements(g, ['coordinates', 0], 'v')})`;

/** Even-odd ray casting over one ring, as SQL: 1 when (lon, lat) is inside. The corners are numbers, inlined. */
function insideRing(ring: Position[], lon: Prisma.Sql, lat: Prisma.Sql): Prisma.Sql {
  const crossings: Prisma.Sql[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi === yj) continue;
    crossings.push(Prisma.sql`(CASE WHEN ((${literal(yi)} > ${lat}) <> (${literal(yj)} > ${lat})) AND ${lon} < ${literal(xj - xi)} * (${lat} - ${literal(yi)}) / ${literal(yj - yi)} + ${literal(xi)} THEN 1 ELSE 0 END)`);
  }
  if (crossings.length === 0) return raw('0');
  return Prisma.sql`((${Prisma.join(crossings, ' + ')}) % 2)`;
}

function ringBounds(ring: Position[]): [number, number, number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const inBox = (lon: Prisma.Sql, lat: Prisma.Sql, [w, s, e, n]: [number, number, number, number]) =>
  Prisma.sql`(${lon} BETWEEN ${literal(w)} AND ${literal(e)} AND ${lat} BETWEEN ${literal(s)} AND ${literal(n)})`;

/**
 * The place conditions of the filter for a point given as SQL: inside the view's bounds, then for each
 * area its bounding box first (cheap) and the exact even-odd test only for what passes it.
 */
export function placeCondition(filter: ReviewFilter, place: { lon: Prisma.Sql; lat: Prisma.Sql }): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.bounds) parts.push(inBox(place.lon, place.lat, filter.bounds));
  for (const [outer, ...holes] of filter.areas) {
    parts.push(inBox(place.lon, place.lat, ringBounds(outer)));
    parts.push(Prisma.sql`${insideRing(outer, place.lon, place.lat)} = 1`);
    for (const hole of holes) parts.push(Prisma.sql`${insideRing(hole, place.lon, place.lat)} = 0`);
  }
  return parts.length ? Prisma.join(parts, ' AND ') : raw('1 = 1');
}

export const placeFiltered = (filter: ReviewFilter) => filter.bounds !== null || filter.areas.length > 0;

/** `column` (an ISO-text date column, e.g. `a."createdAt"`) inside the period. */
export function periodCondition(filter: ReviewFilter, column: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.from) parts.push(Prisma.sql`${raw(column)} >= ${isoText(filter.from)}`);
  if (filter.until) parts.push(Prisma.sql`${raw(column)} < ${isoText(filter.until)}`);
  return parts.length ? Prisma.join(parts, ' AND ') : raw('1 = 1');
}

/** Dates as Prisma stores them in SQLite (ISO text with "+00:00"), so they compare as text. */
export const isoText = (date: Date) => date.toISOString().replace('Z', '+00:00');

export function categoryCondition(filter: ReviewFilter, column: string): Prisma.Sql {
  return filter.category ? Prisma.sql`${raw(column)} = ${filter.category}` : raw('1 = 1');
}

/** Visible marks of the process in the filter (alias `a`). */
export function annotationConditions(processId: string, filter: ReviewFilter, alias = 'a'): Prisma.Sql {
  return Prisma.sql`${raw(alias)}."processId" = ${processId} AND ${raw(alias)}."hiddenAt" IS NULL
    AND ${categoryCondition(filter, `${alias}."category"`)} AND ${placeCondition(filter, annotationPlace(alias))}`;
}

/** Published, visible proposals of the process in the filter (alias `p`); a place filter leaves unplaced ones out. */
export function proposalConditions(processId: string, filter: ReviewFilter, alias = 'p'): Prisma.Sql {
  const placed = placeFiltered(filter) ? Prisma.sql` AND ${raw(alias)}."geometry" IS NOT NULL AND ${placeCondition(filter, proposalPlace(alias))}` : Prisma.empty;
  return Prisma.sql`${raw(alias)}."processId" = ${processId} AND ${raw(alias)}."hiddenAt" IS NULL AND ${raw(alias)}."status" <> 'draft'
    AND ${categoryCondition(filter, `${alias}."category"`)}${placed}`;
}

/**
 * Rows of a table that target a mark or a proposal (Comment, Vote: alias `t`, with targetType/targetId)
 * whose target is visible and in the filter's place and category; the period is the caller's (it is
 * about the row's own date). Correlated EXISTS on the targets' primary keys.
 */
export function targetConditions(processId: string, filter: ReviewFilter, alias = 't'): Prisma.Sql {
  const t = raw(alias);
  return Prisma.sql`${t}."processId" = ${processId} AND (
    (${t}."targetType" = 'annotation' AND EXISTS (SELECT 1 FROM "Annotation" ta WHERE ta."id" = ${t}."targetId" AND ${annotationConditions(processId, filter, 'ta')}))
    OR (${t}."targetType" = 'proposal' AND EXISTS (SELECT 1 FROM "Proposal" tp WHERE tp."id" = ${t}."targetId" AND ${proposalConditions(processId, filter, 'tp')})))`;
}

/**
 * The filter's rows as materialised tables for one statement, each place computed once per row:
 * rm (marks: id, authorId, category, createdAt), rp (published proposals: id, authorId, category, status, at),
 * rc (comments in the period on those, with targetType/targetId/authorId/createdAt) and rv (votes in the
 * period on those, with value and voterId). Periods of marks and proposals are the caller's (periodCondition).
 */
export function reviewScope(processId: string, f: ReviewFilter): Prisma.Sql {
  const mark = annotationPlace('a');
  const proposal = proposalPlace('p');
  const placeOf = { lon: raw('lon'), lat: raw('lat') };
  const marks = placeFiltered(f)
    ? Prisma.sql`rmp AS MATERIALIZED (SELECT a."id", a."authorId", a."category", a."createdAt", ${mark.lon} AS lon, ${mark.lat} AS lat FROM "Annotation" a
        WHERE a."processId" = ${processId} AND a."hiddenAt" IS NULL AND ${categoryCondition(f, 'a."category"')}),
      rm AS MATERIALIZED (SELECT "id", "authorId", "category", "createdAt" FROM rmp WHERE ${placeCondition(f, placeOf)}),`
    : Prisma.sql`rm AS MATERIALIZED (SELECT a."id", a."authorId", a."category", a."createdAt" FROM "Annotation" a
        WHERE a."processId" = ${processId} AND a."hiddenAt" IS NULL AND ${categoryCondition(f, 'a."category"')}),`;
  const proposalBase = Prisma.sql`p."processId" = ${processId} AND p."hiddenAt" IS NULL AND p."status" <> 'draft' AND ${categoryCondition(f, 'p."category"')}`;
  const proposals = placeFiltered(f)
    ? Prisma.sql`rpp AS MATERIALIZED (SELECT p."id", p."authorId", p."category", p."status", COALESCE(p."publishedAt", p."createdAt") AS at, ${proposal.lon} AS lon, ${proposal.lat} AS lat
        FROM "Proposal" p WHERE ${proposalBase} AND p."geometry" IS NOT NULL),
      rp AS MATERIALIZED (SELECT "id", "authorId", "category", "status", at FROM rpp WHERE ${placeCondition(f, placeOf)}),`
    : Prisma.sql`rp AS MATERIALIZED (SELECT p."id", p."authorId", p."category", p."status", COALESCE(p."publishedAt", p."createdAt") AS at FROM "Proposal" p WHERE ${proposalBase}),`;
  return Prisma.sql`WITH ${marks} ${proposals}
    rt AS MATERIALIZED (SELECT 'annotation' AS type, "id" FROM rm UNION ALL SELECT 'proposal', "id" FROM rp),
    rc AS MATERIALIZED (SELECT t."targetType", t."targetId", t."authorId", t."createdAt" FROM "Comment" t JOIN rt ON rt.type = t."targetType" AND rt."id" = t."targetId"
      WHERE t."processId" = ${processId} AND t."deletedAt" IS NULL AND t."hiddenAt" IS NULL AND ${periodCondition(f, 't."createdAt"')}),
    rv AS MATERIALIZED (SELECT t."targetType", t."targetId", t."voterId", t."value", t."createdAt" FROM "Vote" t JOIN rt ON rt.type = t."targetType" AND rt."id" = t."targetId"
      WHERE t."processId" = ${processId} AND ${periodCondition(f, 't."createdAt"')})`;
}
