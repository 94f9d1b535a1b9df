// Judges presence (Yjs awareness) before anyone sees it: a client may only publish its own client
// ids' states, as itself, in our palette, inside the territory (lib/policy/presence.ts).
import { checkPresence } from '@/lib/policy/presence';
import { CLOSE_FORBIDDEN, CLOSE_INVALID, type RefusalCode } from '@/lib/collab/close-codes';
import type { Bounds } from '@/lib/schemas/process';

import { isVisitor, type Connection } from './connection';
import { COLLAB_LIMITS, type CollabLimits } from './limits';
import { readAwarenessEntries, type AwarenessEntry } from './protocol';

/** A whole presence message (plain clients echo everyone's presence back). */
export const AWARENESS_MESSAGE_MAX_BYTES = 1024 * 1024;

export type PresenceVerdict = { ok: true; accepted: AwarenessEntry[] } | { ok: false; code: RefusalCode; reason: string };

const refuse = (code: RefusalCode, detail: string): PresenceVerdict => ({ ok: false, code, reason: `presence: ${detail}` });

export class PresenceGuard {
  private readonly owners = new Map<number, Connection>();
  private readonly clientsOf = new Map<Connection, Set<number>>();

  /**
   * @param clockOf the clock the room last accepted for a client id (0 when unknown): an echo of
   * someone else's state is harmless, a newer state for their id is a forgery.
   * @param heldElsewhere whether a client id is someone's on another collab server.
   */
  constructor(
    private readonly clockOf: (clientId: number) => number,
    private readonly limits: Pick<CollabLimits, 'presenceEntriesPerMessage' | 'presenceClientsPerConnection'> = COLLAB_LIMITS,
    private readonly heldElsewhere: (clientId: number) => boolean = () => false,
  ) {}

  judge(connection: Connection, update: Uint8Array, bounds: Bounds): PresenceVerdict {
    if (update.length > AWARENESS_MESSAGE_MAX_BYTES) return refuse(CLOSE_INVALID, 'the presence update is too large');
    let entries;
    try {
      entries = readAwarenessEntries(update, this.limits.presenceEntriesPerMessage);
    } catch (error) {
      return refuse(CLOSE_INVALID, error instanceof RangeError ? error.message : 'the presence update could not be read');
    }
    const accepted: AwarenessEntry[] = [];
    for (const { clientId, clock, json } of entries) {
      const owner = this.owners.get(clientId);
      if ((owner && owner !== connection) || (!owner && this.heldElsewhere(clientId))) {
        if (clock > this.clockOf(clientId)) return refuse(CLOSE_FORBIDDEN, 'presence of another person');
        continue;
      }
      if (json === 'null') {
        if (owner) accepted.push({ clientId, clock, state: null }); // leaving: one's own presence cleared
        continue; // otherwise an echo of someone who left
      }
      if (isVisitor(connection)) {
        if (json === '{}') accepted.push({ clientId, clock, state: {} });
        else return refuse(CLOSE_FORBIDDEN, 'visitors do not publish presence');
        continue;
      }
      const verdict = checkPresence(json, connection.actor!, bounds);
      if (!verdict.ok) return refuse(verdict.problem === 'forged' ? CLOSE_FORBIDDEN : CLOSE_INVALID, verdict.detail);
      accepted.push({ clientId, clock, state: verdict.state });
    }
    const claimed = new Set([...(this.clientsOf.get(connection) ?? []), ...accepted.map(({ clientId }) => clientId)]);
    if (claimed.size > this.limits.presenceClientsPerConnection) return refuse(CLOSE_INVALID, `more than ${this.limits.presenceClientsPerConnection} presences from one connection`);
    for (const { clientId } of accepted) this.claim(connection, clientId);
    return { ok: true, accepted };
  }

  /** The client ids a connection published; they are released. */
  forget(connection: Connection): number[] {
    const clients = [...(this.clientsOf.get(connection) ?? [])];
    this.clientsOf.delete(connection);
    for (const id of clients) this.owners.delete(id);
    return clients;
  }

  private claim(connection: Connection, clientId: number): void {
    this.owners.set(clientId, connection);
    const mine = this.clientsOf.get(connection) ?? new Set<number>();
    mine.add(clientId);
    this.clientsOf.set(connection, mine);
  }
}
