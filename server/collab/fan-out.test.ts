import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { Connection } from './connection';
import { FanOut } from './fan-out';
import { decodeMessage } from './protocol';
import { person } from './testing/in-process';

const connection = (id: string) => {
  const received: Uint8Array[] = [];
  const value: Connection & { received: Uint8Array[] } = { actor: person(id, id, 'citizen'), id, send: (message) => received.push(message), close: () => undefined, received };
  return value;
};

describe('fan-out', () => {
  it('sends to everyone in the room but the sender', () => {
    const fanOut = new FanOut();
    const [sam, kim, lou] = [connection('sam'), connection('kim'), connection('lou')];
    for (const c of [sam, kim, lou]) fanOut.add(c);
    fanOut.send(new Uint8Array([1]), sam);
    expect([sam.received.length, kim.received.length, lou.received.length]).toEqual([0, 1, 1]);
    fanOut.send(new Uint8Array([2]));
    expect(sam.received).toHaveLength(1);
  });

  it('sends a stored group once to each connection, the senders only the others\u2019 changes', () => {
    const fanOut = new FanOut();
    const [sam, kim, lou] = [connection('sam'), connection('kim'), connection('lou')];
    for (const c of [sam, kim, lou]) fanOut.add(c);
    const change = (text: string) => {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, text);
      return Y.encodeStateAsUpdate(doc);
    };
    const group = [
      { update: change('sam'), origin: sam },
      { update: change('kim'), origin: kim },
    ];
    fanOut.sendGroup(group, Y.mergeUpdates(group.map((c) => c.update)));
    const received = (c: { received: Uint8Array[] }) => {
      const doc = new Y.Doc();
      for (const message of c.received) {
        const decoded = decodeMessage(message);
        if (decoded.type === 'update') Y.applyUpdate(doc, decoded.update);
      }
      return [c.received.length, doc.getText('t').length];
    };
    expect([received(sam), received(kim), received(lou)]).toEqual([[1, 3], [1, 3], [1, 6]]);
  });

  it('finds all the connections of one person, and forgets those that left', () => {
    const fanOut = new FanOut();
    const [tab1, tab2, kim] = [connection('sam'), connection('sam'), connection('kim')];
    for (const c of [tab1, tab2, kim]) fanOut.add(c);
    expect(fanOut.of('sam')).toEqual([tab1, tab2]);
    expect(fanOut.remove(tab1)).toBe(true);
    expect(fanOut.remove(tab1)).toBe(false);
    expect(fanOut.of('sam')).toEqual([tab2]);
    expect(fanOut.size).toBe(2);
  });
});
