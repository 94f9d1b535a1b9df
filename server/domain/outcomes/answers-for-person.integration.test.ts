// "My activity" shows the answers a person's contributions led to: to their own proposals, and to a
// proposal someone made from their map mark (the proposal keeps its source mark); never on hidden ones.
import { beforeAll, expect, it, vi } from 'vitest';

import type { Subject } from '@/lib/policy/subject';
import type { ProcessView } from '@/lib/schemas/process';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { freshDatabase, insertRows, seedPeople, seedProcess } from '@/server/testing/large-seed';

import type { createProposal as CreateProposal } from '../proposals/create-proposal';
import type { answersForPerson as AnswersForPerson } from './answers-for-person';

vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

let db: PrismaClient;
let createProposal: typeof CreateProposal;
let answersForPerson: typeof AnswersForPerson;
let process: ProcessView;
const citizen = (id: string) => ({ id, name: id, role: 'citizen', blocked: false, deleted: false, guestOf: null }) as Subject;
const NOW = new Date('2026-04-01T10:00:00Z');

beforeAll(async () => {
  db = await freshDatabase();
  ({ createProposal } = await import('../proposals/create-proposal'));
  ({ answersForPerson } = await import('./answers-for-person'));
  const row = await seedProcess(db);
  const other = await seedProcess(db, 'other');
  process = { id: row.id, slug: row.slug, status: 'open', bounds: [-0.12, 51.5, -0.08, 51.53], categories: [{ id: 'idea' }], territory: null } as unknown as ProcessView;
  await seedPeople(db, 3); // person-0 marks, person-1 proposes, person-2 does neither
  const mark = (id: string, processId: string, hidden = false) => ({
    id, processId, kind: 'point', geometry: JSON.stringify({ type: 'Point', coordinates: [-0.1, 51.51] }), category: 'idea', text: id, authorId: 'person-0', authorName: 'Person 0', createdAt: NOW, updatedAt: NOW, hiddenAt: hidden ? NOW : null,
  });
  await insertRows(db, 'Annotation', [mark('mark-1', row.id), mark('mark-hidden', row.id, true), mark('mark-elsewhere', other.id)]);
});

const propose = (title: string, extra: object = {}) => createProposal(citizen('person-1'), process, { title, body: 'Because', category: 'idea', publish: true, ...extra });
const answer = (proposalId: string, body: string, minute: number) =>
  db.officialAnswer.create({ data: { proposalId, authorId: 'person-2', body, status: 'accepted', createdAt: new Date(NOW.getTime() + minute * 60_000) } });

it('keeps the mark a proposal was made from, and only a visible mark of the same process', async () => {
  const made = await propose('From a mark', { sourceMark: 'mark-1' });
  expect((await db.proposal.findUniqueOrThrow({ where: { id: made.id } })).sourceMarkId).toBe('mark-1');
  await expect(propose('From a hidden mark', { sourceMark: 'mark-hidden' })).rejects.toMatchObject({ status: 400, params: { field: 'sourceMark' } });
  await expect(propose('From elsewhere', { sourceMark: 'mark-elsewhere' })).rejects.toMatchObject({ status: 400 });
  expect((await propose('Without a mark')).sourceMarkId).toBeNull();
});

it('shows the answer to the mark’s author and the proposal’s author, not to others, nor once the proposal is hidden', async () => {
  const fromMark = await db.proposal.findFirstOrThrow({ where: { title: 'From a mark' } });
  const own = await db.proposal.findFirstOrThrow({ where: { title: 'Without a mark' } });
  await answer(fromMark.id, 'We will plant trees there', 1);
  await answer(own.id, 'Noted', 2);

  expect((await answersForPerson('person-0')).map((a) => [a.proposal.title, a.body, a.via, a.proposal.slug])).toEqual([['From a mark', 'We will plant trees there', 'mark', 'volume']]);
  expect((await answersForPerson('person-1')).map((a) => [a.proposal.title, a.via])).toEqual([['Without a mark', 'proposal'], ['From a mark', 'proposal']]);
  expect(await answersForPerson('person-2')).toEqual([]);

  await db.proposal.update({ where: { id: fromMark.id }, data: { hiddenAt: new Date() } });
  expect(await answersForPerson('person-0')).toEqual([]);
});
