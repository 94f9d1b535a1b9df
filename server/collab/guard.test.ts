import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, deleteAnnotation, newAnnotationId, sessionMap, updateAnnotation, type Annotation } from '@/lib/collab/annotation';

import { CLOSE_FORBIDDEN, CLOSE_INVALID, UpdateGuard, type Actor, type RoomRules } from './guard';
import { COLLAB_LIMITS } from './limits';

const rules: RoomRules = { bounds: [-0.12, 51.5, -0.08, 51.53], process: { id: 'p1', status: 'open' } };
const person = (id: string, name: string, role: Actor['role'], more: Partial<Actor> = {}): Actor => ({ id, name, role, blocked: false, deleted: false, guestOf: null, ...more });
const sam = person('sam', 'Sam', 'citizen');
const kim = person('kim', 'Kim', 'citizen');
const fran = person('fran', 'Fran', 'facilitator');
const gus = person('gus', 'Gus', 'guest', { guestOf: { sessionId: 's1', processId: 'p1', ended: false } });

const mark = (author: Actor, patch: Partial<Annotation> = {}): Annotation => ({
  id: newAnnotationId(),
  kind: 'point',
  geometry: { type: 'Point', coordinates: [-0.1, 51.51] },
  category: 'idea',
  text: 'A bench here',
  authorId: author.id,
  authorName: author.name,
  createdAt: 1,
  updatedAt: 1,
  ...patch,
});

/** A server doc with its guard, and a client replica that records the update each change makes. */
function setup() {
  const real = new Y.Doc();
  const guard = new UpdateGuard(real);
  const client = new Y.Doc();
  const change = (edit: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    edit(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  const submit = (update: Uint8Array, actor: Actor, roomRules = rules) => {
    const verdict = guard.judge(update, actor, roomRules);
    if (verdict.ok) Y.applyUpdate(real, update);
    return verdict;
  };
  /** A new client that starts from the server's current state and makes one change. */
  const fromServer = (edit: (doc: Y.Doc) => void) => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(real));
    const before = Y.encodeStateVector(replica);
    edit(replica);
    return Y.encodeStateAsUpdate(replica, before);
  };
  return { real, client, change, submit, fromServer };
}

