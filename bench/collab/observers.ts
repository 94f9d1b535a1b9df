// Full Yjs clients that time each change of the crowd from the stamp in its text (`t=<epoch ms>`) to its
// arrival; each sample is noted with the author, so a run on several servers can tell the changes that
// crossed from another server from those made on the observer's own.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { annotationsMap } from '@/lib/collab/annotation';

export type ObserverSpec = { url: string; token: string | null };
export type Sample = { ms: number; authorId: string; observer: number };

export type Observers = {
  docs: Y.Doc[];
  /** Samples are kept only while measuring. */
  measure(on: boolean): void;
  samples: Sample[];
  destroy(): void;
};

export async function startObservers(specs: ObserverSpec[], room: string): Promise<Observers> {
  const samples: Sample[] = [];
  let measuring = false;
  const observers = specs.map(({ url, token }, observer) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(url, room, doc, { params: token ? { token } : {}, WebSocketPolyfill: WebSocket as never, disableBc: true });
    provider.awareness.setLocalState(null);
    const marks = annotationsMap(doc);
    marks.observeDeep((events) => {
      const now = Date.now();
      for (const event of events) {
        const entries = event.target === marks ? [...(event as Y.YMapEvent<unknown>).keysChanged].map((key) => marks.get(key)) : [event.target as Y.Map<unknown>];
        for (const entry of entries) {
          const stamp = String(entry?.get('text') ?? '').match(/^t=(\d+)$/);
          if (stamp && measuring) samples.push({ ms: now - Number(stamp[1]), authorId: String(entry?.get('authorId') ?? ''), observer });
        }
      }
    });
    return { doc, provider };
  });
  await Promise.all(observers.map(({ provider }) => new Promise((resolve) => provider.once('sync', resolve))));
  return {
    docs: observers.map(({ doc }) => doc),
    measure: (on) => void (measuring = on),
    samples,
    destroy: () => observers.forEach(({ provider }) => provider.destroy()),
  };
}
