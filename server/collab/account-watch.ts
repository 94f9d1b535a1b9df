// Tells the collab server what changed elsewhere for the people connected and the rooms loaded: a
// person blocked, deleted or given another role, a process closed, a mark hidden or restored,
// private marks revealed. The web app and the collab server are separate processes; this watch reads
// the database they share, every 400 ms; with a shared signal bus (REDIS_URL) it looks as soon as
// the web app signals a change, and polls only slowly, as a safety net for a lost signal.
import type { ProcessStatus } from '@/lib/policy/decide';
import type { Subject } from '@/lib/policy/subject';
import { SUBJECT_SELECT, toSubject } from '@/server/auth/subject-row';
import { inChunks } from '@/server/database/in-chunks';
import type { PrismaClient } from '@/server/generated/prisma/client';

import type { RoomRules } from './guard';
import { liveRulesOf, rulesOf } from './room-rules';
import { log } from '@/server/log/log';

export type WatchedChange =
  /** The person as they stand now; whoever applies it asks lib/policy what that means. */
  | { type: 'account'; subject: Subject }
  | { type: 'process'; processId: string; status: ProcessStatus; rules: RoomRules }
  /** Marks of the process were hidden, restored or revealed (private mode) and the shared document does not reflect it yet. */
  | { type: 'moderation'; processId: string };

export type Watched = { people: ReadonlySet<string>; processes: ReadonlySet<string> };

export type AccountWatch = {
  start(watched: () => Watched, onChange: (change: WatchedChange) => void | Promise<void>): void;
  stop(): Promise<void>;
};

export const WATCH_INTERVAL_MS = 400;
/** Rows written by another process just before our last look may carry an earlier updatedAt. */
const CLOCK_MARGIN_MS = 3000;

/** Calls `lookNow` whenever a change is signalled; resolves, once listening, with the way to stop. */
export type WakeUp = (lookNow: () => void) => Promise<() => Promise<void>>;

export function createPollingWatch(db: PrismaClient, intervalMs = WATCH_INTERVAL_MS, wakeUp?: WakeUp): AccountWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let looking = false;
  let lookAgain = false;
  let stopListening: Promise<() => Promise<void>> | null = null;
  let lastLook = Date.now();
  // What each watched row looked like when last reported, so a change is reported once.
  const seen = new Map<string, string>();

  const report = (key: string, signature: string) => {
    if (seen.get(key) === signature) return false;
    seen.set(key, signature);
    return true;
  };

  async function look(watched: Watched, onChange: (change: WatchedChange) => void | Promise<void>) {
    const startedAt = Date.now();
    const since = new Date(lastLook - CLOCK_MARGIN_MS);
    const changes: WatchedChange[] = [];
    if (watched.people.size > 0) {
      const users = await db.user.findMany({
        where: { updatedAt: { gt: since } },
        select: SUBJECT_SELECT,
      });
      for (const user of users) {
        const subject = watched.people.has(user.id) ? toSubject(user) : null;
        if (subject && report(`user:${user.id}`, JSON.stringify(subject))) changes.push({ type: 'account', subject });
      }
    }
    if (watched.processes.size > 0) {
      const ids = [...watched.processes];
      const [processes, pending, revealed, live] = await Promise.all([
        inChunks(ids, (chunk) => db.process.findMany({ where: { id: { in: chunk }, updatedAt: { gt: since } } })),
        inChunks(ids, (chunk) =>
          db.annotation.findMany({
            where: { processId: { in: chunk }, OR: [{ hiddenAt: { not: null }, hiddenInDoc: false }, { hiddenAt: null, hiddenInDoc: true }] },
            select: { processId: true },
            distinct: ['processId'],
          }),
        ),
        // Private marks a facilitator revealed that the document does not hold yet.
        inChunks(ids, (chunk) => db.privateMark.findMany({ where: { processId: { in: chunk }, revealedAt: { not: null }, inDoc: false }, select: { processId: true }, distinct: ['processId'] })),
        liveRulesOf(db, ids),
      ]);
      // A live session started, ended or re-planned changes the rules of a process whose row did not change.
      const updated = new Set(processes.map((process) => process.id));
      const liveChanged = ids.filter((id) => report(`live:${id}`, JSON.stringify(live.get(id) ?? null)) && !updated.has(id));
      const reread = liveChanged.length > 0 ? await inChunks(liveChanged, (chunk) => db.process.findMany({ where: { id: { in: chunk } } })) : [];
      for (const process of [...processes, ...reread]) {
        const rules = rulesOf(process, live.get(process.id) ?? null);
        if (report(`process:${process.id}`, JSON.stringify([process.status, rules]))) changes.push({ type: 'process', processId: process.id, status: process.status as ProcessStatus, rules });
      }
      for (const processId of new Set([...pending, ...revealed].map((row) => row.processId))) changes.push({ type: 'moderation', processId });
    }
    lastLook = startedAt;
    for (const key of seen.keys()) {
      const [kind, id] = key.split(':', 2);
      if (!(kind === 'user' ? watched.people : watched.processes).has(id)) seen.delete(key);
    }
    for (const change of changes) await onChange(change);
  }

  return {
    start(watched, onChange) {
      const loop = () => {
        clearTimeout(timer);
        if (stopped) return;
        // A signal during a look: look once more right after it (the row may have changed after the read).
        if (looking) {
          lookAgain = true;
          return;
        }
        looking = true;
        running = look(watched(), onChange)
          .catch((error) => log.error('account watch: could not look for changes', { error }))
          .finally(() => {
            looking = false;
            if (stopped) return;
            if (lookAgain) {
              lookAgain = false;
              loop();
            } else timer = setTimeout(loop, intervalMs);
          });
      };
      timer = setTimeout(loop, intervalMs);
      stopListening = wakeUp ? wakeUp(loop) : null;
      stopListening?.catch((error) => log.error('account watch: could not listen for signals; polling only', { error }));
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await stopListening?.then((stop) => stop()).catch(() => undefined);
      await running;
    },
  };
}
