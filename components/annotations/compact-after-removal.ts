// When a mark is removed by someone else (a moderator's hide, its author's delete), the words it
// held must not stay on this device: y-indexeddb keeps every update it was given until it merges
// them, so merge the store into the current (garbage-collected) state at once.
import { storeState, type IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

import { annotationsMap } from '@/lib/collab/annotation';

const SETTLE_MS = 200;

export function compactAfterRemoteRemoval(doc: Y.Doc, persistence: IndexeddbPersistence, isRemote: (origin: unknown) => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observe = (event: Y.YMapEvent<Y.Map<unknown>>) => {
    if (!isRemote(event.transaction.origin)) return;
    if (![...event.changes.keys.values()].some((change) => change.action === 'delete')) return;
    clearTimeout(timer);
    timer = setTimeout(() => void persistence.whenSynced.then(() => storeState(persistence, true)), SETTLE_MS);
  };
  annotationsMap(doc).observe(observe);
  return () => {
    clearTimeout(timer);
    annotationsMap(doc).unobserve(observe);
  };
}
