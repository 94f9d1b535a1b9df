// Each participant's event stream (/api/processes/<slug>/events), as its page holds it, for
// bench/collab/live.ts: counts the signals that arrive and the requests the participant's page
// would make because of them (what its hooks refetch on each signal), without making them.
import { sessionSignalRefetches } from '@/lib/live/session-signal';
import type { ProcessEvent } from '@/lib/participation/views';
import { staleKeys } from '@/components/live-events/query-keys';

import type { Participant } from './live-room';

export type SignalCount = { signals: number; requests: number; byType: Record<string, { signals: number; requests: number }> };

const rounds = new Map<string, string>();

/**
 * The requests a participant's map page makes for one signal: the live session (components/live/use-live-session.ts),
 * the dot round (components/live/use-dot-round.ts: a new round or a reveal is read again, list and round; a vote
 * signal carries the new total), private marks (components/live/private-marks.tsx: a reveal) and every query the
 * signal makes stale (components/live-events/live-queries.tsx; counted as if the page showed each).
 */
function requestsFor(person: string, event: ProcessEvent): number {
  if (event.type === 'session') return sessionSignalRefetches(event) ? 1 : 0;
  if (event.type === 'dots') {
    const round = event.dots?.round;
    if (!round) return 0;
    const known = rounds.get(person);
    rounds.set(person, `${round.id}:${round.status}`);
    return known === `${round.id}:${round.status}` || (known?.startsWith(`${round.id}:`) && round.status !== 'revealed') ? 0 : 2;
  }
  if (event.type === 'privateMarks') return event.targetType === 'reveal' ? 1 : 0;
  if (event.type === 'layers') return 0;
  return staleKeys('demo', event, []).length;
}

/** One stream per participant, opened by `add` (as each joins); `count()` reads the totals since the last `reset()`. */
export function signalCounter(url: string) {
  const controller = new AbortController();
  let total: SignalCount = { signals: 0, requests: 0, byType: {} };
  const tally = (person: Participant, event: ProcessEvent) => {
    const requests = requestsFor(person.id, event);
    const kind = (total.byType[event.type] ??= { signals: 0, requests: 0 });
    kind.signals += 1;
    kind.requests += requests;
    total.signals += 1;
    total.requests += requests;
  };
  const read = async (person: Participant, reader: ReadableStreamDefaultReader<string>) => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      const frames = buffer.split('\n\n');
      buffer = frames.pop() ?? '';
      for (const frame of frames) {
        const lines = frame.split('\n');
        // A stream's first message (`event: recent`, the last minute's signals) is not a signal.
        if (lines.some((line) => line.startsWith('event: '))) continue;
        const data = lines.find((line) => line.startsWith('data: '));
        if (data) tally(person, JSON.parse(data.slice(6)) as ProcessEvent);
      }
    }
  };
  return {
    async add(person: Participant) {
      const response = await fetch(`${url}/api/processes/demo/events`, { headers: { cookie: person.cookie, 'x-forwarded-for': person.address }, signal: controller.signal });
      if (!response.ok) throw new Error(`event stream: ${response.status}`);
      void read(person, response.body!.pipeThrough(new TextDecoderStream()).getReader());
    },
    count: () => total,
    reset: () => (total = { signals: 0, requests: 0, byType: {} }),
    stop: () => controller.abort(),
  };
}
