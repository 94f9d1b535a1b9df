// One process's room, wired as a pipeline: guard (updates and presence) → group commit (persistence)
// → fan-out → projection. The room holds the real document (what is stored) and the order in which
// changes are judged.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';

import { CLOSE_FORBIDDEN, CLOSE_INVALID, CLOSE_TOO_FAST, CLOSE_TRY_AGAIN } from '@/lib/collab/close-codes';
import { standing } from '@/lib/policy/decide';
import { annotationsMap, FORMER_PARTICIPANT_NAME, sessionMap } from '@/lib/collab/annotation';

import { AwarenessBatcher } from './awareness-batcher';
import type { Connection } from './connection';
import { FanOut } from './fan-out';
import { GroupCommit } from './group-commit';
import { UpdateGuard, type Actor, type RoomRules } from './guard';
import { COLLAB_LIMITS } from './limits';
import type { CollabStore } from './persistence';
import { StagedDoc } from './staged-doc';
import { PresenceGuard } from './presence-guard';
import { AnnotationProjection, type AnnotationSink } from './projection';
import { FROM_ANOTHER_SERVER, type RelayHandlers, type RoomLink, type RoomRelay } from './room-relay';
import { SendBudget } from './send-budget';
import { awarenessMessage, decodeMessage, encodeAwarenessEntries, readAwarenessEntries, syncStep1Message, syncStep2Message, updateMessage } from './protocol';
import { log } from '@/server/log/log';

export type { Connection } from './connection';

/** Which of these author ids belong to deleted accounts. */
export type FormerAuthors = (authorIds: string[]) => Promise<Set<string>>;
export const COMPACT_EVERY = 500;
/** Presence crossing servers is gathered this long: short, since the receiving server batches again. */
const RELAY_PRESENCE_MS = 40;

/** An accepted change on its way to storage: from a connection, or the server's own. */
type Accepted = { update: Uint8Array; actorId: string; origin: Connection | 'server'; changedIds: string[] };

