// Sends what a room accepted to everyone in it: document updates at once (not to their sender),
// presence in batches.
import type { Connection } from './connection';

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

  /** The connections of one person (several tabs, several devices). */
  of(actorId: string): Connection[] {
    return [...this.connections].filter((connection) => connection.id === actorId);
  }
}
