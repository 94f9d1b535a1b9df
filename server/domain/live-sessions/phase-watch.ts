// The web process hears of a phase switch only through the database: a facilitator switches it in the shared
// document and the collab server (another process, with no signal bus between them unless Redis is set) mirrors
// it into the LiveSession row. While pages of a process listen to its events, one look at its live session every
// CIVICTWIN_PHASE_WATCH_MS tells them of a switch as a session signal, so a page beside the map (a proposal's)
// switches its controls; the map's pages know it at once from the document.
import { PHASE_SIGNAL } from '@/lib/live/session-signal';
import { signalOwnListeners } from '@/server/domain/events/process-events';
import { db } from '@/server/db';
import { log } from '@/server/log/log';

export const PHASE_WATCH_MS = Number(process.env.CIVICTWIN_PHASE_WATCH_MS ?? 2000);

type LivePhase = { id: string; currentPhase: string | null } | null;
type Options = { everyMs?: number; read?: (processId: string) => Promise<LivePhase>; signal?: typeof signalOwnListeners };
type Watch = { listeners: number; timer: ReturnType<typeof setInterval>; seen?: LivePhase; looking?: boolean };

const readLivePhase = (processId: string): Promise<LivePhase> => db.liveSession.findFirst({ where: { processId, status: 'live' }, select: { id: true, currentPhase: true } });

// One watch per process, shared by all its listeners in this web process.
const watches = new Map<string, Watch>();

/** Watches the process's live phase while someone listens to its events; returns the way to stop listening (once). */
export function watchLivePhase(processId: string, { everyMs = PHASE_WATCH_MS, read = readLivePhase, signal = signalOwnListeners }: Options = {}): () => void {
  let watch = watches.get(processId);
  if (!watch) {
    const started: Watch = { listeners: 0, timer: setInterval(() => void look(processId, started, read, signal), everyMs) };
    started.timer.unref?.();
    watches.set(processId, (watch = started));
    void look(processId, started, read, signal);
  }
  watch.listeners++;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--watch.listeners > 0) return;
    clearInterval(watch.timer);
    watches.delete(processId);
  };
}

async function look(processId: string, watch: Watch, read: NonNullable<Options['read']>, signal: NonNullable<Options['signal']>): Promise<void> {
  // A slow read (a busy database) is not stacked on by the next tick.
  if (watch.looking) return;
  watch.looking = true;
  let now: LivePhase;
  try {
    now = await read(processId);
  } catch (error) {
    return log.warn('phase watch: could not read the live session', { processId, error });
  } finally {
    watch.looking = false;
  }
  const before = watch.seen;
  watch.seen = now;
  // Only a switch within the same session: a start or an end is signalled by the request that made it.
  if (before && now && before.id === now.id && before.currentPhase !== now.currentPhase) {
    signal(processId, PHASE_SIGNAL(now.id, now.currentPhase));
  }
}
