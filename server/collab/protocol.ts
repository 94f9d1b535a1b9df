// The y-websocket wire protocol (y-protocols' sync and awareness messages), read and written here
// so the room sees an update before anything applies it.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export type IncomingMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  /** `answer`: the client's reply to the server's sync step 1 (what it has that the server lacks). */
  | { type: 'update'; update: Uint8Array; answer: boolean }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'ignored' };

/** Decodes one client message; throws on malformed input. */
export function decodeMessage(message: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(message);
  const kind = decoding.readVarUint(decoder);
  if (kind === MESSAGE_SYNC) {
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      Y.decodeStateVector(payload); // read now: a malformed one is refused like any malformed frame
      return { type: 'sync-step-1', stateVector: payload };
    }
    if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) return { type: 'update', update: payload, answer: step === syncProtocol.messageYjsSyncStep2 };
    throw new Error(`unknown sync step ${step}`);
  }
  if (kind === MESSAGE_AWARENESS) return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (kind === MESSAGE_QUERY_AWARENESS) return { type: 'query-awareness' };
  if (kind === MESSAGE_AUTH) return { type: 'ignored' };
  throw new Error(`unknown message type ${kind}`);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

export type AwarenessEntry = { clientId: number; clock: number; state: unknown };
/** An entry as read: its state still JSON text, parsed only for entries that are kept. */
export type RawAwarenessEntry = { clientId: number; clock: number; json: string };

/** The entries of an awareness update; throws on malformed input or more than `max` entries. */
export function readAwarenessEntries(update: Uint8Array, max = Infinity): RawAwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > max) throw new RangeError(`${count} presence entries, at most ${max}`);
  const entries: RawAwarenessEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, json: decoding.readVarString(decoder) });
  }
  return entries;
}

/** A presence message of these entries, as a client sends it. */
export function awarenessEntriesMessage(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encodeAwarenessEntries(entries));
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
