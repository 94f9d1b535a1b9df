// "Look now" for the collab servers' account watch (server/collab/account-watch.ts): the web app
// says a person or a process changed, and every collab server on the bus re-reads it at once
// instead of at its next safety poll. Without REDIS_URL nobody in another process hears it, and
// the watch's fast poll does the work as before.
import { signalBus } from './signal-bus';

export const COLLAB_WATCH_CHANNEL = 'civictwin:collab-watch';

export type CollabWatchSignal = { userId?: string; processId?: string };

export function signalCollabWatch(signal: CollabWatchSignal): void {
  const bus = signalBus();
  if (bus.shared) bus.publish(COLLAB_WATCH_CHANNEL, JSON.stringify(signal));
}
