// One socket as a room sees it: who is behind it, and how to send to or close it.
import type { Actor } from './guard';

export type Connection = {
  /** The person as lib/policy sees them, replaced when their rights change; null for a signed-out visitor. */
  actor: Actor | null;
  /** Their account id, or `visitor:<random>`: whose presence this is, whose sockets to end. */
  readonly id: string;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
};

/** A signed-out visitor: may read the map and see who is here, never write or publish presence. */
export const isVisitor = (connection: Connection) => connection.actor === null;