describe('update guard', () => {
  it('lets a citizen add a mark signed with their own name', () => {
    const { real, change, submit } = setup();
    const annotation = mark(sam);
    expect(submit(change((doc) => addAnnotation(doc, annotation)), sam)).toMatchObject({ ok: true, changedIds: [annotation.id] });
    expect(annotationsMap(real).get(annotation.id)?.get('text')).toBe('A bench here');
  });

  it('keeps a mark’s reference to a layer feature and a scenario, and refuses a feature without its layer', () => {
    const { real, change, submit } = setup();
    const onFeature = mark(sam, { layerId: 'layer1', featureId: '42', scenarioId: 'plan2035' });
    expect(submit(change((doc) => addAnnotation(doc, onFeature)), sam)).toMatchObject({ ok: true });
    expect(annotationsMap(real).get(onFeature.id)?.get('featureId')).toBe('42');
    expect(submit(change((doc) => addAnnotation(doc, mark(sam, { featureId: '7' }))), sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(submit(change((doc) => addAnnotation(doc, mark(sam, { layerId: '../../etc' }))), sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
  });

  it('refuses a mark with no text, new or emptied, as the form does', () => {
    const { fromServer, submit } = setup();
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(sam, { text: '  ' }))), sam)).toMatchObject({ ok: false, code: CLOSE_INVALID, reason: expect.stringMatching(/^invalidMark: text/) });
    const kept = mark(sam);
    expect(submit(fromServer((doc) => addAnnotation(doc, kept)), sam)).toMatchObject({ ok: true });
    expect(submit(fromServer((doc) => updateAnnotation(doc, kept.id, { text: '' })), sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
  });

  it('refuses a mark signed with someone else’s id or name', () => {
    const { fromServer, submit } = setup();
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(kim))), sam)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    expect(submit(fromServer((doc) => addAnnotation(doc, mark({ ...sam, name: 'The Mayor' }))), sam)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it('lets authors edit and delete their own marks, and not others’', () => {
    const { real, change, submit, fromServer } = setup();
    const sams = mark(sam);
    submit(change((doc) => addAnnotation(doc, sams)), sam);
    expect(submit(change((doc) => updateAnnotation(doc, sams.id, { text: 'Two benches' })), sam).ok).toBe(true);
    expect(submit(fromServer((doc) => updateAnnotation(doc, sams.id, { text: 'Vandalised' })), kim)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    expect(submit(fromServer((doc) => deleteAnnotation(doc, sams.id)), kim)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    expect(annotationsMap(real).get(sams.id)?.get('text')).toBe('Two benches');
    expect(submit(fromServer((doc) => deleteAnnotation(doc, sams.id)), sam).ok).toBe(true);
    expect(annotationsMap(real).has(sams.id)).toBe(false);
  });

  it('lets a facilitator edit and delete anyone’s marks, but not change their author', () => {
    const { real, change, submit, fromServer } = setup();
    const sams = mark(sam);
    submit(change((doc) => addAnnotation(doc, sams)), sam);
    expect(submit(fromServer((doc) => updateAnnotation(doc, sams.id, { category: 'concern' })), fran).ok).toBe(true);
    expect(submit(fromServer((doc) => annotationsMap(doc).get(sams.id)!.set('authorId', 'fran')), fran)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    expect(submit(fromServer((doc) => deleteAnnotation(doc, sams.id)), fran).ok).toBe(true);
    expect(annotationsMap(real).has(sams.id)).toBe(false);
  });

  it('judges a second update correctly after refusing the first', () => {
    const { change, submit, fromServer } = setup();
    const refused = mark(sam, { geometry: { type: 'Point', coordinates: [2.35, 48.85] } });
    expect(submit(change((doc) => addAnnotation(doc, refused)), sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(sam))), sam).ok).toBe(true);
  });

  it('keeps the live session to facilitators, and a locked map to them too', () => {
    const { submit, fromServer } = setup();
    expect(submit(fromServer((doc) => sessionMap(doc).set('locked', true)), sam)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    expect(submit(fromServer((doc) => sessionMap(doc).set('locked', true)), fran).ok).toBe(true);
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(sam))), sam)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(fran))), fran).ok).toBe(true);
  });

  it('takes no edits in a closed process', () => {
    const { change, submit } = setup();
    expect(submit(change((doc) => addAnnotation(doc, mark(fran))), fran, { ...rules, process: { id: 'p1', status: 'closed' } })).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it('lets a guest of this process’s live session add and change their own marks, and nobody else’s', () => {
    const { change, submit } = setup();
    const own = mark(gus);
    expect(submit(change((doc) => addAnnotation(doc, own)), gus).ok).toBe(true);
    expect(submit(change((doc) => updateAnnotation(doc, own.id, { text: 'Better here' })), gus).ok).toBe(true);
    const samMark = mark(sam);
    expect(submit(change((doc) => addAnnotation(doc, samMark)), sam).ok).toBe(true);
    expect(submit(change((doc) => updateAnnotation(doc, samMark.id, { text: 'mine now' })), gus)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it('refuses a guest whose session has ended, or who belongs to another process', () => {
    const ended = person('gus', 'Gus', 'guest', { guestOf: { sessionId: 's1', processId: 'p1', ended: true } });
    const elsewhere = person('gus', 'Gus', 'guest', { guestOf: { sessionId: 's2', processId: 'p2', ended: false } });
    for (const who of [ended, elsewhere]) {
      const { change, submit } = setup();
      expect(submit(change((doc) => addAnnotation(doc, mark(who))), who)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    }
  });

  it('refuses a blocked person even when their socket is still open', () => {
    const { change, submit } = setup();
    const blocked = person('sam', 'Sam', 'citizen', { blocked: true });
    expect(submit(change((doc) => addAnnotation(doc, mark(blocked))), blocked)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it('accepts a mark created and deleted in one update, and leaves nothing behind', () => {
    const { change, submit, real } = setup();
    const brief = mark(sam);
    expect(submit(change((doc) => doc.transact(() => { addAnnotation(doc, brief); deleteAnnotation(doc, brief.id); })), sam).ok).toBe(true);
    expect(annotationsMap(real).has(brief.id)).toBe(false);
  });

  it('refuses a mark stored under another id than its own', () => {
    const { change, submit, real } = setup();
    const misfiled = mark(sam);
    const update = change((doc) => {
      const entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(misfiled)) entry.set(key, value);
      annotationsMap(doc).set(`${misfiled.id}x`, entry as never);
    });
    expect(submit(update, sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(annotationsMap(real).size).toBe(0);
  });

  it.each([
    ['another top-level type', (doc: Y.Doc) => doc.getMap('evil').set('x', 1)],
    ['an array at the top', (doc: Y.Doc) => doc.getArray('annotations2').push([1])],
    ['a plain value instead of a mark', (doc: Y.Doc) => annotationsMap(doc).set('abcdefgh', 'x' as never)],
    ['unknown fields', (doc: Y.Doc) => addAnnotation(doc, { ...mark(sam), onclick: 'alert(1)' } as Annotation)],
    ['oversized text', (doc: Y.Doc) => addAnnotation(doc, mark(sam, { text: 'x'.repeat(5000) }))],
    ['a self-crossing area', (doc: Y.Doc) => addAnnotation(doc, mark(sam, { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [[[-0.11, 51.51], [-0.1, 51.52], [-0.1, 51.51], [-0.11, 51.52], [-0.11, 51.51]]] } }))],
    ['a nested shared type', (doc: Y.Doc) => { const entry = new Y.Map(); entry.set('nested', new Y.Map()); annotationsMap(doc).set('abcdefgh', entry); }],
  ])('refuses %s as invalid', (_label, edit) => {
    const { change, submit, real } = setup();
    expect(submit(change(edit), sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(Y.encodeStateAsUpdate(real)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });

  it('refuses garbage bytes and updates that depend on unknown changes', () => {
    const { submit, change } = setup();
    expect(submit(new Uint8Array([1, 2, 3, 250, 250, 250]), sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    change((doc) => addAnnotation(doc, mark(sam)));
    const second = change((doc) => addAnnotation(doc, mark(sam)));
    expect(submit(second, sam)).toMatchObject({ ok: false, code: CLOSE_INVALID });
  });

  it('refuses one change that touches more marks than the limit, as forbidden, and takes the limit itself', () => {
    const { submit, fromServer } = setup();
    const many = (count: number) => fromServer((doc) => doc.transact(() => Array.from({ length: count }, () => addAnnotation(doc, mark(sam)))));
    expect(submit(many(COLLAB_LIMITS.marksPerUpdate + 1), sam)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN, reason: expect.stringMatching(/^change_too_large: /) });
    expect(submit(many(COLLAB_LIMITS.marksPerUpdate), sam).ok).toBe(true);
  });

  it('accepts an empty update without changes', () => {
    const { submit } = setup();
    expect(submit(Y.encodeStateAsUpdate(new Y.Doc()), sam)).toMatchObject({ ok: true, empty: true });
  });
});

describe('update guard in a live session', () => {
  const agenda = [
    { id: 'explore', title: 'Explore', instructions: '', allows: [] },
    { id: 'problems', title: 'Mark problems', instructions: '', allows: ['marks' as const] },
  ];
  const live: RoomRules = { ...rules, live: { sessionId: 's1', phases: agenda, phase: 'explore' } };
  const setSession = (key: string, value: unknown) => (doc: Y.Doc) => sessionMap(doc).set(key, value);

  it('lets only facilitators write the session, each key with a value its schema takes', () => {
    const { fromServer, submit } = setup();
    expect(submit(fromServer(setSession('phase', 'problems')), sam, live)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN, reason: expect.stringMatching(/^sessionOnly:/) });
    expect(submit(fromServer(setSession('phase', 'problems')), gus, live)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
    expect(submit(fromServer(setSession('follow', { center: [-0.1, 51.5], zoom: 14, bearing: 0, pitch: 0 })), fran, live)).toMatchObject({ ok: true });
    expect(submit(fromServer(setSession('follow', { center: [500, 51.5], zoom: 14, bearing: 0, pitch: 0 })), fran, live)).toMatchObject({ ok: false, code: CLOSE_INVALID, reason: expect.stringMatching(/^invalidSession:/) });
    expect(submit(fromServer(setSession('follow', '<script>')), fran, live)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(submit(fromServer(setSession('colour', 'red')), fran, live)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(submit(fromServer((doc) => sessionMap(doc).set('spotlight', new Y.Map())), fran, live)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(submit(fromServer(setSession('sessionId', 'another')), fran, live)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it('takes a phase only from the live session’s agenda', () => {
    const { fromServer, submit } = setup();
    expect(submit(fromServer(setSession('phase', 'vote')), fran, live)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(submit(fromServer(setSession('phase', 'explore')), fran, rules)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(submit(fromServer(setSession('phase', 'explore')), fran, live)).toMatchObject({ ok: true });
  });

  it('refuses participants’ marks the phase does not allow, and new ones in private mode', () => {
    const { fromServer, submit } = setup();
    expect(submit(fromServer(setSession('phase', 'explore')), fran, live)).toMatchObject({ ok: true });
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(gus))), gus, live)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN, reason: expect.stringMatching(/^phase_not_allowed:/) });
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(fran))), fran, live)).toMatchObject({ ok: true });
    // Without a live session the same phase value restricts nothing.
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(sam))), sam, rules)).toMatchObject({ ok: true });
    expect(submit(fromServer(setSession('phase', 'problems')), fran, live)).toMatchObject({ ok: true });
    const kept = mark(gus);
    expect(submit(fromServer((doc) => addAnnotation(doc, kept)), gus, live)).toMatchObject({ ok: true });
    expect(submit(fromServer(setSession('privateMode', true)), fran, live)).toMatchObject({ ok: true });
    expect(submit(fromServer((doc) => addAnnotation(doc, mark(gus))), gus, live)).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN, reason: expect.stringMatching(/^private_mode:/) });
    expect(submit(fromServer((doc) => updateAnnotation(doc, kept.id, { text: 'Still mine' })), gus, live)).toMatchObject({ ok: true });
  });
});
