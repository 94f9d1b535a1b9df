// A live session in a real collab server: the document names the running session, the phase a
// facilitator sets is recorded in the session's row (and is there after a reload), a removed participant
// and the guests of an ended session are cut off within a second, and the document forgets the session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CLOSE_GONE } from '@/lib/collab/close-codes';
import { addAnnotation, annotationsMap, sessionMap } from '@/lib/collab/annotation';

import { eventually, synced } from './testing/harness';
import { closedWithin, markBy, startFixture, type Fixture, type Person } from './testing/fixture';

let fixture: Fixture;
let fran: Person;
let sessionId: string;
const phases = [
  { id: 'explore', title: 'Explore', instructions: '', allows: [] },
  { id: 'problems', title: 'Problems', instructions: '', allows: ['marks'] },
];

beforeAll(async () => {
  fixture = await startFixture();
  fran = await fixture.person('Fran', 'facilitator');
  const row = await fixture.db.liveSession.create({
    data: { processId: fixture.processId, title: 'Workshop', joinCode: 'ACEFGH', status: 'live', facilitatorId: fran.id, startedAt: new Date(), phases: JSON.stringify(phases), currentPhase: 'explore', phaseHistory: { create: { phaseId: 'explore' } } },
  });
  sessionId = row.id;
}, 60_000);

afterAll(async () => {
  await fixture?.stop();
});

async function guest(name: string) {
  const person = await fixture.person(name, 'guest', { email: null, guestSessionId: sessionId });
  await fixture.db.sessionParticipant.create({ data: { sessionId, userId: person.id, displayName: name } });
  return person;
}

describe('a live session in the shared document', () => {
  it('names the session, records the facilitator’s phase in its row, and gives it back after a reload', async () => {
    const franClient = await fixture.join(fran);
    await eventually(() => expect(sessionMap(franClient.doc).get('sessionId')).toBe(sessionId));
    expect(sessionMap(franClient.doc).get('phase')).toBe('explore');
    sessionMap(franClient.doc).set('phase', 'problems');
    await eventually(async () => expect(await fixture.db.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ currentPhase: 'problems' }));
    expect((await fixture.db.sessionPhase.findMany({ where: { sessionId }, orderBy: { id: 'asc' } })).map((row) => row.phaseId)).toEqual(['explore', 'problems']);

    franClient.provider.destroy(); // the facilitator reloads
    const again = await fixture.join(fran);
    expect(sessionMap(again.doc).get('phase')).toBe('problems');
    expect(sessionMap(again.doc).get('sessionId')).toBe(sessionId);
  });

  it('cuts a removed participant off within a second and keeps them out', async () => {
    const gil = await guest('Gil');
    const gilClient = await fixture.join(gil);
    const mark = markBy(gil);
    addAnnotation(gilClient.doc, mark);
    const franClient = await fixture.join(fran);
    await eventually(() => expect(annotationsMap(franClient.doc).has(mark.id)).toBe(true));
    const removedAt = new Date();
    await fixture.db.$transaction([
      fixture.db.sessionParticipant.update({ where: { sessionId_userId: { sessionId, userId: gil.id } }, data: { removedAt } }),
      fixture.db.user.update({ where: { id: gil.id }, data: { updatedAt: removedAt } }),
    ]);
    const closed = await closedWithin(gilClient, removedAt.getTime());
    expect(closed).toMatchObject({ code: CLOSE_GONE, reason: expect.stringMatching(/^removed_from_session:/) });
    expect(closed.afterMs).toBeLessThan(1000);
    expect(await (await fixture.connectOnly(gil)).closed).toMatchObject({ code: CLOSE_GONE });
  });

  it('cuts the guests off when the session ends, and the document forgets the session', async () => {
    const hal = await guest('Hal');
    const [halClient, franClient] = [await fixture.join(hal), await fixture.join(fran)];
    await synced(franClient);
    const endedAt = new Date();
    await fixture.db.liveSession.update({ where: { id: sessionId }, data: { status: 'ended', endedAt } });
    await fixture.db.user.updateMany({ where: { guestSessionId: sessionId }, data: { updatedAt: endedAt } });
    const closed = await closedWithin(halClient, endedAt.getTime());
    expect(closed).toMatchObject({ code: CLOSE_GONE, reason: expect.stringMatching(/^session_ended:/) });
    expect(closed.afterMs).toBeLessThan(1000);
    await eventually(() => expect(sessionMap(franClient.doc).get('sessionId')).toBeNull());
    expect(sessionMap(franClient.doc).get('phase')).toBeNull();
  });
});
