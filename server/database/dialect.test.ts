import { afterEach, describe, expect, it } from 'vitest';

import { Prisma } from '@/server/generated/prisma/client';

import { isFuture, jsonArrayElements, jsonArrayOf, jsonElementNumber, jsonNumber, jsonNumberAt, jsonObject, jsonText, readJson, truncated, utcDay } from './dialect';

const before = process.env.DATABASE_URL;
afterEach(() => {
  process.env.DATABASE_URL = before;
});

const on = (url: string) => {
  process.env.DATABASE_URL = url;
};
const g = 'a."geometry"';

describe('the SQL dialect', () => {
  it('spells JSON paths, day buckets and truncation the SQLite way for file: URLs', () => {
    on('file:./data/x.db');
    expect(jsonNumber(g, ['coordinates', 1]).sql).toBe(`json_extract(a."geometry", '$.coordinates[1]')`);
    expect(jsonText(g, ['type']).sql).toBe(`json_extract(a."geometry", '$.type')`);
    expect(jsonNumberAt(g, ['coordinates'], Prisma.raw('2'), 0).sql).toBe(`json_extract(a."geometry", '$.coordinates[' || (2) || '][0]')`);
    expect(jsonArrayElements(g, ['coordinates', 0], 'v').sql).toBe(`json_each(a."geometry", '$.coordinates[0]') AS v`);
    expect(jsonElementNumber('v', 1).sql).toBe(`json_extract(v.value, '$[1]')`);
    expect(jsonArrayOf(jsonObject([['n', Prisma.raw('n')]])).sql).toBe(`json_group_array(json_object('n', n))`);
    expect(utcDay('"createdAt"').sql).toBe(`substr("createdAt", 1, 10)`);
    expect(truncated(Prisma.raw('x')).sql).toBe('CAST(x AS INTEGER)');
    expect(isFuture('"endsAt"').sql).toBe(`julianday("endsAt") > julianday('now')`);
  });

  it('spells them the PostgreSQL way for postgresql:// URLs, in UTC', () => {
    on('postgresql://db/civictwin');
    expect(jsonNumber(g, ['coordinates', 1]).sql).toBe(`((a."geometry")::jsonb #>> '{coordinates,1}')::float8`);
    expect(jsonText(g, ['type']).sql).toBe(`((a."geometry")::jsonb #>> '{type}')`);
    expect(jsonNumberAt(g, ['coordinates'], Prisma.raw('2'), 0).sql).toBe(`((((a."geometry")::jsonb #> '{coordinates}') -> (2)::int) ->> 0)::float8`);
    expect(jsonArrayElements(g, ['coordinates', 0], 'v').sql).toBe(`jsonb_array_elements((a."geometry")::jsonb #> '{coordinates,0}') AS v(value)`);
    expect(jsonElementNumber('v', 1).sql).toBe('(v.value ->> 1)::float8');
    expect(jsonArrayOf(jsonObject([['n', Prisma.raw('n')]])).sql).toBe(`COALESCE(json_agg(json_build_object('n', n)), '[]'::json)`);
    expect(utcDay('"createdAt"').sql).toBe(`to_char("createdAt", 'YYYY-MM-DD')`);
    expect(truncated(Prisma.raw('x')).sql).toBe('CAST(TRUNC(x) AS INTEGER)');
    expect(isFuture('"endsAt"').sql).toBe(`"endsAt" > (now() AT TIME ZONE 'UTC')`);
  });

  it('reads JSON whether the driver hands back text or a value', () => {
    expect(readJson('{"a":[1]}')).toEqual({ a: [1] });
    expect(readJson({ a: [1] })).toEqual({ a: [1] });
  });
});
