// How much one connection may ask of a room, so that one person (or one broken client) cannot
// monopolise it. Each limit can be changed by an environment variable (tests and benchmarks do).
const fromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const COLLAB_LIMITS = {
  /** Messages (changes and presence) a connection may send per second, sustained… */
  messagesPerSecond: fromEnv('COLLAB_MESSAGES_PER_SECOND', 30),
  /** …and at once after a quiet moment. Our client sends presence at most 10 times a second. */
  messageBurst: fromEnv('COLLAB_MESSAGE_BURST', 60),
  /** Bytes a connection may send per second, sustained… */
  bytesPerSecond: fromEnv('COLLAB_BYTES_PER_SECOND', 512 * 1024),
  /** …and at once: room for one message of the largest size the server reads (2 MB) and more. */
  byteBurst: fromEnv('COLLAB_BYTE_BURST', 4 * 1024 * 1024),
  /** Marks one change may create, edit or delete (a person draws one at a time). */
  marksPerUpdate: fromEnv('COLLAB_MARKS_PER_UPDATE', 100),
  /** Entries in one presence message (a plain Yjs client echoes everyone's). */
  presenceEntriesPerMessage: fromEnv('COLLAB_PRESENCE_ENTRIES_PER_MESSAGE', 1000),
  /** Presence client ids one connection may publish as its own (one per open document). */
  presenceClientsPerConnection: fromEnv('COLLAB_PRESENCE_CLIENTS_PER_CONNECTION', 4),
};

export type CollabLimits = typeof COLLAB_LIMITS;
