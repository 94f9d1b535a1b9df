// Rights change at once, on sockets already open: a block, an account deletion and a role change
// made by another process reach the collab server within a second.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CLOSE_GONE } from '@/lib/collab/close-codes';
import { addAnnotation, annotationsMap, deleteAnnotation, FORMER_PARTICIPANT_NAME } from '@/lib/collab/annotation';

import { eventually } from './testing/harness';
import { closedWithin, markBy, startFixture, type Fixture } from './testing/fixture';

let fixture: Fixture;

beforeAll(async () => {
  fixture = await startFixture();
}, 60_000);

afterAll(async () => {
  await fixture?.stop();
});

describe('rights that change while connected', () => {
  it('closes a blocked person’s open socket for good within a second, and others carry on', async () => {
    const [pat, witness] = [await fixture.person('Pat'), await fixture.person('Wit')];
    const [patClient, witnessClient] = [await fixture.join(pat), await fixture.join(witness)];
    const blockedAt = Date.now();
    await fixture.db.user.update({ where: { id: pat.id }, data: { blockedAt: new Date(), blockedReason: 'spam' } });
    const closed = await closedWithin(patClient, blockedAt);
    expect(closed).toMatchObject({ code: CLOSE_GONE });
    expect(closed.reason).toMatch(/^blocked:/);
    expect(closed.afterMs).toBeLessThan(1000);
    expect(witnessClient.provider.wsconnected).toBe(true);
    // The refusal is final: a new socket is refused at once with the same code.
    expect(await (await fixture.connectOnly(pat)).closed).toMatchObject({ code: CLOSE_GONE });
  });

  it('closes a deleted account’s socket within a second, refuses it at connect, and unnames its marks at once', async () => {
    const [lee, witness] = [await fixture.person('Lee'), await fixture.person('Wendy')];
    const [client, witnessClient] = [await fixture.join(lee), await fixture.join(witness)];
    const lees = markBy(lee);
    addAnnotation(client.doc, lees);
    await eventually(() => expect(annotationsMap(witnessClient.doc).has(lees.id)).toBe(true));
    const deletedAt = Date.now();
    await fixture.db.user.update({ where: { id: lee.id }, data: { deletedAt: new Date(), email: null, name: FORMER_PARTICIPANT_NAME } });
    const closed = await closedWithin(client, deletedAt);
    expect(closed).toMatchObject({ code: CLOSE_GONE });
    expect(closed.reason).toMatch(/^account_deleted:/);
    expect(closed.afterMs).toBeLessThan(1000);
    expect(await (await fixture.connectOnly(lee)).closed).toMatchObject({ code: CLOSE_GONE, reason: expect.stringMatching(/^account_deleted:/) });
    await eventually(() => expect(annotationsMap(witnessClient.doc).get(lees.id)?.toJSON()).toMatchObject({ text: lees.text, authorName: FORMER_PARTICIPANT_NAME }));
  });

  it('judges the next change by the new role, without reconnecting', async () => {
    const [sam, kim] = [await fixture.person('Sam'), await fixture.person('Kim')];
    const [samClient, kimClient] = [await fixture.join(sam), await fixture.join(kim)];
    const sams = markBy(sam);
    addAnnotation(samClient.doc, sams);
    await eventually(() => expect(annotationsMap(kimClient.doc).has(sams.id)).toBe(true));

    await fixture.db.user.update({ where: { id: kim.id }, data: { role: 'facilitator' } });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    deleteAnnotation(kimClient.doc, sams.id);
    await eventually(() => expect(annotationsMap(samClient.doc).has(sams.id)).toBe(false));
    expect(kimClient.provider.wsconnected).toBe(true);

    const another = markBy(sam);
    addAnnotation(samClient.doc, another);
    await eventually(() => expect(annotationsMap(kimClient.doc).has(another.id)).toBe(true));
    await fixture.db.user.update({ where: { id: kim.id }, data: { role: 'citizen' } });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    deleteAnnotation(kimClient.doc, another.id);
    expect(await kimClient.closed).toMatchObject({ code: 4403 });
    expect(annotationsMap(samClient.doc).has(another.id)).toBe(true);
  });

  it('takes no more edits once the process is closed, from the next change on', async () => {
    const ann = await fixture.person('Ann');
    const client = await fixture.join(ann);
    await fixture.db.process.update({ where: { id: fixture.processId }, data: { status: 'closed' } });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    addAnnotation(client.doc, markBy(ann));
    expect(await client.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/^process_closed:/) });
    await fixture.db.process.update({ where: { id: fixture.processId }, data: { status: 'open' } });
  });
});
