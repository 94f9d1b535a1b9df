// Hidden means hidden: a moderator's hide (made by the web app, in the database) takes the mark's
// words and shape out of the shared document, its row keeps them for moderators, and a restore
// puts it back exactly as it was, also when the hide was made while the collab server was down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, listAnnotations } from '@/lib/collab/annotation';

import { connect, eventually, synced } from './testing/harness';
import { markBy, startFixture, type Fixture, type Person } from './testing/fixture';

let fixture: Fixture;
let sam: Person;
let kim: Person;

const holds = (update: Uint8Array, text: string) => Buffer.from(update).includes(Buffer.from(text));

async function storedLog(): Promise<Uint8Array[]> {
  const [snapshot, updates] = await Promise.all([
    fixture.db.collabSnapshot.findUnique({ where: { room: fixture.room } }),
    fixture.db.collabUpdate.findMany({ where: { room: fixture.room } }),
  ]);
  return [...(snapshot ? [new Uint8Array(snapshot.state)] : []), ...updates.map((row) => new Uint8Array(row.update))];
}

async function drawnAndProjected(text: string) {
  const client = await fixture.join(sam);
  const annotation = markBy(sam, { text, kind: 'line', geometry: { type: 'LineString', coordinates: [[-0.1, 51.51], [-0.09, 51.52]] } });
  addAnnotation(client.doc, annotation);
  await eventually(async () => expect(await fixture.db.annotation.findUnique({ where: { id: annotation.id } })).not.toBeNull(), 3000);
  return { client, annotation };
}

const hide = (id: string) => fixture.db.annotation.update({ where: { id }, data: { hiddenAt: new Date(), hiddenReason: 'insult' } });
const restore = (id: string) => fixture.db.annotation.update({ where: { id }, data: { hiddenAt: null, hiddenReason: null } });

beforeAll(async () => {
  fixture = await startFixture();
  [sam, kim] = [await fixture.person('Sam'), await fixture.person('Kim')];
}, 60_000);

afterAll(async () => {
  await fixture?.stop();
});

describe('hidden marks', () => {
  it('takes a hidden mark’s words out of every document and of storage, and keeps its row for moderators', async () => {
    const text = `Rude words ${Date.now()}`;
    const { client, annotation } = await drawnAndProjected(text);
    const reader = await fixture.join(kim);
    await eventually(() => expect(annotationsMap(reader.doc).has(annotation.id)).toBe(true));

    await hide(annotation.id);
    await eventually(() => expect(annotationsMap(reader.doc).has(annotation.id)).toBe(false), 2000);
    await eventually(() => expect(annotationsMap(client.doc).has(annotation.id)).toBe(false), 2000);
    expect(holds(Y.encodeStateAsUpdate(reader.doc), text)).toBe(false);

    const fresh = await fixture.join(kim);
    expect(holds(Y.encodeStateAsUpdate(fresh.doc), text)).toBe(false);
    await eventually(async () => expect((await storedLog()).some((update) => holds(update, text))).toBe(false), 3000);

    await new Promise((resolve) => setTimeout(resolve, 600)); // past the projection's delay
    const row = await fixture.db.annotation.findUnique({ where: { id: annotation.id } });
    expect(row).toMatchObject({ text, hiddenReason: 'insult', hiddenInDoc: true });
    expect(row?.hiddenAt).not.toBeNull();
  });

  it('restores a hidden mark exactly as it was: same id, fields, author and times', async () => {
    const { annotation } = await drawnAndProjected(`Restore me ${Date.now()}`);
    const reader = await fixture.join(kim);
    await hide(annotation.id);
    await eventually(() => expect(annotationsMap(reader.doc).has(annotation.id)).toBe(false), 2000);

    await restore(annotation.id);
    await eventually(() => expect(listAnnotations(reader.doc).find((a) => a.id === annotation.id)).toEqual(annotation), 2000);
    await eventually(async () => expect(await fixture.db.annotation.findUnique({ where: { id: annotation.id } })).toMatchObject({ hiddenAt: null, hiddenInDoc: false }), 2000);
    // Its author may change it again as before.
    const author = await fixture.join(sam);
    annotationsMap(author.doc).get(annotation.id)!.set('text', 'Changed after the restore');
    await eventually(() => expect(annotationsMap(reader.doc).get(annotation.id)?.get('text')).toBe('Changed after the restore'));
  });

  it('applies a hide made while the collab server was down as soon as the room loads', async () => {
    const text = `Hidden while down ${Date.now()}`;
    const { client, annotation } = await drawnAndProjected(text);
    client.provider.destroy();
    await fixture.stopServer();
    await hide(annotation.id);
    await fixture.startServer();

    const reader = connect(fixture.server.port, fixture.room, await fixture.token(kim));
    await synced(reader);
    expect(annotationsMap(reader.doc).has(annotation.id)).toBe(false);
    expect(holds(Y.encodeStateAsUpdate(reader.doc), text)).toBe(false);
    expect(await fixture.db.annotation.findUnique({ where: { id: annotation.id } })).toMatchObject({ text, hiddenInDoc: true });
    reader.provider.destroy();
  }, 60_000);
});
