// Sends what a room accepted to everyone in it: document updates at once (not to their sender),
// presence in batches.
import * as Y from 'yjs';

import type { Connection } from './connection';
import { updateMessage } from './protocol';

export class FanOut {
  readonly connections = new Set<Connection>();

  add(connection: Connection): void {
    this.connections.add(connection);
  }

  /** False when the connection had already left. */
  remove(connection: Connection): boolean {
    return this.connections.delete(connection);
  }

  has(connection: Connection): boolean {
    return this.connections.has(connection);
  }

  get size(): number {
    return this.connections.size;
  }

  send(message: Uint8Array, except?: unknown): void {
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }

  /**
   * A stored group of changes, merged: one message to each connection, which holds the others' changes
   * (a sender already has its own).
   */
  sendGroup(group: { update: Uint8Array; origin: unknown }[], merged: Uint8Array): void {
    const senders = new Set(group.map((change) => change.origin));
    const message = updateMessage(merged);
    for (const connection of this.connections) {
      if (!senders.has(connection)) connection.send(message);
      else if (group.length > 1) {
        const others = group.filter((change) => change.origin !== connection).map((change) => change.update);
        if (others.length > 0) connection.send(updateMessage(Y.mergeUpdates(others)));
      }
    }
  }

  /** The connections of one person (several tabs, several devices). */
  of(actorId: string): Connection[] {
    return [...this.connections].filter((connection) => connection.id === actorId);
  }
}
