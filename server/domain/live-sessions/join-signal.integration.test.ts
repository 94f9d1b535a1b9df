// Joining signals a participant, not a changed session: the other screens do not read the session again.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

import type { ProcessEvent } from '@/lib/participation/views';
import { freshDatabase, seedProcess } from '@/server/testing/large-seed';
import type { PrismaClient } from '@/server/generated/prisma/client';

vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => null }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => null, signIn: async () => undefined }));

let db: PrismaClient;
let processId: string;

beforeAll(async () => {
  db = await freshDatabase();
  processId = (await seedProcess(db, 'join-signal')).id;
  const facilitator = await db.user.create({ data: { name: 'Fran', role: 'facilitator' } });
  await db.liveSession.create({ data: { processId, title: 'Walk', joinCode: 'HJKM34', status: 'live', facilitatorId: facilitator.id, phases: '[]' } });
}, 60_000);

afterAll(() => db?.$disconnect());

it('signals a participant when a guest joins', async () => {
  const { subscribeProcessEvents } = await import('@/server/domain/events/process-events');
  const { joinSession } = await import('./join-session');
  const seen: ProcessEvent[] = [];
  const stop = subscribeProcessEvents(processId, (event) => seen.push(event));
  const joined = await joinSession(null, { code: 'hjk-m34', name: 'Gil' }, '10.9.9.9');
  stop();
  expect(joined.newGuest).toEqual(expect.any(String));
  expect(seen).toEqual([expect.objectContaining({ type: 'session', targetType: 'participant', targetId: expect.any(String) })]);
});
