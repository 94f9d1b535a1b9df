// The export of a process with 1,200 marks: every mark, with its own comment and vote counts.
import { beforeAll, expect, it } from 'vitest';

import { freshDatabase, markAt, seedComments, seedMarkRows, seedPeople, seedProcess, seedVotes } from '@/server/testing/large-seed';

import type { loadVisibleAnnotations as Load } from './export-annotations';

const COUNT = 1200;
let loadVisibleAnnotations: typeof Load;
let processId: string;

beforeAll(async () => {
  const db = await freshDatabase();
  ({ loadVisibleAnnotations } = await import('./export-annotations'));
  processId = (await seedProcess(db)).id;
  const people = await seedPeople(db, 2);
  const marks = Array.from({ length: COUNT }, (_, i) => markAt(i, { id: people[0], name: 'Person 0' }));
  await seedMarkRows(db, processId, marks);
  const ids = marks.map((m) => m.id);
  await seedVotes(db, processId, 'annotation', ids, people, (t, v) => (t % 2 === 0 ? 1 : v === 0 ? -1 : 0));
  for (const id of ids.slice(0, 30)) await seedComments(db, processId, { targetType: 'annotation', targetId: id }, people, 3);
  // Another process's votes on the same ids are not counted here.
  const other = await seedProcess(db, 'elsewhere');
  await seedVotes(db, other.id, 'annotation', ids.slice(0, 10), await seedPeople(db, 1, 'stranger'), () => -1);
});

it('exports 1,200 marks with their counts', async () => {
  const rows = await loadVisibleAnnotations(processId);
  expect(rows).toHaveLength(COUNT);
  expect(rows[0]).toMatchObject({ id: 'mark-000000', supports: 2, opposes: 0, comments: 3 });
  expect(rows[1]).toMatchObject({ supports: 0, opposes: 1, comments: 3 });
  expect(rows[1199]).toMatchObject({ id: 'mark-001199', supports: 0, opposes: 1, comments: 0 });
  expect(rows.reduce((n, r) => n + r.supports, 0)).toBe(1200);
});

it('leaves a hidden mark out of the public export', async () => {
  const { db } = await import('@/server/db');
  await db.annotation.update({ where: { id: 'mark-000005' }, data: { hiddenAt: new Date(), hiddenReason: 'abuse' } });
  const rows = await loadVisibleAnnotations(processId);
  expect(rows).toHaveLength(COUNT - 1);
  expect(rows.map((r) => r.id)).not.toContain('mark-000005');
});
