// One process's room: the real document, its guard, the people connected, their presence, and the
// order in which their changes are judged, stored and shared.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';

import { annotationsMap, FORMER_PARTICIPANT_NAME, sessionMap } from '@/lib/collab/annotation';

import { CLOSE_FORBIDDEN, CLOSE_INVALID, UpdateGuard, type Actor, type RoomRules } from './guard';
import type { CollabStore } from './persistence';
import { AnnotationProjection, type AnnotationSink } from './projection';
import { awarenessMessage, decodeMessage, encodeAwarenessEntries, readAwarenessEntries, syncStep1Message, syncStep2Message, updateMessage, type AwarenessEntry } from './protocol';

export type Connection = {
  actor: Actor;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
};

export const CLOSE_TRY_AGAIN = 1011;

/** Which of these author ids belong to deleted accounts. */
export type FormerAuthors = (authorIds: string[]) => Promise<Set<string>>;
/** A whole presence message (plain clients echo everyone's presence back) and one person's own state. */
export const AWARENESS_MESSAGE_MAX_BYTES = 1024 * 1024;
export const PRESENCE_STATE_MAX_CHARS = 4 * 1024;
export const AWARENESS_BATCH_MS = 150;
export const COMPACT_EVERY = 500;

export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  private readonly guard: UpdateGuard;
  private readonly projection: AnnotationProjection;
  private readonly owners = new Map<number, Connection>();
  private readonly clientsOf = new Map<Connection, Set<number>>();
  private pendingAwareness = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  private queue: Promise<void> = Promise.resolve();
  private updatesSinceCompaction = 0;

  private constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    public rules: RoomRules,
    private readonly store: CollabStore,
    private lastUpdateId: number,
    processId: string,
    sink: AnnotationSink,
  ) {
    this.guard = new UpdateGuard(doc);
    this.projection = new AnnotationProjection(doc, processId, sink);
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      for (const id of [...added, ...updated, ...removed]) this.pendingAwareness.add(id);
      this.awarenessTimer ??= setTimeout(() => this.flushAwareness(), AWARENESS_BATCH_MS);
    });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      const message = updateMessage(update);
      for (const connection of this.connections) if (connection !== origin) connection.send(message);
    });
  }

  /** Rebuilds a room from storage. Throws when storage cannot be read: never start empty over stored data. */
  static async load(name: string, processId: string, rules: RoomRules, store: CollabStore, sink: AnnotationSink, formerAuthors?: FormerAuthors): Promise<Room> {
    const stored = await store.load(name);
    const doc = new Y.Doc();
    annotationsMap(doc);
    sessionMap(doc);
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const room = new Room(name, doc, rules, store, stored.lastUpdateId, processId, sink);
    if (formerAuthors) await room.anonymizeFormerAuthors(formerAuthors);
    await room.projection.reconcile();
    return room;
  }

  /** Marks of deleted accounts keep their content but lose their author's name. */
  private async anonymizeFormerAuthors(formerAuthors: FormerAuthors): Promise<void> {
    const named = new Map<string, string[]>();
    annotationsMap(this.doc).forEach((entry, id) => {
      const authorId = entry.get('authorId');
      if (typeof authorId === 'string' && entry.get('authorName') !== FORMER_PARTICIPANT_NAME) named.set(authorId, [...(named.get(authorId) ?? []), id]);
    });
    if (named.size === 0) return;
    const gone = await formerAuthors([...named.keys()]);
    const ids = [...gone].flatMap((authorId) => named.get(authorId) ?? []);
    if (ids.length === 0) return;
    await this.applyServerChange(ids, (doc) => {
      for (const id of ids) annotationsMap(doc).get(id)?.set('authorName', FORMER_PARTICIPANT_NAME);
    });
  }

  /** A change made by the server itself: stored first, then shared, like any accepted update. */
  private async applyServerChange(changedIds: string[], edit: (doc: Y.Doc) => void): Promise<void> {
    const shadow = new Y.Doc();
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc));
    const before = Y.encodeStateVector(shadow);
    edit(shadow);
    const update = Y.encodeStateAsUpdate(shadow, before);
    this.lastUpdateId = await this.store.append(this.name, update, 'server');
    Y.applyUpdate(this.doc, update, 'server');
    this.guard.resync();
    this.guard.accepted(changedIds);
    this.projection.changed(changedIds);
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    this.clientsOf.set(connection, new Set());
    connection.send(syncStep1Message(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) connection.send(awarenessMessage(this.awareness, present));
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const clients = [...(this.clientsOf.get(connection) ?? [])];
    this.clientsOf.delete(connection);
    for (const id of clients) this.owners.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, clients, connection);
  }

  receive(connection: Connection, data: Uint8Array): void {
    if (!this.connections.has(connection)) return;
    let message;
    try {
      message = decodeMessage(data);
    } catch {
      return this.refuse(connection, CLOSE_INVALID, 'malformed: the message could not be read');
    }
    switch (message.type) {
      case 'sync-step-1':
        this.enqueue(async () => connection.send(syncStep2Message(this.doc, message.stateVector)));
        return;
      case 'update':
        this.enqueue(() => this.applyUpdate(connection, message.update));
        return;
      case 'awareness':
        return this.applyAwareness(connection, message.update);
      case 'query-awareness':
        connection.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
        return;
      case 'ignored':
        return;
    }
  }

  /** Everything queued has been judged, stored and shared. */
  settled(): Promise<void> {
    return this.queue;
  }

  async close(): Promise<void> {
    await this.settled();
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    await this.projection.flush();
    if (this.updatesSinceCompaction > 0) await this.compact().catch((error) => console.error(`compaction of ${this.name} failed`, error));
    this.awareness.destroy();
    this.doc.destroy();
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error) => console.error(`room ${this.name}:`, error));
  }

  private refuse(connection: Connection, code: number, reason: string): void {
    console.warn(`room ${this.name}: refused ${connection.actor.id} (${code}): ${reason}`);
    this.leave(connection);
    connection.close(code, reason);
  }

  private async applyUpdate(connection: Connection, update: Uint8Array): Promise<void> {
    if (!this.connections.has(connection)) return;
    const verdict = this.guard.judge(update, connection.actor, this.rules);
    if (!verdict.ok) return this.refuse(connection, verdict.code, verdict.reason);
    if (verdict.empty) return;
    try {
      this.lastUpdateId = await this.store.append(this.name, update, connection.actor.id);
    } catch (error) {
      console.error(`room ${this.name}: could not store an update`, error);
      this.guard.resync();
      // The client keeps its change and sends it again when it reconnects.
      return this.refuse(connection, CLOSE_TRY_AGAIN, 'the change could not be saved; reconnecting');
    }
    Y.applyUpdate(this.doc, update, connection);
    this.guard.accepted(verdict.changedIds);
    this.projection.changed(verdict.changedIds);
    this.updatesSinceCompaction += 1;
    if (this.updatesSinceCompaction >= COMPACT_EVERY) await this.compact().catch((error) => console.error(`compaction of ${this.name} failed`, error));
  }

  private async compact(): Promise<void> {
    await this.store.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.lastUpdateId);
    this.updatesSinceCompaction = 0;
  }

  private applyAwareness(connection: Connection, update: Uint8Array): void {
    if (update.length > AWARENESS_MESSAGE_MAX_BYTES) return this.refuse(connection, CLOSE_INVALID, 'presence: the presence update is too large');
    let entries;
    try {
      entries = readAwarenessEntries(update);
    } catch {
      return this.refuse(connection, CLOSE_INVALID, 'presence: the presence update could not be read');
    }
    const mine = this.clientsOf.get(connection)!;
    const accepted: AwarenessEntry[] = [];
    for (const { clientId, clock, json } of entries) {
      const owner = this.owners.get(clientId);
      if (owner && owner !== connection) {
        // Plain y-websocket clients echo what they hear; only a newer state would be a forgery.
        const known = this.awareness.meta.get(clientId)?.clock ?? 0;
        if (clock > known) return this.refuse(connection, CLOSE_FORBIDDEN, 'presence: presence of another person');
        continue;
      }
      if (json.length > PRESENCE_STATE_MAX_CHARS) return this.refuse(connection, CLOSE_INVALID, 'presence: the presence state is too large');
      let state: unknown;
      try {
        state = JSON.parse(json);
      } catch {
        return this.refuse(connection, CLOSE_INVALID, 'presence: the presence state could not be read');
      }
      if (state === null) {
        if (owner) accepted.push({ clientId, clock, state }); // leaving: one's own presence cleared
        continue; // otherwise an echo of someone who left
      }
      if (typeof state !== 'object' || Array.isArray(state)) return this.refuse(connection, CLOSE_INVALID, 'presence: the presence state must be an object');
      const user = (state as { user?: { id?: unknown } | null }).user;
      // A plain provider announces {} until told more; a named presence must be the person's own.
      if (user !== undefined && (user === null || user.id !== connection.actor.id)) return this.refuse(connection, CLOSE_FORBIDDEN, 'presence: presence must carry your own id');
      accepted.push({ clientId, clock, state });
    }
    for (const { clientId } of accepted) {
      this.owners.set(clientId, connection);
      mine.add(clientId);
    }
    if (accepted.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), connection);
  }

  private flushAwareness(): void {
    this.awarenessTimer = null;
    const clients = [...this.pendingAwareness];
    this.pendingAwareness.clear();
    if (clients.length === 0) return;
    const message = awarenessMessage(this.awareness, clients);
    for (const connection of this.connections) connection.send(message);
  }
}
