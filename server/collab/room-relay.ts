// Several collab servers share a room through the signal bus (Redis): each update is judged and
// stored by the server it arrived on, then published on the room's channel with that server's id;
// the others apply it to their copy and send it to their clients, without judging or storing it
// again. Presence goes the same way. A server that loads a room listens before it reads storage,
// so nothing published meanwhile is missed (a Yjs update applied twice changes nothing).
import { randomUUID } from 'node:crypto';

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

import type { SignalBus } from '@/server/signals/signal-bus';
import { log } from '@/server/log/log';

/** The transaction origin of what another server accepted: never published again, never mirrored twice. */
export const FROM_ANOTHER_SERVER = Symbol.for('civictwin.fromAnotherServer');

const UPDATE = 0;
const AWARENESS = 1;

export type RelayHandlers = { update(update: Uint8Array): void; awareness(update: Uint8Array): void };

export type RoomLink = {
  publishUpdate(update: Uint8Array): void;
  publishAwareness(update: Uint8Array): void;
  leave(): Promise<void>;
};

export type RoomRelay = {
  /** Resolves once this server hears the room: read storage after it. */
  join(room: string, handlers: RelayHandlers): Promise<RoomLink>;
};

export function createRoomRelay(bus: SignalBus, serverId: string = randomUUID()): RoomRelay {
  return {
    async join(room, handlers) {
      const channel = `civictwin:room:${room}`;
      const leave = await bus.subscribe(channel, (message) => {
        let from: string, kind: number, payload: Uint8Array;
        try {
          const decoder = decoding.createDecoder(message);
          [from, kind, payload] = [decoding.readVarString(decoder), decoding.readVarUint(decoder), decoding.readVarUint8Array(decoder)];
        } catch {
          return log.error('a relayed message could not be read', { channel });
        }
        if (from === serverId) return;
        if (kind === UPDATE) handlers.update(payload);
        else if (kind === AWARENESS) handlers.awareness(payload);
      });
      const publish = (kind: number, payload: Uint8Array) => {
        const encoder = encoding.createEncoder();
        encoding.writeVarString(encoder, serverId);
        encoding.writeVarUint(encoder, kind);
        encoding.writeVarUint8Array(encoder, payload);
        bus.publish(channel, encoding.toUint8Array(encoder));
      };
      return {
        publishUpdate: (update) => publish(UPDATE, update),
        publishAwareness: (update) => publish(AWARENESS, update),
        leave,
      };
    },
  };
}
