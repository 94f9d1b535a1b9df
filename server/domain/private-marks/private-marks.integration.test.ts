// Private mode end to end with the real collab server: a participant's private mark is read by its
// author and the facilitators only and is nowhere in the shared document, until a facilitator
// reveals them all, when they reach everyone's document at once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { annotationsMap, sessionMap } from '@/lib/collab/annotation';
import type { Subject } from '@/lib/policy/subject';
import { eventually } from '@/server/collab/testing/harness';
import { markBy, startFixture, type Fixture, type Person } from '@/server/collab/testing/fixture';

vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

let fixture: Fixture;
let people: Record<'fac' | 'ann' | 'bob' | 'kim', Person>;
let services: {
  create: typeof import('./create-private-mark').createPrivateMark;
  list: typeof import('./list-private-marks').listPrivateMarks;
  reveal: typeof import('./reveal-private-marks').revealPrivateMarks;
};
const S = 'private-session';
const SLUG = 'collab-test';
const as = (person: Person): Subject => ({ id: person.id, name: person.name, role: person.role, blocked: false, deleted: false, guestOf: null });
const page = { limit: 50 };
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code);

/** The facilitator switches private mode in the shared document; the collab server mirrors it into the session's row. */
async function privateMode(on: boolean) {
  const facilitator = await fixture.join(people.fac);
  sessionMap(facilitator.doc).set('privateMode', on);
  await eventually(async () => expect((await fixture.db.liveSession.findUniqueOrThrow({ where: { id: S } })).privateMode).toBe(on), 3000);
}

beforeAll(async () => {
  fixture = await startFixture();
  people = { fac: await fixture.person('Fay', 'facilitator'), ann: await fixture.person('Ann'), bob: await fixture.person('Bob'), kim: await fixture.person('Kim') };
  await fixture.db.liveSession.create({ data: { id: S, processId: fixture.processId, title: 'Workshop', joinCode: 'PRIVAT', status: 'live', startedAt: new Date(), facilitatorId: people.fac.id } });
  for (const person of [people.ann, people.bob]) await fixture.db.sessionParticipant.create({ data: { sessionId: S, userId: person.id, displayName: person.name } });
  services = {
    create: (await import('./create-private-mark')).createPrivateMark,
    list: (await import('./list-private-marks')).listPrivateMarks,
    reveal: (await import('./reveal-private-marks')).revealPrivateMarks,
  };
}, 60_000);

afterAll(async () => {
  await fixture?.stop();
});

describe('private mode', () => {
  it('keeps a participant’s marks for them and the facilitators, out of the shared map, until revealed', async () => {
    const reader = await fixture.join(people.kim);
    await privateMode(true);
    const annMark = markBy(people.ann, { text: 'My quiet idea' });
    const bobMark = markBy(people.bob, { text: 'Another quiet idea' });
    await services.create(as(people.ann), SLUG, S, annMark);
    await services.create(as(people.bob), SLUG, S, bobMark);

    expect((await services.list(as(people.ann), SLUG, S, page)).items.map((mark) => mark.id)).toEqual([annMark.id]);
    expect((await services.list(as(people.fac), SLUG, S, page)).total).toBe(2);
    expect(await codeOf(services.list(as(people.kim), SLUG, S, page))).toBe('forbidden');
    expect(annotationsMap(reader.doc).has(annMark.id)).toBe(false);

    // Same rules as a mark on the map: in one's own name only; only facilitators reveal.
    expect(await codeOf(services.create(as(people.ann), SLUG, S, markBy(people.bob)))).toBe('not_yours');
    expect(await codeOf(services.reveal(as(people.ann), SLUG, S))).toBe('forbidden');

    const started = Date.now();
    expect(await services.reveal(as(people.fac), SLUG, S)).toEqual({ revealed: 2 });
    await eventually(() => expect([annMark.id, bobMark.id].every((id) => annotationsMap(reader.doc).has(id))).toBe(true), 3000);
    const took = Date.now() - started;
    expect(annotationsMap(reader.doc).get(annMark.id)?.get('authorId')).toBe(people.ann.id);
    // Projected like any mark, and no longer listed as private.
    await eventually(async () => expect(await fixture.db.annotation.count({ where: { id: { in: [annMark.id, bobMark.id] } } })).toBe(2), 3000);
    expect((await services.list(as(people.ann), SLUG, S, page)).items[0].revealed).toBe(true);
    console.info(`private marks reached a reader ${took} ms after the reveal`);
  });

  it('refuses a private mark once private mode is off', async () => {
    await privateMode(false);
    expect(await codeOf(services.create(as(people.ann), SLUG, S, markBy(people.ann)))).toBe('private_mode_off');
  });
});
