// What an incoming update can reach in a room's document, read from the update itself: the marks
// (and whether the live session) it touches. Those parts are copied, with their Yjs ids, into a
// small document where the update is tried, so judging it costs in proportion to the update and
// the marks it touches, never to the size of the room.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

import { ANNOTATIONS, annotationsMap, SESSION, sessionMap } from '@/lib/collab/annotation';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types by their event type, and uses any itself.
type YType = Y.AbstractType<any>;

export type Reach = {
  /** Ids of the marks the update creates, changes, deletes or refers to. */
  marks: Set<string>;
  session: boolean;
  /** Every client id the update names: the small document holds the room's state for each. */
  clients: Set<number>;
};

/** The parts of `doc` an update reaches; throws when the update cannot be read. */
export function reachOf(doc: Y.Doc, update: Uint8Array): Reach {
  const { structs, ds } = Y.decodeUpdate(update);
  const store = doc.store;
  const annotations = annotationsMap(doc);
  const session = sessionMap(doc);
  const reach: Reach = { marks: new Set(), session: false, clients: new Set() };

  /** Where an item of the room lives: the mark it belongs to, or the session. */
  const own = (struct: Y.Item | Y.GC) => {
    if (!(struct instanceof Y.Item)) return;
    let item: Y.Item = struct;
    for (;;) {
      const parent = item.parent as YType | null;
      if (parent === annotations) {
        if (item.parentSub !== null) reach.marks.add(item.parentSub);
        return;
      }
      if (parent === session) {
        reach.session = true;
        return;
      }
      if (!parent?._item) return;
      item = parent._item;
    }
  };
  /** The room's structs from `clock` to `clock + length` (those it has). */
  const reachRange = (client: number, clock: number, length: number) => {
    reach.clients.add(client);
    const end = Math.min(clock + length, Y.getState(store, client));
    if (clock >= end) return;
    const held = store.clients.get(client)!;
    for (let i = Y.findIndexSS(held, clock); i < held.length && held[i].id.clock < end; i += 1) own(held[i]);
  };
  const reachId = (id: Y.ID | null) => id && reachRange(id.client, id.clock, 1);

  for (const struct of structs) {
    reach.clients.add(struct.id.client);
    if (!(struct instanceof Y.Item)) continue;
    reachId(struct.origin);
    reachId(struct.rightOrigin);
    const parent: unknown = struct.parent;
    if (parent instanceof Y.ID) reachId(parent);
    else if (parent === ANNOTATIONS && struct.parentSub !== null) reach.marks.add(struct.parentSub);
    else if (parent === SESSION) reach.session = true;
  }
  for (const [client, ranges] of ds.clients) for (const { clock, len } of ranges) reachRange(client, clock, len);
  return reach;
}

/**
 * A document holding only what the update reaches, under the same ids: each reached mark's whole
 * history (a map key's history is all Yjs consults to place a new value), the session when reached,
 * and stand-ins for the rest, so the update integrates exactly as it would in the room.
 */
export function partOf(doc: Y.Doc, reach: Reach): Y.Doc {
  const items = new Set<Y.Item>();
  const add = (item: Y.Item) => {
    items.add(item);
    if (!item.deleted && item.content instanceof Y.ContentType) addType(item.content.type);
  };
  const addChain = (last: Y.Item | null | undefined) => {
    for (let item = last ?? null; item !== null; item = item.left) add(item);
  };
  const addType = (type: YType) => {
    for (const last of type._map.values()) addChain(last);
    for (let item = type._start; item !== null; item = item.right) add(item);
  };
  const annotations = annotationsMap(doc);
  for (const id of reach.marks) addChain(annotations._map.get(id));
  if (reach.session) addType(sessionMap(doc));

  const byClient = new Map<number, Y.Item[]>();
  for (const client of reach.clients) byClient.set(client, []);
  for (const item of items) {
    if (!byClient.has(item.id.client)) byClient.set(item.id.client, []);
    byClient.get(item.id.client)!.push(item);
  }

  const encoder = new Y.UpdateEncoderV1();
  const written: [number, (Y.Item | Y.GC)[]][] = [];
  for (const [client, held] of byClient) {
    held.sort((a, b) => a.id.clock - b.id.clock);
    const structs: (Y.Item | Y.GC)[] = [];
    let clock = 0;
    const fillTo = (until: number) => {
      if (until > clock) structs.push(new Y.GC(Y.createID(client, clock), until - clock));
      clock = Math.max(clock, until);
    };
    for (const item of held) {
      fillTo(item.id.clock);
      structs.push(item);
      clock = item.id.clock + item.length;
    }
    fillTo(Y.getState(doc.store, client));
    if (structs.length > 0) written.push([client, structs]);
  }
  encoding.writeVarUint(encoder.restEncoder, written.length);
  for (const [client, structs] of written) {
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, 0);
    for (const struct of structs) struct.write(encoder, 0);
  }
  const deleted = [...byClient].map(([client, held]) => [client, held.filter((item) => item.deleted)] as const).filter(([, held]) => held.length > 0);
  encoding.writeVarUint(encoder.restEncoder, deleted.length);
  for (const [client, held] of deleted) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, held.length);
    for (const item of held) {
      encoder.writeDsClock(item.id.clock);
      encoder.writeDsLen(item.length);
    }
  }

  const part = new Y.Doc({ gc: doc.gc });
  // Define the known roots first: a root an update reaches before it is defined is integrated as
  // a generic type, and would not be recognised as "annotations".
  annotationsMap(part);
  sessionMap(part);
  Y.applyUpdate(part, encoder.toUint8Array());
  return part;
}
