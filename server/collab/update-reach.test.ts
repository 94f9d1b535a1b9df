import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, deleteAnnotation, sessionMap, type Annotation } from '@/lib/collab/annotation';

import { partOf, reachOf } from './update-reach';

const mark = (id: string, text: string): Annotation => ({ id, kind: 'point', geometry: { type: 'Point', coordinates: [-0.1, 51.51] }, category: 'idea', text, authorId: 'sam', authorName: 'Sam', createdAt: 1, updatedAt: 1 });

/** A deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const fullCopy = (doc: Y.Doc) => {
  const copy = new Y.Doc();
  annotationsMap(copy);
  sessionMap(copy);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

/** Applies an update to a document and returns the keys it changed in the annotations map. */
function applyAndWatch(doc: Y.Doc, update: Uint8Array) {
  let keys: string[] = [];
  const watch = (event: Y.YMapEvent<Y.Map<unknown>>) => {
    keys = [...event.keysChanged].sort();
  };
  annotationsMap(doc).observe(watch);
  Y.applyUpdate(doc, update);
  annotationsMap(doc).unobserve(watch);
  return keys;
}

describe('the part of a room an update reaches', () => {
  it('integrates every update exactly as the whole room does, concurrent edits included', () => {
    const next = random(7);
    const ids = Array.from({ length: 12 }, (_, i) => `mark${String(i).padStart(4, '0')}`);
    const room = new Y.Doc();
    for (let round = 0; round < 40; round += 1) {
      // Several replicas start from the room, drift apart, and send their changes in turn.
      const replicas = Array.from({ length: 3 }, () => fullCopy(room));
      const updates = replicas.map((replica) => {
        const before = Y.encodeStateVector(replica);
        for (let edit = 0; edit < 1 + Math.floor(next() * 4); edit += 1) {
          const id = ids[Math.floor(next() * ids.length)];
          const entry = annotationsMap(replica).get(id);
          const roll = next();
          if (!entry || roll < 0.15) addAnnotation(replica, mark(id, `text ${round}.${edit}`));
          else if (roll < 0.3) deleteAnnotation(replica, id);
          else if (roll < 0.35) sessionMap(replica).set('locked', next() < 0.5);
          else entry.set(next() < 0.5 ? 'text' : 'category', `v${round}.${edit}`);
        }
        return Y.encodeStateAsUpdate(replica, before);
      });
      for (const update of updates) {
        const reach = reachOf(room, update);
        const part = partOf(room, reach);
        const whole = fullCopy(room);
        expect(part.store.pendingStructs).toBeNull();
        const partKeys = applyAndWatch(part, update);
        expect(partKeys).toEqual(applyAndWatch(whole, update));
        for (const id of reach.marks) expect(annotationsMap(part).get(id)?.toJSON()).toEqual(annotationsMap(whole).get(id)?.toJSON());
        if (reach.session) expect(sessionMap(part).toJSON()).toEqual(sessionMap(whole).toJSON());
        for (const id of partKeys) expect(reach.marks.has(id)).toBe(true);
        Y.applyUpdate(room, update);
      }
    }
    expect(annotationsMap(room).size).toBeGreaterThan(0);
  });

  it('holds only the marks an update touches, however large the room', () => {
    const room = new Y.Doc();
    for (let i = 0; i < 2000; i += 1) addAnnotation(room, mark(`mark${String(i).padStart(4, '0')}`, 'a bench'));
    const replica = fullCopy(room);
    const before = Y.encodeStateVector(replica);
    annotationsMap(replica).get('mark0042')!.set('text', 'two benches');
    const update = Y.encodeStateAsUpdate(replica, before);
    const reach = reachOf(room, update);
    expect([...reach.marks]).toEqual(['mark0042']);
    const part = partOf(room, reach);
    expect([...annotationsMap(part).keys()]).toEqual(['mark0042']);
    expect(Y.encodeStateAsUpdate(part).length).toBeLessThan(Y.encodeStateAsUpdate(room).length / 100);
  });

  it('throws on an update that cannot be read', () => {
    expect(() => reachOf(new Y.Doc(), new Uint8Array([1, 2, 3, 250, 250, 250]))).toThrow();
  });
});
