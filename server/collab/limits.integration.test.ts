// The real collab server process against one person who sends too much: each limit of limits.ts,
// and a malformed state vector (the flood of refused changes: behaviours/refused-flood.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { addAnnotation, annotationsMap } from '@/lib/collab/annotation';
import { presenceColor } from '@/lib/policy/presence';

import { COLLAB_LIMITS } from './limits';
import { awarenessEntriesMessage } from './protocol';
import { eventually } from './testing/harness';
import { markBy, startFixture, type Fixture, type Person } from './testing/fixture';

let fixture: Fixture;
let sam: Person;
let kim: Person;
let fran: Person;

beforeAll(async () => {
  fixture = await startFixture();
  [sam, kim, fran] = [await fixture.person('Sam'), await fixture.person('Kim'), await fixture.person('Fran', 'facilitator')];
}, 60_000);

afterAll(() => fixture?.stop());

type RawSocket = { socket: WebSocket; closed: Promise<{ code: number; reason: string }> };

/** A bare socket in the room: sends frames as they are, nothing else. */
async function rawSocket(person: Person): Promise<RawSocket> {
  const socket = new WebSocket(`ws://localhost:${fixture.server.port}/${encodeURIComponent(fixture.room)}?token=${await fixture.token(person)}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('open', resolve));
  return { socket, closed };
}

/** The close, or `open` when the socket is still open after `ms`. */
const closeOrOpen = (closed: Promise<{ code: number; reason: string }>, ms = 3000) => Promise.race([closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);

const syncStep1 = (payload: Uint8Array) => {
  const frame = new Uint8Array(payload.length + 6);
  let length = payload.length;
  let offset = 2; // message 0 (sync), step 0
  while (length > 127) {
    frame[offset++] = (length & 127) | 128;
    length >>>= 7;
  }
  frame[offset++] = length;
  frame.set(payload, offset);
  return frame.subarray(0, offset + payload.length);
};

const presenceOf = (person: Person) => ({ user: { id: person.id, name: person.name, color: presenceColor(person.id) }, cursor: null, draft: null });

describe('limits per connection', () => {
  it('closes a connection that sends more messages a second than a person can, and not one that keeps to the pace', async () => {
    const calm = await rawSocket(sam);
    const flood = await rawSocket(kim);
    for (let i = 0; i < COLLAB_LIMITS.messageBurst + 20; i += 1) flood.socket.send(new Uint8Array([3])); // "who is here?"
    expect(await closeOrOpen(flood.closed)).toMatchObject({ code: 4429, reason: expect.stringMatching(/^rate_limited: /) });
    for (let i = 0; i < 10; i += 1) {
      calm.socket.send(new Uint8Array([3]));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await closeOrOpen(calm.closed, 500)).toBe('open');
    calm.socket.close();
  });

  it('closes a connection that sends more bytes a second than the limit', async () => {
    const flood = await rawSocket(kim);
    const padded = new Uint8Array(1_900_000); // a state vector of nobody, and padding the server ignores
    for (let i = 0; i < Math.ceil(COLLAB_LIMITS.byteBurst / padded.length) + 1; i += 1) flood.socket.send(syncStep1(padded));
    expect(await closeOrOpen(flood.closed)).toMatchObject({ code: 4429, reason: expect.stringMatching(/^rate_limited: /) });
  });

  it('refuses one change that touches more marks than the limit, like a forbidden one', async () => {
    const client = await fixture.join(sam);
    client.doc.transact(() => {
      for (let i = 0; i <= COLLAB_LIMITS.marksPerUpdate; i += 1) addAnnotation(client.doc, markBy(sam));
    });
    expect(await closeOrOpen(client.closed)).toMatchObject({ code: 4403, reason: expect.stringMatching(/^change_too_large: /) });
    const witness = await fixture.join(fran);
    expect(annotationsMap(witness.doc).size).toBe(0);
  });

  it('refuses a presence message with more entries than the limit, and more presences than one connection may own', async () => {
    const many = await rawSocket(sam);
    const entries = Array.from({ length: COLLAB_LIMITS.presenceEntriesPerMessage + 1 }, (_, i) => ({ clientId: 1_000_000 + i, clock: 1, state: presenceOf(sam) }));
    many.socket.send(awarenessEntriesMessage(entries));
    expect(await closeOrOpen(many.closed)).toMatchObject({ code: 4400, reason: expect.stringMatching(/^presence: /) });

    const clones = await rawSocket(sam);
    clones.socket.send(awarenessEntriesMessage(entries.slice(0, COLLAB_LIMITS.presenceClientsPerConnection + 1)));
    expect(await closeOrOpen(clones.closed)).toMatchObject({ code: 4400, reason: expect.stringMatching(/^presence: /) });
  });
});

describe('malformed frames', () => {
  it('refuses a malformed state vector in sync step 1 as malformed, and the room goes on', async () => {
    const bad = await rawSocket(kim);
    bad.socket.send(syncStep1(new Uint8Array([5, 250]))); // says five clients, holds half of one
    expect(await closeOrOpen(bad.closed)).toMatchObject({ code: 4400, reason: expect.stringMatching(/^malformed: /) });
    const after = await fixture.join(sam);
    const annotation = markBy(sam);
    addAnnotation(after.doc, annotation);
    const witness = await fixture.join(fran);
    await eventually(() => expect(annotationsMap(witness.doc).has(annotation.id)).toBe(true));
  });
});
