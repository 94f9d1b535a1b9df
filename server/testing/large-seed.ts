// Thousands of rows in a moment, for the volume tests: multi-row INSERTs of bounded size inside one
// transaction each, written as Prisma stores them (SQLite: dates as ISO text, booleans as 0/1; PostgreSQL: as they are).
import * as Y from 'yjs';

import { addAnnotation, type Annotation } from '@/lib/collab/annotation';
import { databaseDialect } from '@/lib/database-url';
import { prepareDatabase } from '@/server/collab/testing/harness';
import { roomOfProcess } from '@/server/collab/token';
import type { PrismaClient } from '@/server/generated/prisma/client';

type Value = string | number | boolean | Date | null;
type Row = Record<string, Value>;

const ROWS_PER_STATEMENT = 50;
const iso = (date: Date) => date.toISOString().replace('Z', '+00:00');
const onSqlite = () => databaseDialect() === 'sqlite';
const sqlValue = (value: Value) => (!onSqlite() ? value : value instanceof Date ? iso(value) : typeof value === 'boolean' ? Number(value) : value);

/** A fresh, migrated database for this test file (SQLite, or PostgreSQL with TEST_DATABASE_URL), and its client. */
export async function freshDatabase(): Promise<PrismaClient> {
  process.env.DATABASE_URL = prepareDatabase();
  return (await import('@/server/db')).db;
}

export async function insertRows(db: PrismaClient, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const statements = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = batch.map((_, row) => `(${columns.map((__, column) => (onSqlite() ? '?' : `$${row * columns.length + column + 1}`)).join(', ')})`).join(', ');
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`;
    statements.push(db.$executeRawUnsafe(sql, ...batch.flatMap((row) => columns.map((c) => sqlValue(row[c])))));
  }
  await db.$transaction(statements);
  // PostgreSQL plans from statistics its autovacuum gathers later; a test reads right after the insert.
  if (!onSqlite()) await db.$executeRawUnsafe(`ANALYZE "${table}"`);
}

const at = (base: number, i: number) => new Date(base + i * 1000);

export async function seedProcess(db: PrismaClient, slug = 'volume') {
  return db.process.create({ data: { slug, title: 'Volume', description: 'Many rows', status: 'open', allowOppose: true, boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53 } });
}

export async function seedPeople(db: PrismaClient, count: number, prefix = 'person'): Promise<string[]> {
  const now = new Date();
  const rows = Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, name: `Person ${i}`, email: `${prefix}-${i}@example.org`, role: 'citizen', locale: 'en', createdAt: now, updatedAt: now }));
  await insertRows(db, 'User', rows);
  return rows.map((row) => row.id);
}

/** Published proposals, one second apart (the last is the newest). */
export async function seedProposals(db: PrismaClient, processId: string, authorId: string, count: number, base = Date.UTC(2026, 0, 1)): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `proposal-${i}`, processId, authorId, title: `Proposal ${i}`, body: `Why proposal ${i} matters`, category: i % 2 ? 'idea' : 'problem', status: 'published', publishedAt: at(base, i), createdAt: at(base, i), updatedAt: at(base, i),
  }));
  await insertRows(db, 'Proposal', rows);
  return rows.map((row) => row.id);
}

/** Top-level comments on one target, one second apart (the first is the oldest). */
export async function seedComments(db: PrismaClient, processId: string, target: { targetType: string; targetId: string }, authorIds: string[], count: number, base = Date.UTC(2026, 1, 1)): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `comment-${target.targetId}-${i}`, processId, ...target, parentId: null, authorId: authorIds[i % authorIds.length], body: `Comment ${i}`, createdAt: at(base, i),
  }));
  await insertRows(db, 'Comment', rows);
  return rows.map((row) => row.id);
}

/** One vote per (voter, target): `value(targetIndex, voterIndex)` says 1, -1 or no vote (0). */
export async function seedVotes(db: PrismaClient, processId: string, targetType: string, targetIds: string[], voterIds: string[], value: (target: number, voter: number) => number): Promise<void> {
  const now = new Date();
  const rows: Row[] = [];
  targetIds.forEach((targetId, t) => voterIds.forEach((voterId, v) => {
    const vote = value(t, v);
    if (vote !== 0) rows.push({ id: `vote-${targetType}-${targetId}-${voterId}`, processId, voterId, targetType, targetId, value: vote, createdAt: now, updatedAt: now });
  }));
  await insertRows(db, 'Vote', rows);
}

export function markAt(i: number, author: { id: string; name: string }): Annotation {
  const time = Date.UTC(2026, 2, 1) + i;
  return {
    id: `mark-${String(i).padStart(6, '0')}`, kind: 'point', geometry: { type: 'Point', coordinates: [-0.12 + ((i * 7919) % 4000) / 100_000, 51.5 + ((i * 104_729) % 3000) / 100_000] },
    category: 'idea', text: `Mark number ${i}`, authorId: author.id, authorName: author.name, createdAt: time, updatedAt: time,
  };
}

/** Annotation rows only (as the projection would have written them), for the export and moderation. */
export async function seedMarkRows(db: PrismaClient, processId: string, marks: Annotation[]): Promise<void> {
  await insertRows(db, 'Annotation', marks.map((m) => ({
    id: m.id, processId, kind: m.kind, geometry: JSON.stringify(m.geometry), category: m.category, text: m.text, authorId: m.authorId, authorName: m.authorName, createdAt: new Date(m.createdAt), updatedAt: new Date(m.updatedAt),
  })));
}

/** A stored room of `count` marks, as a room left behind when it was unloaded: its snapshot and its rows. */
export async function seedRoom(db: PrismaClient, processId: string, count: number, author: { id: string; name: string }): Promise<Annotation[]> {
  const doc = new Y.Doc();
  const marks = Array.from({ length: count }, (_, i) => markAt(i, author));
  doc.transact(() => marks.forEach((mark) => addAnnotation(doc, mark)));
  await db.collabSnapshot.create({ data: { room: roomOfProcess(processId), state: Buffer.from(Y.encodeStateAsUpdate(doc)), lastUpdateId: 0 } });
  doc.destroy();
  await seedMarkRows(db, processId, marks);
  return marks;
}
