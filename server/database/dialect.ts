// The few SQL spellings that differ between SQLite and PostgreSQL, so that every raw query is written once and
// runs on both. Everything else in our raw SQL is common ground: CASE WHEN … THEN 1 ELSE 0 END to count (not
// SUM of a comparison), FALSE rather than 0, an alias on every subquery in FROM, CAST(… AS TEXT) before
// joining a date into a string. Dates are compared as stored: ISO text in UTC on SQLite, UTC timestamps on PostgreSQL.
import { databaseDialect } from '@/lib/database-url';
import { Prisma } from '@/server/generated/prisma/client';

// Read on each call, not at import: a test file sets DATABASE_URL before it opens the database.
const onPostgresql = () => databaseDialect() === 'postgresql';

const raw = (text: string) => Prisma.raw(text);
type Path = readonly (string | number)[];
const sqlitePath = (path: Path) => `$${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('')}`;
const postgresqlPath = (path: Path) => `'{${path.join(',')}}'`;

/** A number inside a JSON text column (`column` is SQL, e.g. `a."geometry"`), e.g. path ['coordinates', 0]. */
export function jsonNumber(column: string, path: Path): Prisma.Sql {
  return raw(onPostgresql() ? `((${column})::jsonb #>> ${postgresqlPath(path)})::float8` : `json_extract(${column}, '${sqlitePath(path)}')`);
}

/** A string inside a JSON text column. */
export function jsonText(column: string, path: Path): Prisma.Sql {
  return raw(onPostgresql() ? `((${column})::jsonb #>> ${postgresqlPath(path)})` : `json_extract(${column}, '${sqlitePath(path)}')`);
}

/** The length of an array inside a JSON text column. */
export function jsonArrayLength(column: string, path: Path): Prisma.Sql {
  return raw(onPostgresql() ? `jsonb_array_length((${column})::jsonb #> ${postgresqlPath(path)})` : `json_array_length(${column}, '${sqlitePath(path)}')`);
}

/** The number at `array[index][then]` inside a JSON text column, the index being SQL (e.g. the middle vertex of a line). */
export function jsonNumberAt(column: string, array: Path, index: Prisma.Sql, then: number): Prisma.Sql {
  return onPostgresql()
    ? Prisma.sql`((((${raw(column)})::jsonb #> ${raw(postgresqlPath(array))}) -> (${index})::int) ->> ${raw(String(then))})::float8`
    : Prisma.sql`json_extract(${raw(column)}, '${raw(sqlitePath(array))}[' || (${index}) || '][${raw(String(then))}]')`;
}

/**
 * A FROM item yielding one row per element of an array inside a JSON text column, as `alias` with one column
 * `value`; read an element's parts with `jsonElementNumber(alias, i)`.
 */
export function jsonArrayElements(column: string, path: Path, alias: string): Prisma.Sql {
  return raw(onPostgresql() ? `jsonb_array_elements((${column})::jsonb #> ${postgresqlPath(path)}) AS ${alias}(value)` : `json_each(${column}, '${sqlitePath(path)}') AS ${alias}`);
}

/** The number at index `i` of an element from jsonArrayElements (a position's longitude or latitude). */
export function jsonElementNumber(alias: string, i: number): Prisma.Sql {
  return raw(onPostgresql() ? `(${alias}.value ->> ${i})::float8` : `json_extract(${alias}.value, '$[${i}]')`);
}

/** A JSON object built in the query from [key, SQL value] pairs. */
export function jsonObject(pairs: [string, Prisma.Sql][]): Prisma.Sql {
  const parts = pairs.map(([key, value]) => Prisma.sql`'${raw(key)}', ${value}`);
  return Prisma.sql`${raw(onPostgresql() ? 'json_build_object' : 'json_object')}(${Prisma.join(parts, ', ')})`;
}

/** A JSON array of `value` over the rows of a group; an empty group gives [] on both. */
export function jsonArrayOf(value: Prisma.Sql): Prisma.Sql {
  return onPostgresql() ? Prisma.sql`COALESCE(json_agg(${value}), '[]'::json)` : Prisma.sql`json_group_array(${value})`;
}

/** A JSON value read back from a query: SQLite returns its text, PostgreSQL the parsed value. */
export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** The UTC day of a date column or expression, as 'YYYY-MM-DD'. */
export function utcDay(column: string): Prisma.Sql {
  return raw(onPostgresql() ? `to_char(${column}, 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`);
}

/** A number truncated toward zero to an integer (a grid cell's index). */
export function truncated(value: Prisma.Sql): Prisma.Sql {
  return onPostgresql() ? Prisma.sql`CAST(TRUNC(${value}) AS INTEGER)` : Prisma.sql`CAST(${value} AS INTEGER)`;
}

/** The date column is in the future (now, in UTC). */
export function isFuture(column: string): Prisma.Sql {
  return raw(onPostgresql() ? `${column} > (now() AT TIME ZONE 'UTC')` : `julianday(${column}) > julianday('now')`);
}