export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly fanOut = new FanOut();
  private guard: UpdateGuard;
  private readonly staged: StagedDoc;
  private readonly commits: GroupCommit<Accepted>;
  private readonly presence: PresenceGuard;
  private readonly batcher: AwarenessBatcher;
  private readonly projection: AnnotationProjection;
  private readonly budgets = new WeakMap<Connection, SendBudget>();
  private queue: Promise<void> = Promise.resolve();
  private updatesSinceCompaction = 0;
  /** Presence of people on other servers: theirs to change, not a local client's. */
  private readonly elsewhere = new Set<number>();
  private readonly relayBatcher: AwarenessBatcher | null = null;

  private constructor(
    readonly name: string,
    readonly processId: string,
    readonly doc: Y.Doc,
    public rules: RoomRules,
    private readonly store: CollabStore,
    private lastUpdateId: number,
    sink: AnnotationSink,
    private readonly link: RoomLink | null = null,
  ) {
    this.staged = new StagedDoc(doc);
    this.guard = new UpdateGuard(this.staged.doc);
    this.commits = new GroupCommit<Accepted>((group) => this.storeAndShare(group), (lost, error) => this.dropped(lost, error));
    this.projection = new AnnotationProjection(doc, processId, sink);
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.presence = new PresenceGuard((clientId) => this.awareness.meta.get(clientId)?.clock ?? 0, undefined, (clientId) => this.elsewhere.has(clientId));
    this.batcher = new AwarenessBatcher((clientIds) => this.fanOut.send(awarenessMessage(this.awareness, clientIds)));
    if (link) this.relayBatcher = new AwarenessBatcher((clientIds) => link.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds)), RELAY_PRESENCE_MS);
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      this.batcher.changed(changed);
      if (origin !== FROM_ANOTHER_SERVER) this.relayBatcher?.changed(changed);
    });
    doc.on('update', (update: Uint8Array, origin: unknown) => origin !== STORED_GROUP && this.fanOut.send(updateMessage(update), origin));
  }

  /** Rebuilds a room from storage. Throws when storage cannot be read: never start empty over stored data. */
  static async load(name: string, processId: string, rules: RoomRules, store: CollabStore, sink: AnnotationSink, formerAuthors?: FormerAuthors, relay?: RoomRelay): Promise<Room> {
    // Other servers' changes are heard before storage is read; those that arrive meanwhile wait.
    let room: Room | null = null;
    const early: [keyof RelayHandlers, Uint8Array][] = [];
    const link = relay
      ? await relay.join(name, {
          update: (update) => (room ? room.fromAnotherServer('update', update) : early.push(['update', update])),
          awareness: (update) => (room ? room.fromAnotherServer('awareness', update) : early.push(['awareness', update])),
        })
      : null;
    let stored;
    try {
      stored = await store.load(name);
    } catch (error) {
      await link?.leave();
      throw error;
    }
    const doc = new Y.Doc();
    annotationsMap(doc);
    sessionMap(doc);
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    room = new Room(name, processId, doc, rules, store, stored.lastUpdateId, sink, link);
    for (const [kind, update] of early) room.fromAnotherServer(kind, update);
    if (formerAuthors) await room.anonymizeFormerAuthors(formerAuthors);
    // The rows follow in the background: people get the map without waiting for them.
    void room.projection.reconcile();
    return room;
  }

  /** What another server accepted (already judged and stored there): applied and sent to this server's clients. */
  private fromAnotherServer(kind: keyof RelayHandlers, update: Uint8Array): void {
    try {
      if (kind === 'update') return Y.applyUpdate(this.doc, update, FROM_ANOTHER_SERVER);
      for (const { clientId, json } of readAwarenessEntries(update)) {
        if (json === 'null') this.elsewhere.delete(clientId);
        else this.elsewhere.add(clientId);
      }
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, FROM_ANOTHER_SERVER);
    } catch (error) {
      log.error('could not apply a change from another server', { room: this.name, error });
    }
  }

  get connections(): ReadonlySet<Connection> {
    return this.fanOut.connections;
  }

  /** A person deleted their account while the room is loaded: their marks lose their name now. */
  anonymize(authorId: string): Promise<void> {
    return this.anonymizeFormerAuthors(async (ids) => new Set(ids.filter((id) => id === authorId)));
  }

  /** Marks of deleted accounts keep their content but lose their author's name. */
  private async anonymizeFormerAuthors(formerAuthors: FormerAuthors): Promise<void> {
    const named = new Map<string, string[]>();
    annotationsMap(this.doc).forEach((entry, id) => {
      const authorId = entry.get('authorId');
      if (typeof authorId !== 'string' || entry.get('authorName') === FORMER_PARTICIPANT_NAME) return;
      const ids = named.get(authorId);
      if (ids) ids.push(id);
      else named.set(authorId, [id]);
    });
    if (named.size === 0) return;
    const gone = await formerAuthors([...named.keys()]);
    const ids = [...gone].flatMap((authorId) => named.get(authorId) ?? []);
    if (ids.length === 0) return;
    await this.applyServerChange(ids, (doc) => {
      for (const id of ids) annotationsMap(doc).get(id)?.set('authorName', FORMER_PARTICIPANT_NAME);
    });
  }

  /**
   * A change made by the server itself (moderation, anonymisation): stored first, then shared,
   * like any accepted update. Runs in the room's queue, after what clients sent before it.
   */
  applyServerChange(changedIds: string[], edit: (doc: Y.Doc) => void): Promise<void> {
    return this.run(async () => {
      const shadow = new Y.Doc();
      Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc));
      const before = Y.encodeStateVector(shadow);
      edit(shadow);
      const update = Y.encodeStateAsUpdate(shadow, before);
      shadow.destroy();
      // Another server made the same change first (each one's watch sees the same rows): nothing to store.
      if (isEmptyUpdate(update)) return;
      this.staged.stage(update);
      await this.commits.add({ update, actorId: 'server', origin: 'server', changedIds });
    });
  }

  /** Folds the update log into one snapshot now (after moderation, so removed text leaves storage too). */
  compactNow(): Promise<void> {
    return this.run(async () => {
      await this.commits.idle();
      await this.compact();
    });
  }

  join(connection: Connection): void {
    this.fanOut.add(connection);
    this.budgets.set(connection, new SendBudget());
    connection.send(syncStep1Message(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) connection.send(awarenessMessage(this.awareness, present));
  }

  leave(connection: Connection): void {
    if (!this.fanOut.remove(connection)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, this.presence.forget(connection), connection);
  }

  /** Ends every connection of one person (blocked, account deleted) or of everyone (`null`). */
  dismiss(actorId: string | null, code: number, reason: string): number {
    const leaving = actorId === null ? [...this.fanOut.connections] : this.fanOut.of(actorId);
    for (const connection of leaving) this.end(connection, code, reason);
    return leaving.length;
  }

  /** New rights for a person who is connected: the next change they send is judged by them. */
  updateActor(actor: Actor): void {
    for (const connection of this.fanOut.of(actor.id)) connection.actor = actor;
  }

  receive(connection: Connection, data: Uint8Array): void {
    if (!this.fanOut.has(connection)) return;
    // Checked before anything is read, so a flood costs the room next to nothing.
    const over = this.budgets.get(connection)?.spend(data.length);
    if (over === 'messages') return this.end(connection, CLOSE_TOO_FAST, `rate_limited: more than ${COLLAB_LIMITS.messagesPerSecond} messages a second`);
    if (over === 'bytes') return this.end(connection, CLOSE_TOO_FAST, `rate_limited: more than ${COLLAB_LIMITS.bytesPerSecond} bytes a second`);
    let message;
    try {
      message = decodeMessage(data);
    } catch {
      return this.end(connection, CLOSE_INVALID, 'malformed: the message could not be read');
    }
    switch (message.type) {
      case 'sync-step-1':
        this.enqueue(async () => connection.send(syncStep2Message(this.doc, message.stateVector)));
        return;
      case 'update':
        this.enqueue(() => this.applyUpdate(connection, message.update, message.answer));
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
  async settled(): Promise<void> {
    await this.queue;
    await this.commits.idle();
  }

  /** Accepted changes not stored (nor shared) yet. */
  get unstored(): number {
    return this.commits.size;
  }

  async close(): Promise<void> {
    await this.settled();
    this.batcher.stop();
    this.relayBatcher?.stop();
    await this.link?.leave().catch(() => undefined);
    await this.projection.flush();
    if (this.updatesSinceCompaction > 0) await this.compact().catch((error) => log.error('compaction failed', { room: this.name, error }));
    this.awareness.destroy();
    this.staged.destroy();
    this.doc.destroy();
  }

  private run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.then(
      () => undefined,
      (error) => log.error('room task failed', { room: this.name, error }),
    );
    return result;
  }

  private enqueue(task: () => Promise<void>): void {
    void this.run(task).catch(() => undefined);
  }

  private end(connection: Connection, code: number, reason: string): void {
    log.warn('connection closed', { room: this.name, userId: connection.id, code, reason });
    this.leave(connection);
    connection.close(code, reason);
  }

  private async applyUpdate(connection: Connection, update: Uint8Array, answer = false): Promise<void> {
    if (!this.fanOut.has(connection)) return;
    if (!connection.actor) return this.judgeVisitor(connection, update);
    let verdict = this.guard.judge(update, connection.actor, this.rules);
    // A client coming from a server that died may bring what that server stored but never relayed, or what
    // another server relayed after this one asked: read storage first, so nothing is stored twice.
    if (answer && this.link && verdict.ok && !verdict.empty) {
      try {
        await this.catchUp();
      } catch (error) {
        log.error('could not read storage', { room: this.name, error });
        return this.end(connection, CLOSE_TRY_AGAIN, 'the map could not be read; reconnecting');
      }
      // Only what this copy still lacks is judged and stored: the rest reached it meanwhile.
      update = Y.diffUpdate(update, Y.encodeStateVector(this.staged.doc));
      verdict = this.guard.judge(update, connection.actor, this.rules);
    }
    if (!verdict.ok) return this.end(connection, verdict.code, verdict.reason);
    if (verdict.empty) return;
    // Judged against what is stored plus what waits to be, and stored with what arrives meanwhile.
    this.staged.stage(update);
    void this.commits.add({ update, actorId: connection.id, origin: connection, changedIds: verdict.changedIds }).catch(() => undefined);
  }

  /** One group in one write; shared (here and with the other servers) only once stored. */
  private async storeAndShare(group: Accepted[]): Promise<void> {
    this.lastUpdateId = await this.store.append(this.name, group);
    const merged = group.length === 1 ? group[0].update : Y.mergeUpdates(group.map((change) => change.update));
    Y.applyUpdate(this.doc, merged, STORED_GROUP);
    this.fanOut.sendGroup(group, merged);
    this.link?.publishUpdate(merged);
    this.projection.changed(group.flatMap((change) => change.changedIds));
    this.updatesSinceCompaction += group.length;
    if (this.updatesSinceCompaction >= COMPACT_EVERY) await this.compact().catch((error) => log.error('compaction failed', { room: this.name, error }));
  }

  /**
   * A write failed: its changes and those judged after them are forgotten, never shared. Their senders'
   * clients keep them, and send them again when they reconnect (CLOSE_TRY_AGAIN).
   */
  private dropped(lost: Accepted[], error: unknown): void {
    log.error('could not store changes', { room: this.name, changes: lost.length, error });
    this.staged.reset();
    this.guard = new UpdateGuard(this.staged.doc);
    for (const origin of new Set(lost.map((change) => change.origin))) {
      if (origin !== 'server') this.end(origin, CLOSE_TRY_AGAIN, 'the change could not be saved; reconnecting');
    }
  }

  private async catchUp(): Promise<void> {
    const stored = await this.store.load(this.name);
    Y.transact(this.doc, () => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    }, FROM_ANOTHER_SERVER);
  }

  /** A visitor's client answers the sync with what it has, which is nothing new; anything else is refused. */
  private judgeVisitor(connection: Connection, update: Uint8Array): void {
    let empty: boolean;
    try {
      empty = isEmptyUpdate(update);
    } catch {
      return this.end(connection, CLOSE_INVALID, 'malformed: the update could not be read');
    }
    const verdict = standing(null);
    if (!empty && !verdict.ok) this.end(connection, CLOSE_FORBIDDEN, `${verdict.code}: visitors may not change the map`);
  }

  private async compact(): Promise<void> {
    await this.store.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.lastUpdateId);
    this.updatesSinceCompaction = 0;
  }

  private applyAwareness(connection: Connection, update: Uint8Array): void {
    const verdict = this.presence.judge(connection, update, this.rules.bounds);
    if (!verdict.ok) return this.end(connection, verdict.code, verdict.reason);
    if (verdict.accepted.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(verdict.accepted), connection);
  }
}

/** The origin of a stored group in the room's document: its fan-out is the group's (FanOut.sendGroup). */
const STORED_GROUP = Symbol('stored group');

function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

