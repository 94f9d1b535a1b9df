// What wakes the account watch when the collab servers share a signal bus: the web app's "look now"
// (a person or a process changed) and the live-event stream's moderation, session and private-mark
// signals, which every such change already publishes.
import { subscribeAllProcessEvents } from '@/server/domain/events/process-events';
import { COLLAB_WATCH_CHANNEL } from '@/server/signals/collab-watch-signal';
import type { SignalBus } from '@/server/signals/signal-bus';

import type { WakeUp } from './account-watch';

/** The safety poll, for a signal lost while Redis was away. */
export const SIGNALLED_WATCH_INTERVAL_MS = 5000;

const WAKING_EVENTS = new Set(['moderation', 'session', 'privateMarks']);

export function wakeOnSignals(bus: SignalBus): WakeUp {
  return async (lookNow) => {
    const stopSignals = await bus.subscribe(COLLAB_WATCH_CHANNEL, () => lookNow());
    const stopEvents = subscribeAllProcessEvents((_processId, event) => {
      if (WAKING_EVENTS.has(event.type)) lookNow();
    });
    return async () => {
      stopEvents();
      await stopSignals();
    };
  };
}
