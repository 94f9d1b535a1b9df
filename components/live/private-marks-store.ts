'use client';

// A session's private marks in this browser (one's own, or all of them for a facilitator): saved
// through the private-marks API while private mode is on, read a page at a time, shared by every
// component of the page that shows them.
import { useSyncExternalStore } from 'react';

import type { Annotation } from '@/lib/collab/annotation';
import { apiErrorOf } from '@/lib/errors/api-error';

export type PrivateMark = Annotation & { revealed: boolean };
/** The marks read (newest first, at most SHOWN_MAX) and how many are still private in all. */
export type PrivateMarks = { marks: PrivateMark[]; pending: number };
type Store = { snapshot: PrivateMarks; listeners: Set<() => void> };

const PAGE = 100;
/** A facilitator's map shows this many at most; the list behind them is the API's, a page at a time. */
const PAGES_SHOWN = 10;
export const SHOWN_MAX = PAGE * PAGES_SHOWN;
const NONE: PrivateMarks = { marks: [], pending: 0 };
const stores = new Map<string, Store>();

const urlOf = (slug: string, sessionId: string) => `/api/processes/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(sessionId)}/private-marks`;

function storeOf(key: string): Store {
  let store = stores.get(key);
  if (!store) stores.set(key, (store = { snapshot: NONE, listeners: new Set() }));
  return store;
}

function replace(key: string, snapshot: PrivateMarks) {
  const store = storeOf(key);
  store.snapshot = snapshot;
  for (const listener of store.listeners) listener();
}

/** Saves a participant's new mark privately (the server checks it as it checks a mark on the shared map). */
export async function savePrivateMark(slug: string, sessionId: string, annotation: Annotation): Promise<void> {
  const url = urlOf(slug, sessionId);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(annotation) });
  if (!response.ok) throw await apiErrorOf(response);
  const saved = (await response.json()) as Annotation;
  const { marks, pending } = storeOf(url).snapshot;
  const known = marks.some((mark) => mark.id === saved.id);
  replace(url, { marks: [{ ...saved, revealed: false }, ...marks.filter((mark) => mark.id !== saved.id)], pending: known ? pending : pending + 1 });
}

export async function loadPrivateMarks(slug: string, sessionId: string): Promise<void> {
  const url = urlOf(slug, sessionId);
  const marks: PrivateMark[] = [];
  let pending = 0;
  let cursor: string | null = null;
  for (let page = 0; page < PAGES_SHOWN; page += 1) {
    const response: Response = await fetch(`${url}?limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (!response.ok) return;
    const answer = (await response.json()) as { items: PrivateMark[]; nextCursor: string | null; pending: number };
    marks.push(...answer.items);
    if (page === 0) pending = answer.pending;
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  replace(url, { marks, pending });
}

/** A facilitator puts every private mark into the shared map; answers how many. */
export async function revealPrivateMarks(slug: string, sessionId: string): Promise<number> {
  const response = await fetch(`${urlOf(slug, sessionId)}/reveal`, { method: 'POST' });
  if (!response.ok) throw await apiErrorOf(response);
  return ((await response.json()) as { revealed: number }).revealed;
}

export function usePrivateMarks(slug: string, sessionId: string | null): PrivateMarks {
  const key = sessionId ? urlOf(slug, sessionId) : '';
  return useSyncExternalStore(
    (listener) => {
      if (!key) return () => {};
      const store = storeOf(key);
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => (key ? storeOf(key).snapshot : NONE),
    () => NONE,
  );
}
